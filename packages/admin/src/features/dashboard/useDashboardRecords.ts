import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type {
  ContentStatus,
  DashboardPracticesPageQuery,
  DashboardProjectsPageQuery,
} from '../../gql/graphql';
import { fetchAllPages } from '../../shared/fetch-all-pages';
import {
  DashboardPracticesPageQuery as PracticesPage,
  DashboardProjectsPageQuery as ProjectsPage,
} from './dashboard.graphql';

export type DashboardPractice = DashboardPracticesPageQuery['practices']['edges'][number]['node'];
export type DashboardProject = DashboardProjectsPageQuery['projects']['edges'][number]['node'];

/** The server's largest page. */
const PAGE_SIZE = 100;

export interface DashboardRecords {
  practices: DashboardPractice[] | null;
  projects: DashboardProject[] | null;
  /** A read is under way (the records shown, if any, are the previous ones). */
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * Every practice and project in the given statuses (all when empty), page by page, with what the
 * charts count. Read fresh on each visit: the dashboard is about now.
 */
export function useDashboardRecords(
  statuses: readonly ContentStatus[],
  locale: 'BG' | 'EN',
): DashboardRecords {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<DashboardRecords, 'retry'>>({
    practices: null,
    projects: null,
    loading: true,
    error: null,
  });
  const statusKey = statuses.join(',');

  useEffect(() => {
    let live = true;
    const filter = statuses.length ? { statuses: [...statuses] } : {};
    setState((current) => ({ ...current, loading: true, error: null }));
    const practices = fetchAllPages(async (after) => {
      const { data } = await client.query({
        query: PracticesPage,
        variables: { first: PAGE_SIZE, after, filter, locale },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('No practices in the answer');
      const { edges, pageInfo } = data.practices;
      return {
        nodes: edges.map((e) => e.node),
        hasNextPage: pageInfo.hasNextPage,
        endCursor: pageInfo.endCursor,
      };
    });
    const projects = fetchAllPages(async (after) => {
      const { data } = await client.query({
        query: ProjectsPage,
        variables: { first: PAGE_SIZE, after, filter, locale },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('No projects in the answer');
      const { edges, pageInfo } = data.projects;
      return {
        nodes: edges.map((e) => e.node),
        hasNextPage: pageInfo.hasNextPage,
        endCursor: pageInfo.endCursor,
      };
    });
    Promise.all([practices, projects]).then(
      ([practiceList, projectList]) =>
        live && setState({ practices: practiceList, projects: projectList, loading: false, error: null }),
      (error: unknown) => live && setState((current) => ({ ...current, loading: false, error })),
    );
    return () => {
      live = false;
    };
    // statusKey stands for the statuses' content.
  }, [client, statusKey, locale, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
