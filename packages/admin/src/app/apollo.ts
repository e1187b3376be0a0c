import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { notifications } from '@mantine/notifications';
import { MeQuery } from '../features/auth/auth.graphql';
import { i18n } from '../i18n';
import { hasErrorCode } from '../shared/errors';
import { localizedCacheKey } from './cache-keys';
import { EMBEDDED_LOCALIZED_TYPES, LOCALIZED_TYPES } from './sections';

const typePolicies: TypePolicies = {
  ...Object.fromEntries(
    LOCALIZED_TYPES.map((typename) => [
      typename,
      { keyFields: (object: Readonly<Record<string, unknown>>) => localizedCacheKey(typename, object) },
    ]),
  ),
  ...Object.fromEntries(
    EMBEDDED_LOCALIZED_TYPES.map((typename) => [typename, { keyFields: false as const }]),
  ),
  // Reference data is identified by NSI code.
  District: { keyFields: ['code'] },
  Municipality: { keyFields: ['code'] },
  // Value objects: stored inside their parent.
  Localization: { keyFields: false },
  Period: { keyFields: false },
};

/** Operations whose UNAUTHENTICATED answer is about the credentials, not an expired session. */
const SIGN_IN_OUT = new Set(['Login', 'Logout']);

/**
 * The admin's GraphQL client: same-origin `/graphql` with the httpOnly session cookie. A
 * request refused as UNAUTHENTICATED (an expired or revoked session) marks the user signed
 * out, and the route guard sends them to the sign-in page. Note that an expired session reads
 * like the public (published content only); only staff operations are refused, so the guard
 * also re-checks `me` whenever the window regains focus.
 */
export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({ typePolicies });
  const signedOut = new ErrorLink(({ error, operation }) => {
    if (SIGN_IN_OUT.has(operation.operationName ?? '') || !hasErrorCode(error, 'UNAUTHENTICATED')) return;
    if (!cache.readQuery({ query: MeQuery })?.me) return;
    cache.writeQuery({ query: MeQuery, data: { me: null } });
    notifications.show({ id: 'session-expired', color: 'orange', message: i18n.t('auth.sessionExpired') });
  });
  return new ApolloClient({
    cache,
    link: ApolloLink.from([signedOut, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  });
}
