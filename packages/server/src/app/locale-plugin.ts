import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type SelectionSetNode, type ValueNode } from 'graphql';
import { fieldError, Reason } from '../common/errors';
import { Locale } from '../common/localized';
import type { Context } from './context';

const BY_NAME: Record<string, Locale> = { BG: Locale.BG, EN: Locale.EN };

function valueOf(node: ValueNode, variables: Record<string, unknown>): Locale | undefined {
  if (node.kind === Kind.ENUM) return BY_NAME[node.value];
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'string' ? BY_NAME[value] : undefined;
  }
  return undefined;
}

function rootLocales(selectionSet: SelectionSetNode, variables: Record<string, unknown>): Locale[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootLocales(selection.selectionSet, variables);
    if (selection.kind !== Kind.FIELD) return [];
    const arg = selection.arguments?.find((a) => a.name.value === 'locale');
    const locale = arg && valueOf(arg.value, variables);
    return locale ? [locale] : [];
  });
}

/**
 * The `locale` argument of root fields picks the language of every text in the response.
 * Read once per operation, before execution, so no field pays for it.
 */
export const localePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request, contextValue }) {
        if (!operation) return;
        const locales = new Set(rootLocales(operation.selectionSet, request.variables ?? {}));
        if (locales.size > 1) {
          throw fieldError(
            'locale',
            'One request serves one language: use the same locale on every field',
            Reason.oneLocale,
          );
        }
        contextValue.useLocale([...locales][0]);
      },
    };
  },
};
