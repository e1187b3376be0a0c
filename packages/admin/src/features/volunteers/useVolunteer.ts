import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { VolunteerDetailFragment } from '../../gql/graphql';
import { findVolunteer } from './find-volunteer';
import { VolunteerQuery } from './volunteers.graphql';

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
export function useVolunteer(id: string): VolunteerState {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{
    volunteer: VolunteerDetailFragment | null | undefined;
    error: unknown;
  }>({
    volunteer: undefined,
    error: null,
  });

  useEffect(() => {
    let live = true;
    findVolunteer(id, async (volunteerId) => {
      const { data } = await client.query({
        query: VolunteerQuery,
        variables: { id: volunteerId },
        fetchPolicy: 'network-only',
      });
      return data?.volunteer;
    }).then(
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
