import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VolunteerDetailFragment } from '../../gql/graphql';
import { findVolunteer } from './find-volunteer';
import { VolunteersQuery } from './volunteers.graphql';

/** The server's largest page. */
const PAGE_SIZE = 100;

export interface VolunteerState {
  /** undefined while loading the first time; null when not found. */
  volunteer: VolunteerDetailFragment | null | undefined;
  error: unknown;
  /** Reads the volunteer again, keeping the one shown until the answer comes. */
  reload: () => void;
  /** Shows a volunteer a mutation returned. */
  replace: (volunteer: VolunteerDetailFragment) => void;
}

/** One volunteer, always fresh from the server (an edit must start from the current version). */
export function useVolunteer(id: string, hint: string | null): VolunteerState {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{
    volunteer: VolunteerDetailFragment | null | undefined;
    error: unknown;
  }>({
    volunteer: undefined,
    error: null,
  });
  const name = useRef(hint);
  if (state.volunteer) name.current = state.volunteer.name;

  useEffect(() => {
    let live = true;
    findVolunteer(
      id,
      async (after, search) => {
        const { data } = await client.query({
          query: VolunteersQuery,
          variables: { first: PAGE_SIZE, after, filter: search ? { search } : {} },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('No volunteers in the answer');
        const { edges, pageInfo } = data.volunteers;
        return {
          nodes: edges.map((e) => e.node),
          hasNextPage: pageInfo.hasNextPage,
          endCursor: pageInfo.endCursor,
        };
      },
      name.current,
    ).then(
      (volunteer) => live && setState({ volunteer, error: null }),
      (error: unknown) => live && setState((current) => ({ volunteer: current.volunteer, error })),
    );
    return () => {
      live = false;
    };
  }, [client, id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback(
    (volunteer: VolunteerDetailFragment) => setState({ volunteer, error: null }),
    [],
  );
  return { ...state, reload, replace };
}
