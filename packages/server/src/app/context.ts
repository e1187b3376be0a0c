import type { DataSource } from 'typeorm';
import { LoaderRegistry } from '../common/loaders';
import { Locale } from '../common/localized';
import type { Services } from './services';

export class Context {
  readonly loaders = new LoaderRegistry();
  private chosenLocale: Locale | undefined;

  constructor(
    readonly dataSource: DataSource,
    readonly services: Services,
    readonly requestId: string,
  ) {}

  /** The language texts are served in: the `locale` a query asked for, else Bulgarian. */
  locale(): Locale {
    return this.chosenLocale ?? Locale.BG;
  }

  useLocale(locale: Locale | undefined): void {
    this.chosenLocale = locale;
  }
}
