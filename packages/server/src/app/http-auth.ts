import type { CookieOptions, Request, Response } from 'express';
import { IsNull } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { SessionCookieLike } from '../common/context';
import { forbidden, unauthenticated } from '../common/errors';
import { type Principal, PUBLIC } from '../common/principal';
import { ApiToken, type PartnerToken, SESSION_DAYS } from '../modules/auth';
import type { Services } from './services';

export const SESSION_COOKIE = 'obmen_session';

/** Sets and clears the admin SPA's session cookie: httpOnly, SameSite=Lax, Secure behind HTTPS. */
export class SessionCookie implements SessionCookieLike {
  constructor(
    private readonly res: Response,
    private readonly secure: boolean,
  ) {}

  private get options(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' };
  }

  set(token: string): void {
    this.res.cookie(SESSION_COOKIE, token, { ...this.options, maxAge: SESSION_DAYS * 86_400_000 });
  }

  clear(): void {
    this.res.clearCookie(SESSION_COOKIE, this.options);
  }
}

/** Needs cookie-parser before it. */
export function sessionToken(req: Request): string | null {
  const value: unknown = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value ? value : null;
}

/** Who sends a request, and a partner token's own quotas (null: the defaults, or not a token). */
export interface Caller {
  principal: Principal;
  quota: PartnerToken['quota'] | null;
}

/**
 * Who sends this request: a partner token (`Authorization: Bearer …`), a session cookie, or
 * nobody. A bad token is refused outright rather than served as public, so a partner notices.
 */
export async function callerFor(req: Request, services: Services): Promise<Caller> {
  const authorization = req.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const found = match ? await services.auth.principalForToken(match[1]) : null;
    if (!found) throw unauthenticated('Unknown, revoked or expired API token');
    const origin = req.headers.origin;
    if (origin && !found.allowedOrigins.includes(origin)) {
      throw forbidden(`This API token may not be used from ${origin}`);
    }
    return { principal: found.principal, quota: found.quota };
  }
  const token = sessionToken(req);
  return { principal: (token && (await services.auth.principalForSession(token))) || PUBLIC, quota: null };
}

/**
 * Origins some live partner token allows, for CORS preflights (which carry no token). Cached
 * briefly; the token's own list is checked again on the real request.
 */
export function tokenOrigins(ds: DataSource) {
  let cached: { at: number; origins: Set<string> } | null = null;
  return async (): Promise<Set<string>> => {
    if (cached && Date.now() - cached.at < 30_000) return cached.origins;
    const tokens = await ds
      .getRepository(ApiToken)
      .find({ where: { revokedAt: IsNull() }, select: { allowedOrigins: true } });
    cached = { at: Date.now(), origins: new Set(tokens.flatMap((t) => t.allowedOrigins)) };
    return cached.origins;
  };
}
