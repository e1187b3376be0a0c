import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { badInput, conflict, notFound, Reason } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { replaceLinks } from '../../common/links';
import { inTransaction } from '../../common/transaction';
import { ApiToken, Session, TokenScope, User, type UserRole } from './auth.entity';
import { unauthenticated } from '../../common/errors';
import { LoginThrottle } from './login-throttle';
import {
  decoyHash,
  hashPassword,
  hashSecret,
  MIN_PASSWORD_LENGTH,
  newSecret,
  verifyPassword,
} from './passwords';
import type { Ownership, Principal } from '../../common/principal';

export const SESSION_DAYS = 14;
const TOUCH_AFTER_MS = 60_000;

/** A partner token as a request sees it: who it is, where it may be used from, its own quotas (null: defaults). */
export interface PartnerToken {
  principal: Principal;
  allowedOrigins: string[];
  quota: { perMinute: number | null; perDay: number | null };
}

export interface NewUser {
  email: string;
  name: string;
  /** null: an invited user, who chooses a password through a one-time link. */
  password: string | null;
  roles: UserRole[];
  programmeIds?: string[] | null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badInput([
      {
        field: 'password',
        message: `Use at least ${MIN_PASSWORD_LENGTH} characters`,
        reason: Reason.minLength,
        args: { min: MIN_PASSWORD_LENGTH },
      },
    ]);
  }
}

/** Accounts, cookie sessions and partner API tokens. */
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(private readonly ds: DataSource) {
    this.throttle = new LoginThrottle(ds);
  }

  findUser(id: string): Promise<User | null> {
    return this.ds.getRepository(User).findOneBy({ id, active: true });
  }

  /** The first admin, from the environment: created once, never overwritten. */
  async ensureUser(user: NewUser): Promise<User> {
    const existing = await this.ds.getRepository(User).findOneBy({ email: normalizeEmail(user.email) });
    return existing ?? this.createUser(user);
  }

  createUser(input: NewUser, within?: EntityManager): Promise<User> {
    if (input.password !== null) checkPassword(input.password);
    const password = input.password;
    return inTransaction(this.ds, within, async (manager) => {
      const email = normalizeEmail(input.email);
      if (await manager.findOneBy(User, { email })) throw conflict(`A user with email ${email} exists`);
      const user = await manager.save(
        manager.create(User, {
          email,
          name: input.name.trim(),
          passwordHash: password === null ? null : await hashPassword(password),
          roles: [...new Set(input.roles)],
          active: true,
        }),
      );
      await replaceLinks(manager, User, 'programmes', user.id, input.programmeIds ?? []);
      return user;
    });
  }

  async login(emailInput: string, password: string, meta: { ip: string; userAgent: string | null }) {
    const email = normalizeEmail(emailInput);
    // Refused here, the password is not even checked: the right one gets no further than a guess.
    const reservation = await this.throttle.reserve(email, meta.ip);
    const user = await this.ds.getRepository(User).findOneBy({ email, active: true });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !valid) throw unauthenticated('Wrong email or password');
    await this.throttle.release(reservation);
    return this.openSession(user, meta.userAgent);
  }

  /** A new session for a user whose password (or one-time link) was just accepted. */
  async openSession(user: User, userAgent: string | null) {
    const { secret, hash } = newSecret();
    const now = new Date();
    const session = await this.ds.getRepository(Session).save({
      tokenHash: hash,
      userId: user.id,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
      revokedAt: null,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    // Not an edit of the account: its version stays, so an admin's open edit of it is not stale.
    await this.ds.query('UPDATE "user" SET last_sign_in_at = $1 WHERE id = $2', [now, user.id]);
    user.lastSignInAt = now;
    return { user, session, token: secret };
  }

  async revokeSession(sessionId: string, ownerId?: string): Promise<Session> {
    const session = isUuid(sessionId)
      ? await this.ds.getRepository(Session).findOneBy({ id: sessionId })
      : null;
    if (!session || (ownerId && session.userId !== ownerId)) throw notFound('Session', sessionId);
    session.revokedAt ??= new Date();
    return this.ds.getRepository(Session).save(session);
  }

  async revokeAllSessions(userId: string): Promise<number> {
    const result = await this.ds
      .getRepository(Session)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }

  /** The user behind a session cookie, or null when it is unknown, revoked or expired. One statement. */
  async principalForSession(token: string): Promise<Principal | null> {
    const session = await this.ds
      .getRepository(Session)
      .findOne({ where: { tokenHash: hashSecret(token) }, relations: { user: true } });
    const now = Date.now();
    const user = session?.user;
    if (!session || !user?.active || session.revokedAt || session.expiresAt.getTime() <= now) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await this.ds.getRepository(Session).update(session.id, { lastSeenAt: new Date(now) });
    }
    return { kind: 'user', userId: user.id, sessionId: session.id, roles: user.roles };
  }

  /** A partner token's principal; null when it is unknown, revoked or expired. */
  async principalForToken(token: string): Promise<PartnerToken | null> {
    const apiToken = await this.ds.getRepository(ApiToken).findOneBy({ tokenHash: hashSecret(token) });
    const now = Date.now();
    if (!apiToken || apiToken.revokedAt || (apiToken.expiresAt && apiToken.expiresAt.getTime() <= now))
      return null;
    if (!apiToken.lastUsedAt || now - apiToken.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
      await this.ds.getRepository(ApiToken).update(apiToken.id, { lastUsedAt: new Date(now) });
    }
    return {
      principal: {
        kind: 'partner',
        tokenId: apiToken.id,
        organizationId: apiToken.organizationId,
        networkId: apiToken.networkId,
        own: apiToken.scope === TokenScope.OWN ? await this.ownership(apiToken) : null,
      },
      allowedOrigins: apiToken.allowedOrigins,
      quota: { perMinute: apiToken.quotaPerMinute, perDay: apiToken.quotaPerDay },
    };
  }

  /**
   * What an OWN token reads, in one statement: an organization and the networks it is a current
   * member of, or a network and its current members, in a stable order (readerKey names them).
   * (Membership in force as in
   * partner-network.filters.ts, written here because auth must not import the modules built on it.)
   */
  private async ownership(token: ApiToken): Promise<Ownership> {
    const current = 'nm.joined_on <= CURRENT_DATE AND (nm.left_on IS NULL OR nm.left_on >= CURRENT_DATE)';
    const [row]: { organizations: string[] | null; networks: string[] | null }[] = await this.ds.query(
      token.organizationId
        ? `SELECT ARRAY[$1::uuid] AS organizations, ARRAY(SELECT DISTINCT nm.network_id FROM network_membership nm WHERE nm.organization_id = $1 AND ${current} ORDER BY 1) AS networks`
        : `SELECT ARRAY(SELECT DISTINCT nm.organization_id FROM network_membership nm WHERE nm.network_id = $1 AND ${current} ORDER BY 1) AS organizations, ARRAY[$1::uuid] AS networks`,
      [token.organizationId ?? token.networkId],
    );
    return { organizationIds: row?.organizations ?? [], networkIds: row?.networks ?? [] };
  }
}
