import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import { ErrorCode } from '../common/error-codes';
import type { Principal } from '../common/principal';
import type { Context } from './context';

/** Signed-in staff: the admin SPA's codegen and devtools read the schema. */
export function isStaff(principal: Principal): boolean {
  return principal.kind === 'user' && principal.roles.length > 0;
}

/** Apollo keeps one parsed document per query text, so a partner's query is walked once. */
const asked = new WeakMap<DocumentNode, boolean>();

/** Whether any field of the document, fragments included, asks for the schema itself. */
export function asksForSchema(document: DocumentNode): boolean {
  const known = asked.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined;
      found = true;
      return BREAK;
    },
  });
  asked.set(document, found);
  return found;
}

/** graphql-js' "Did you mean …?" hints, for fields, arguments, types and enum values alike. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * In production the public and partner tokens get neither introspection nor "did you mean"
 * hints, which would let them map the schema field by field; signed-in staff keep both.
 * Apollo's `introspection` switch is global and validation runs before (and is cached apart
 * from) the principal, so both checks are made here, where the request's Context is known.
 */
export function schemaDisclosurePlugin(production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (!production || isStaff(contextValue.principal)) return;
      return {
        async didResolveOperation({ document }) {
          if (asksForSchema(document))
            throw new GraphQLError('Introspection is available to signed-in staff only', {
              extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
            });
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
        },
      };
    },
  };
}
