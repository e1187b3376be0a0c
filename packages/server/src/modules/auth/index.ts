import { ADMINS, EVERYONE, PEOPLE, STAFF } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { audit } from '../audit';
import { AccessService } from './access.service';
import { ApiToken, LoginAttempt, RateCounter, Session, Setting, User } from './auth.entity';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    auth: AuthService;
    access: AccessService;
  }
}

/** Staff accounts, sessions and partner sites' API tokens. */
export const auth = defineModule({
  name: 'auth',
  requires: [audit],
  entities: [User, Session, ApiToken, LoginAttempt, Setting, RateCounter],
  resolvers: [AuthResolver],
  policy: {
    Query: { me: EVERYONE, users: ADMINS, sessions: STAFF, apiTokens: ADMINS },
    Mutation: {
      login: PEOPLE,
      logout: STAFF,
      revokeSession: STAFF,
      createUser: ADMINS,
      updateUser: ADMINS,
      createApiToken: ADMINS,
      revokeApiToken: ADMINS,
    },
  },
  services: (s, { ds }) => {
    const authService = new AuthService(ds);
    return { auth: authService, access: new AccessService(ds, authService, s.audit) };
  },
});

export { AccessService, ApiToken, AuthService, RateCounter, Session, User };
export type { PartnerToken } from './auth.service';
export { TokenScope, UserRole } from '../../common/principal';
export { normalizeEmail, SESSION_DAYS } from './auth.service';
export { loadServerSecret, senderHash } from './secrets';
