import type { Locator, Page } from '@playwright/test';
import { translator, type Language } from '../src/i18n.js';

/** What every page object shares: its page, the admin's texts in its language, the main region. */
export abstract class BasePage {
  protected t: ReturnType<typeof translator>;

  constructor(
    readonly page: Page,
    language: Language = 'bg',
  ) {
    this.t = translator(language);
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** The page's level-1 heading with this message. */
  protected title(key: string): Locator {
    return this.main.getByRole('heading', { level: 1, name: this.t(key) });
  }

  /**
   * Waits until `table` has its data: the admin marks a table `aria-busy` while its query runs,
   * skeleton rows included.
   */
  protected async waitForData(table: Locator): Promise<void> {
    await table.and(this.page.locator('[aria-busy="false"]')).waitFor();
  }
}
