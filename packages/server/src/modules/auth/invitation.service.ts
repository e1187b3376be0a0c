import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { badInput, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { Actor } from '../../common/principal';
import { inTransaction } from '../../common/transaction';
import type { AuditService } from '../audit';
import { accountLinkMail } from './account-mail';
import { AccountToken, AccountTokenKind } from './account-token.entity';
import type { InviteUserInput } from './auth.inputs';
import { Session, User } from './auth.entity';
import type { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { type AccountMailer, type AccountMailSettings, RESET_HOURS } from './mailer';
import { hashPassword, hashSecret, newSecret } from './passwords';

/** What an invitation or a reset answers: the link only when it was not e-mailed (shown this once). */
export interface OneTimeLinkResult {
  user: User;
  link: string | null;
  emailed: boolean;
}

/** Why a link is refused, in one word whatever the cause: unknown, used, expired, or its account disabled. */
export const INVALID_TOKEN = 'invalidToken';

/** The scope the one-time links' failures are counted under (per address), next to sign-ins. */
const LINK_THROTTLE_SCOPE = 'one-time-link';

/** Invitations, admins' password resets and the one-time links both send. */
export class InvitationService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly settings: AccountMailSettings,
    private readonly mailer: AccountMailer | null,
  ) {
    this.throttle = new LoginThrottle(ds);
  }

  /** A new account without a password, and a link (valid OBMEN_INVITATION_DAYS) to choose one. */
  inviteUser(input: InviteUserInput, actor: Actor, origin: string): Promise<OneTimeLinkResult> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const user = await this.auth.createUser({ ...input, password: null }, manager);
      await this.audit.log(manager, actor, {
        action: 'user.invite',
        entityType: 'User',
        entityId: user.id,
        details: { email: user.email, roles: user.roles },
      });
      const days = this.settings.invitationDays;
      return this.deliver(manager, user, AccountTokenKind.INVITATION, { days }, origin);
    });
  }

  /** Ends the user's password and sessions; a link valid 24 hours lets them choose a new password. */
  resetUserPassword(id: string, actor: Actor, origin: string): Promise<OneTimeLinkResult> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const user = isUuid(id) ? await manager.findOneBy(User, { id }) : null;
      if (!user) throw notFound('User', id);
      user.passwordHash = null;
      await manager.save(user);
      await manager.update(Session, { userId: user.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.audit.log(manager, actor, {
        action: 'user.resetPassword',
        entityType: 'User',
        entityId: user.id,
      });
      return this.deliver(manager, user, AccountTokenKind.RESET, { hours: RESET_HOURS }, origin);
    });
  }

  /**
   * Sets the password a one-time link was sent for and signs its user in. Counted like sign-ins:
   * a 256-bit link cannot be guessed, but each try is a database look-up from the open internet,
   * and a client that sends wrong links over and over is refused before it costs anything.
   */
  async setPassword(
    input: { token: string; password: string },
    meta: { ip: string; userAgent: string | null },
    actor: Actor,
  ) {
    const reservation = await this.throttle.reserve(LINK_THROTTLE_SCOPE, meta.ip);
    const found = await this.ds
      .getRepository(AccountToken)
      .findOne({ where: { tokenHash: hashSecret(input.token) }, relations: { user: true } });
    const user = found?.user;
    if (!found || !user?.active || found.usedAt || found.expiresAt.getTime() <= Date.now())
      throw invalidToken();
    await this.throttle.release(reservation);
    const passwordHash = await hashPassword(input.password);
    await inTransaction(this.ds, undefined, async (manager) => {
      // Conditional, so two requests with the same link cannot both use it.
      const used = await manager.update(
        AccountToken,
        { id: found.id, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      if (!used.affected) throw invalidToken();
      await manager.update(User, user.id, { passwordHash });
      await this.audit.log(manager, actor, {
        action: found.kind === AccountTokenKind.INVITATION ? 'user.acceptInvitation' : 'user.setPassword',
        entityType: 'User',
        entityId: user.id,
      });
    });
    return this.auth.openSession(user, meta.userAgent);
  }

  /**
   * A new link for the user (any earlier one stops working), e-mailed when SMTP is configured,
   * inside the caller's transaction: a mail server that refuses it leaves nothing half-done.
   */
  private async deliver(
    manager: EntityManager,
    user: User,
    kind: AccountTokenKind,
    valid: { days?: number; hours?: number },
    origin: string,
  ): Promise<OneTimeLinkResult> {
    const now = new Date();
    await manager.update(AccountToken, { userId: user.id, usedAt: IsNull() }, { usedAt: now });
    const { secret, hash } = newSecret();
    const ms = ((valid.days ?? 0) * 24 + (valid.hours ?? 0)) * 3_600_000;
    await manager.insert(AccountToken, {
      tokenHash: hash,
      userId: user.id,
      kind,
      expiresAt: new Date(now.getTime() + ms),
      usedAt: null,
    });
    // In the fragment: browsers do not send it to the server, so it is in no access log.
    const link = `${this.settings.publicUrl ?? origin}/set-password#token=${secret}`;
    if (!this.mailer) return { user, link, emailed: false };
    await this.mailer.send(accountLinkMail(kind, user, link, valid));
    return { user, link: null, emailed: true };
  }
}

function invalidToken() {
  return badInput(
    [{ field: 'token', message: 'This link is unknown, used or expired', reason: INVALID_TOKEN }],
    'This link is unknown, used or expired',
  );
}
