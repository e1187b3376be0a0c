import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { ThemeOptionsQueryVariables } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';

type Edges = readonly { node: { slug: string; label: string } }[];

/**
 * A taxonomy (themes, target groups) as picker options: slug → label in the interface
 * language, and the labels by slug. Few enough terms to read at once.
 */
export function useTaxonomyOptions<TData>(
  query: TypedDocumentNode<TData, ThemeOptionsQueryVariables>,
  edges: (data: TData) => Edges,
  { skip = false } = {},
) {
  const { locale } = useLanguage();
  const { data, loading, error } = useQuery(query, {
    variables: { locale },
    fetchPolicy: 'cache-first',
    skip,
  });
  // The edges keep their identity while the cached answer does.
  const terms = data ? edges(data) : undefined;
  return useMemo(() => {
    const options = (terms ?? []).map(({ node }) => ({ value: node.slug, label: node.label }));
    return {
      options,
      labels: new Map(options.map((o) => [o.value, o.label])),
      loading,
      error,
    };
  }, [terms, loading, error]);
}
