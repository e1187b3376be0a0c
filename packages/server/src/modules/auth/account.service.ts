import { type DataSource, IsNull, Not } from 'typeorm';
import { badInput, notFound } from '../../common/errors';
import type { Locale } from '../../common/localized';
import type { Actor } from '../../common/principal';
import { inTransaction } from '../../common/transaction';
import type { AuditService } from '../audit';
import { Session, User } from './auth.entity';
import { LoginThrottle } from './login-throttle';
import { decoyHash, hashPassword, verifyPassword } from './passwords';

export const WRONG_PASSWORD = 'wrongPassword';

/** What signed-in staff change of their own account. */
export class AccountService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {
    this.throttle = new LoginThrottle(ds);
  }

  /**
   * A new password, after the current one; the user's other sessions end, this one stays.
   * Counted like sign-ins, so a browser left signed in is no way to guess the password.
   */
  async changeMyPassword(
    me: { userId: string; sessionId: string },
    input: { currentPassword: string; newPassword: string },
    actor: Actor,
    ip: string,
  ): Promise<User> {
    const reservation = await this.throttle.reserve(`password-change\n${me.userId}`, ip);
    const user = await this.ds.getRepository(User).findOneBy({ id: me.userId, active: true });
    if (!user) throw notFound('User', me.userId);
    if (!(await verifyPassword(user.passwordHash ?? (await decoyHash()), input.currentPassword))) {
      throw badInput(
        [{ field: 'currentPassword', message: 'The current password is wrong', reason: WRONG_PASSWORD }],
        'The current password is wrong',
      );
    }
    await this.throttle.release(reservation);
    const passwordHash = await hashPassword(input.newPassword);
    return inTransaction(this.ds, undefined, async (manager) => {
      user.passwordHash = passwordHash;
      await manager.save(user);
      await manager.update(
        Session,
        { userId: user.id, id: Not(me.sessionId), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await this.audit.log(manager, actor, {
        action: 'user.changePassword',
        entityType: 'User',
        entityId: user.id,
      });
      return user;
    });
  }

  async updateMyAccount(
    userId: string,
    input: { name?: string | null; language?: Locale | null },
  ): Promise<User> {
    const repo = this.ds.getRepository(User);
    const user = await repo.findOneBy({ id: userId, active: true });
    if (!user) throw notFound('User', userId);
    if (input.name) user.name = input.name.trim();
    if (input.language) user.language = input.language;
    return repo.save(user);
  }
}
