import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { MunicipalitiesPageQuery } from '../../gql/graphql';
import { fetchAllPages } from '../../shared/fetch-all-pages';
import { MunicipalitiesPageQuery as PageQuery } from './geography.graphql';

export type Municipality = MunicipalitiesPageQuery['municipalities']['edges'][number]['node'];

/** The server's largest page. */
const PAGE_SIZE = 100;

/** One load per client: the 265 municipalities are read once (three pages) and kept. */
const loaded = new WeakMap<ApolloClient, Promise<Municipality[]>>();

export function loadAllMunicipalities(client: ApolloClient): Promise<Municipality[]> {
  let all = loaded.get(client);
  if (!all) {
    all = fetchAllPages(async (after) => {
      const { data } = await client.query({
        query: PageQuery,
        variables: { first: PAGE_SIZE, after },
        fetchPolicy: 'cache-first',
      });
      if (!data) throw new Error('No municipalities in the answer');
      const { edges, pageInfo } = data.municipalities;
      return {
        nodes: edges.map((e) => e.node),
        hasNextPage: pageInfo.hasNextPage,
        endCursor: pageInfo.endCursor,
      };
    });
    all.catch(() => loaded.delete(client));
    loaded.set(client, all);
  }
  return all;
}

export interface MunicipalitiesState {
  municipalities: Municipality[] | null;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/** Every municipality, for pickers and labels. */
export function useMunicipalities(): MunicipalitiesState {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ municipalities: Municipality[] | null; error: unknown }>({
    municipalities: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    loadAllMunicipalities(client).then(
      (municipalities) => live && setState({ municipalities, error: null }),
      (error: unknown) => live && setState({ municipalities: null, error }),
    );
    return () => {
      live = false;
    };
  }, [client, attempt]);
  const retry = useCallback(() => {
    setState({ municipalities: null, error: null });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, loading: !state.municipalities && !state.error, retry };
}
