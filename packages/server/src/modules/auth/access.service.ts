import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, fieldError, notFound, Reason, unknownReference } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { replaceLinks } from '../../common/links';
import { inTransaction } from '../../common/transaction';
import type { AuditService } from '../audit';
import { ApiToken, Session, TokenScope, User } from './auth.entity';
import type { CreateApiTokenInput, CreateUserInput, UpdateUserInput } from './auth.inputs';
import type { AuthService } from './auth.service';
import { hashPassword, newSecret } from './passwords';
import { type Actor, UserRole } from '../../common/principal';

const TOKEN_PREFIX = 'obm_';

const isActiveAdmin = (user: User) => user.active && user.roles.includes(UserRole.ADMIN);

/** What admins do with accounts and partner tokens; every change is audited. */
export class AccessService {
  constructor(
    private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  listUsers(): Promise<User[]> {
    return this.ds.getRepository(User).find({ order: { email: 'ASC' } });
  }

  createUser(input: CreateUserInput, actor: Actor): Promise<User> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const user = await this.auth.createUser(input, manager);
      await this.audit.log(manager, actor, {
        action: 'user.create',
        entityType: 'User',
        entityId: user.id,
        details: { email: user.email, roles: user.roles },
      });
      return user;
    });
  }

  updateUser(input: UpdateUserInput, actor: Actor): Promise<User> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const user = isUuid(input.id)
        ? await manager.findOne(User, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!user) throw notFound('User', input.id);
      if (user.version !== input.version) {
        throw conflict(`User ${user.id} was changed by someone else (now version ${user.version})`, {
          currentVersion: user.version,
        });
      }
      const wasAdmin = isActiveAdmin(user);
      if (input.name) user.name = input.name.trim();
      if (input.roles) user.roles = [...new Set(input.roles)];
      if (input.active != null) user.active = input.active;
      if (wasAdmin && !isActiveAdmin(user)) await this.keepAnAdmin(manager, user, actor);
      if (input.password) user.passwordHash = await hashPassword(input.password);
      const changed: string[] = (['name', 'roles', 'active', 'password'] as const).filter(
        (key) => input[key] != null,
      );
      // Programmes live in a junction table: touching the row gives the change a version of its own.
      if (input.programmeIds) user.updatedAt = new Date();
      await manager.save(user);
      if (input.programmeIds) {
        await replaceLinks(manager, User, 'programmes', user.id, input.programmeIds);
        changed.push('programmes');
      }
      // A new password or a disabled account ends every session at once.
      if (input.password || input.active === false) {
        await manager.update(Session, { userId: user.id }, { revokedAt: new Date() });
      }
      await this.audit.log(manager, actor, {
        action: 'user.update',
        entityType: 'User',
        entityId: user.id,
        details: { changed },
      });
      return user;
    });
  }

  /**
   * An admin may not take the ADMIN role from themselves (they would lock themselves out of
   * this page), and nobody may leave the team without an active admin.
   */
  private async keepAnAdmin(manager: EntityManager, user: User, actor: Actor): Promise<void> {
    const own = actor.principal.kind === 'user' && actor.principal.userId === user.id;
    if (own && !user.roles.includes(UserRole.ADMIN)) {
      throw fieldError('roles', 'You cannot remove your own ADMIN role', Reason.ownAdminRole);
    }
    // The active accounts locked, so two admins demoting each other at once cannot both pass.
    const others = await manager.find(User, { where: { active: true }, lock: { mode: 'pessimistic_write' } });
    if (!others.some((other) => other.id !== user.id && isActiveAdmin(other))) {
      throw fieldError(
        user.roles.includes(UserRole.ADMIN) ? 'active' : 'roles',
        'The team needs at least one active admin',
        Reason.lastAdmin,
      );
    }
  }

  sessions(userId: string): Promise<Session[]> {
    return this.ds.getRepository(Session).find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  listTokens(): Promise<ApiToken[]> {
    return this.ds.getRepository(ApiToken).find({ order: { createdAt: 'DESC' } });
  }

  /** The secret is returned this once; only its hash is stored. */
  createToken(input: CreateApiTokenInput, actor: Actor): Promise<{ token: string; apiToken: ApiToken }> {
    return inTransaction(this.ds, undefined, async (manager) => {
      if (!input.organizationId === !input.networkId) {
        throw badInput([
          {
            field: 'organizationId',
            message: 'Issue the token to either an organization or a network',
            reason: Reason.exactlyOne,
            args: { fields: 'organizationId, networkId' },
          },
        ]);
      }
      if (input.organizationId && !(await manager.existsBy('Organization', { id: input.organizationId }))) {
        throw badInput([unknownReference('organizationId', 'organization', input.organizationId)]);
      }
      if (input.networkId && !(await manager.existsBy('PartnerNetwork', { id: input.networkId }))) {
        throw badInput([unknownReference('networkId', 'partner network', input.networkId)]);
      }
      const { secret, hash } = newSecret(TOKEN_PREFIX);
      const apiToken = await manager.save(
        manager.create(ApiToken, {
          name: input.name.trim(),
          tokenHash: hash,
          prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
          organizationId: input.organizationId ?? null,
          networkId: input.networkId ?? null,
          allowedOrigins: (input.allowedOrigins ?? []).map((o) => new URL(o).origin),
          expiresAt: input.expiresAt ?? null,
          scope: input.scope ?? TokenScope.ALL_PUBLISHED,
          quotaPerMinute: input.quotaPerMinute ?? null,
          quotaPerDay: input.quotaPerDay ?? null,
          createdById: actor.principal.kind === 'user' ? actor.principal.userId : null,
        }),
      );
      await this.audit.log(manager, actor, {
        action: 'token.create',
        entityType: 'ApiToken',
        entityId: apiToken.id,
        details: {
          name: apiToken.name,
          organizationId: apiToken.organizationId,
          networkId: apiToken.networkId,
          scope: apiToken.scope,
        },
      });
      return { token: secret, apiToken };
    });
  }

  revokeToken(id: string, actor: Actor): Promise<ApiToken> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const apiToken = isUuid(id) ? await manager.findOneBy(ApiToken, { id }) : null;
      if (!apiToken) throw notFound('ApiToken', id);
      if (!apiToken.revokedAt) {
        apiToken.revokedAt = new Date();
        await manager.save(apiToken);
        await this.audit.log(manager, actor, {
          action: 'token.revoke',
          entityType: 'ApiToken',
          entityId: id,
        });
      }
      return apiToken;
    });
  }
}
