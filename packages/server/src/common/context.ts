import type { DataSource } from 'typeorm';
import type { LoaderRegistry } from './loaders';
import type { Locale } from './localized';
import type { Actor, Principal } from './principal';

/**
 * The services a request reaches through `ctx.services`. Each module adds its own in its
 * index.ts (`declare module '../../common/context' { interface ServiceRegistry { … } }`), so
 * resolvers are typed without importing app/, and app/services.ts checks at compile time
 * that the manifests provide every key declared here.
 */
export interface ServiceRegistry {
  runtime: { secret: string };
}

/** The response's session cookie, for sign-in and sign-out (app/http-auth.ts implements it). */
export interface SessionCookieLike {
  set(token: string): void;
  clear(): void;
}

/** What a resolver knows of its request; app/context.ts builds it. */
export interface RequestContext {
  readonly dataSource: DataSource;
  readonly services: ServiceRegistry;
  /** Per-request DataLoaders. */
  readonly loaders: LoaderRegistry;
  readonly requestId: string;
  readonly principal: Principal;
  readonly actor: Actor;
  /** Keyed hash of the client address: rate limits without keeping the address. */
  readonly senderHash: string;
  readonly session: SessionCookieLike | null;
  /** Scheme and host the request was sent to (e.g. the admin's own address, for one-time links). */
  readonly origin: string;
  /** Staff see drafts and content in review; the public and partner sites see published content. */
  readonly seesUnpublished: boolean;
  /** The language texts are served in: the `locale` a query asked for, else Bulgarian. */
  locale(): Locale;
  useLocale(locale: Locale | undefined): void;
}

export type Context = RequestContext;
