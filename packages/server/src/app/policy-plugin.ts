import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode } from 'graphql';
import { selectedFields } from '../common/selection';
import { forbidden, unauthenticated } from '../common/errors';
import { audiences } from '../common/principal';
import type { Context } from './context';
import type { Policy } from './policy';

/** Per parsed operation (Apollo keeps one per query text): a partner's query is walked once. */
const operations = new WeakMap<OperationDefinitionNode, string[]>();

/** Root field names of an operation, looking through inline fragments and fragment spreads. */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const known = operations.get(operation);
  if (known) return known;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  ) as Record<string, FragmentDefinitionNode>;
  const fields = [...selectedFields([operation.selectionSet], fragments)];
  operations.set(operation, fields);
  return fields;
}

/** Enforces the policy table before anything executes: a refused operation runs no resolver at all. */
export const policyPlugin = (policy: Policy): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, contextValue }) {
        if (!operation) return;
        const type =
          operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : null;
        if (!type) throw forbidden('Subscriptions are not offered');
        const mine = audiences(contextValue.principal);
        for (const field of rootFields(operation, document)) {
          if (field.startsWith('__')) continue;
          const allowed = policy[type][field];
          if (allowed?.some((audience) => mine.includes(audience))) continue;
          if (contextValue.principal.kind === 'public' && allowed?.length)
            throw unauthenticated(`Sign in to use ${field}`);
          throw forbidden(`You may not use ${field}`);
        }
      },
    };
  },
});
