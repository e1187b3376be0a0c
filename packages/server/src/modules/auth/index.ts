import { ADMINS, EVERYONE, PEOPLE, STAFF } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { audit } from '../audit';
import { AccessService } from './access.service';
import { AccountResolver, SessionFieldsResolver } from './account.resolver';
import { AccountService } from './account.service';
import { AccountToken } from './account-token.entity';
import { ApiToken, LoginAttempt, RateCounter, Session, Setting, User } from './auth.entity';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { InvitationService } from './invitation.service';
import { AccountMailer, accountMailSettings } from './mailer';

declare module '../../common/context' {
  interface ServiceRegistry {
    auth: AuthService;
    access: AccessService;
    invitations: InvitationService;
    account: AccountService;
  }
}

/** Staff accounts, sessions and partner sites' API tokens. */
export const auth = defineModule({
  name: 'auth',
  requires: [audit],
  entities: [User, Session, ApiToken, LoginAttempt, Setting, RateCounter, AccountToken],
  resolvers: [AuthResolver, AccountResolver, SessionFieldsResolver],
  policy: {
    Query: { me: EVERYONE, users: ADMINS, sessions: STAFF, apiTokens: ADMINS },
    Mutation: {
      login: PEOPLE,
      logout: STAFF,
      revokeSession: STAFF,
      createUser: ADMINS,
      updateUser: ADMINS,
      inviteUser: ADMINS,
      resetUserPassword: ADMINS,
      setPassword: PEOPLE,
      changeMyPassword: STAFF,
      updateMyAccount: STAFF,
      createApiToken: ADMINS,
      revokeApiToken: ADMINS,
    },
  },
  services: (s, { ds }) => {
    const authService = new AuthService(ds);
    // Read when the services are built, so a test server can start with its own SMTP_URL.
    const mail = accountMailSettings(process.env);
    return {
      auth: authService,
      access: new AccessService(ds, authService, s.audit),
      invitations: new InvitationService(ds, authService, s.audit, mail, AccountMailer.forSettings(mail)),
      account: new AccountService(ds, s.audit),
    };
  },
});

export { AccessService, AccountToken, ApiToken, AuthService, RateCounter, Session, User };
export type { PartnerToken } from './auth.service';
export { TokenScope, UserRole } from '../../common/principal';
export { normalizeEmail, SESSION_DAYS } from './auth.service';
export { loadServerSecret, senderHash } from './secrets';
