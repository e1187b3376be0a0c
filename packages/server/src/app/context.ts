import type { DataSource } from 'typeorm';
import type { RequestContext } from '../common/context';
import { LoaderRegistry } from '../common/loaders';
import { Locale } from '../common/localized';
import { type Actor, type Principal, PUBLIC, seesUnpublished } from '../common/principal';
import type { SessionCookie } from './http-auth';
import type { RequestLogFields } from './request-log';
import type { Services } from './services';

export class Context implements RequestContext {
  readonly loaders = new LoaderRegistry();
  private chosenLocale: Locale | undefined;

  readonly requestId: string;
  readonly principal: Principal;
  private readonly sender: () => string;
  /** The session cookie of this response, for sign-in and sign-out. */
  readonly session: SessionCookie | null;
  readonly origin: string;
  /** What this request's log line says of it (operation name, principal kind). */
  readonly logFields: RequestLogFields | null;

  constructor(
    readonly dataSource: DataSource,
    readonly services: Services,
    request: {
      requestId: string;
      principal?: Principal;
      /** Worked out when first read (an HMAC most reads never need). */
      senderHash?: () => string;
      session?: SessionCookie | null;
      origin?: string;
      logFields?: RequestLogFields;
    },
  ) {
    this.requestId = request.requestId;
    this.principal = request.principal ?? PUBLIC;
    this.sender = request.senderHash ?? (() => '');
    this.session = request.session ?? null;
    this.origin = request.origin ?? '';
    this.logFields = request.logFields ?? null;
  }

  /** Keyed hash of the client address: rate limits without keeping the address. */
  get senderHash(): string {
    return this.sender();
  }

  get actor(): Actor {
    return { principal: this.principal, requestId: this.requestId };
  }

  /** Staff see drafts and content in review; the public and partner sites see published content. */
  get seesUnpublished(): boolean {
    return seesUnpublished(this.principal);
  }

  /** The language texts are served in: the `locale` a query asked for, else Bulgarian. */
  locale(): Locale {
    return this.chosenLocale ?? Locale.BG;
  }

  useLocale(locale: Locale | undefined): void {
    this.chosenLocale = locale;
  }
}
