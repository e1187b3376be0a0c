import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { Context } from './context';
import { SESSION_COOKIE } from './http-auth';

/**
 * Reads a CDN or a browser may cache: a persisted query over GET, with no custom header, answered
 * with `Cache-Control` by who asked and a strong `ETag` (Express computes it from the body and
 * answers `If-None-Match` with 304).
 */

/** How long a shared cache may serve a public read, and serve it stale while it refetches. */
export const PUBLIC_MAX_AGE_SECONDS = 60;
export const PUBLIC_STALE_SECONDS = 300;

/**
 * Apollo's CSRF prevention refuses a "simple" request (a GET, or a form-like POST) without a
 * preflight header, because a browser sends one cross-site with the user's cookies. A request
 * without the session cookie carries no authority a forger could borrow, so it is let through as
 * if preflighted; with the cookie, Apollo's refusal stands. Mutations stay refused over GET.
 */
export function preflightWithoutSession(req: Request, _res: Response, next: NextFunction): void {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  if (cookies?.[SESSION_COOKIE] === undefined) req.headers['apollo-require-preflight'] = 'true';
  next();
}

/**
 * `Cache-Control` on every GraphQL answer: published content read over GET by the public is
 * `public` (everyone gets the same answer); a partner token's read is `private` (its answer may
 * depend on its token); a signed-in user's, a POST's and any answer with errors is `no-store`.
 */
export const cacheControlPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    return {
      async willSendResponse({ response, contextValue }) {
        const failed =
          response.body.kind !== 'single' || (response.body.singleResult.errors?.length ?? 0) > 0;
        // No context when it could not be built (e.g. the database was away): nothing to cache.
        const kind = (contextValue as Context | undefined)?.principal.kind;
        let value = 'no-store';
        if (request.http?.method === 'GET' && !failed) {
          if (kind === 'public') {
            value = `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, stale-while-revalidate=${PUBLIC_STALE_SECONDS}`;
          } else if (kind === 'partner') value = `private, max-age=${PUBLIC_MAX_AGE_SECONDS}`;
        }
        response.http.headers.set('cache-control', value);
        // A shared cache keys public answers by URL only when the request carried no credentials.
        response.http.headers.set('vary', 'Accept-Encoding, Authorization, Cookie');
      },
    };
  },
};
