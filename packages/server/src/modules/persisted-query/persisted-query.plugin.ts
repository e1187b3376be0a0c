import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../common/context';
import { ErrorCode } from '../../common/error-codes';
import type { PersistedQueryStore } from './persisted-query.store';

/**
 * With OBMEN_TRUSTED_DOCUMENTS the public and partner tokens run only documents an admin
 * registered (registerPersistedQueries or the CLI), sent by hash or as text; staff, who sign in
 * to the admin, are not limited. Checked before anything executes.
 */
export function trustedDocumentsPlugin(store: PersistedQueryStore): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      if (!store.trustedOnly) return;
      return {
        async didResolveOperation({ queryHash, contextValue }) {
          const kind = contextValue.principal.kind;
          if (kind !== 'public' && kind !== 'partner') return;
          if (await store.isTrusted(queryHash)) return;
          throw new GraphQLError(
            'Only registered documents may run here: ask the site for it to be registered',
            {
              extensions: { code: ErrorCode.FORBIDDEN, reason: 'untrustedDocument', http: { status: 403 } },
            },
          );
        },
      };
    },
  };
}
