import type { ProjectOrderField, ProjectsQueryVariables, SortDirection } from '../../gql/graphql';
import {
  CONTENT_FILTER_KEYS,
  CONTENT_PARAM,
  type ContentListState,
  contentFilter,
  FUNDER_PARAM,
  hasContentFilters,
  moreFilterCount,
  readContentListState,
} from '../../shared/list/content-list-state';
import type { ListUrlKeys } from '../../shared/list/useListUrlState';
import { pageArgs, readChoice, readList } from '../../shared/url-state';

export const PROJECT_SORTS = ['start', 'title', 'budget', 'updated', 'created'] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type ProjectSortDirection = (typeof SORT_DIRECTIONS)[number];

const SORT_FIELD: Record<ProjectSort, ProjectOrderField> = {
  start: 'START_DATE',
  title: 'TITLE',
  budget: 'BUDGET_EUR',
  updated: 'UPDATED_AT',
  created: 'CREATED_AT',
};

/** The direction each order starts in: titles A–Z, everything else newest or largest first. */
export const DEFAULT_DIRECTION: Record<ProjectSort, ProjectSortDirection> = {
  start: 'desc',
  title: 'asc',
  budget: 'desc',
  updated: 'desc',
  created: 'desc',
};

export const DEFAULT_PROJECT_SORT: ProjectSort = 'start';
export const PROJECTS_PAGE_SIZE = 20;

/** What the projects list shows, as read from its URL: the shared filters, funders and order. */
export interface ProjectListState extends ContentListState {
  funderIds: string[];
  sort: ProjectSort;
  direction: ProjectSortDirection;
}

const isId = (value: string): value is string =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** URL parameter names: `?q=…&status=DRAFT&district=PDV&from=2019-01-01&sort=budget&dir=desc`. */
export const PROJECT_PARAM = {
  ...CONTENT_PARAM,
  funderIds: FUNDER_PARAM,
  sort: 'sort',
  direction: 'dir',
} as const;

/** The search and what "clear filters" removes with it (the order stays). */
export const PROJECT_LIST_KEYS: ListUrlKeys = {
  search: PROJECT_PARAM.search,
  filters: [...CONTENT_FILTER_KEYS, PROJECT_PARAM.funderIds],
};

export function readProjectListState(params: URLSearchParams): ProjectListState {
  const sort = readChoice(params, PROJECT_PARAM.sort, PROJECT_SORTS, DEFAULT_PROJECT_SORT);
  return {
    ...readContentListState(params),
    funderIds: readList(params, PROJECT_PARAM.funderIds, isId),
    sort,
    direction: readChoice(params, PROJECT_PARAM.direction, SORT_DIRECTIONS, DEFAULT_DIRECTION[sort]),
  };
}

export function hasActiveProjectFilters(state: ProjectListState): boolean {
  return hasContentFilters(state) || state.funderIds.length > 0;
}

/** How many filters behind "more filters" are set, funders included (shown on its toggle). */
export function extraFilterCount(state: ProjectListState): number {
  return moreFilterCount(state) + (state.funderIds.length > 0 ? 1 : 0);
}

/**
 * The URL patch for a new order: the direction is written only when it differs from the
 * order's own default, so `?sort=title` stays short.
 */
export function sortPatch(sort: ProjectSort, direction: ProjectSortDirection): Record<string, string | null> {
  return {
    [PROJECT_PARAM.sort]: sort === DEFAULT_PROJECT_SORT ? null : sort,
    [PROJECT_PARAM.direction]: direction === DEFAULT_DIRECTION[sort] ? null : direction,
  };
}

/** The `projects` query's variables for a list state, in the interface's content language. */
export function projectsVariables(
  state: ProjectListState,
  locale: 'BG' | 'EN',
  pageSize = PROJECTS_PAGE_SIZE,
): ProjectsQueryVariables {
  const filter: NonNullable<ProjectsQueryVariables['filter']> = contentFilter(state);
  if (state.funderIds.length) filter.funderIds = state.funderIds;
  const direction: SortDirection = state.direction === 'asc' ? 'ASC' : 'DESC';
  return {
    ...pageArgs(state, pageSize),
    filter,
    orderBy: { field: SORT_FIELD[state.sort], direction },
    locale,
  };
}
