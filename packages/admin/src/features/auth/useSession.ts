import { useQuery } from '@apollo/client/react';
import type { SessionUserFragment } from '../../gql/graphql';
import { MeQuery } from './auth.graphql';
import { type Action, can } from './permissions';

export interface Session {
  user: SessionUserFragment | null;
  loading: boolean;
  error: unknown;
  refetch: () => void;
  /** Whether the signed-in user may do `action`. */
  can: (action: Action) => boolean;
}

/** Who is signed in, from the `me` query (read once, then from the cache). */
export function useSession(): Session {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const user = data?.me ?? null;
  return {
    user,
    loading: loading && !data,
    error: error ?? null,
    refetch: () => void refetch().catch(() => undefined),
    can: (action) => can(user?.roles, action),
  };
}
