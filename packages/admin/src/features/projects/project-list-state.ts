import type {
  ContentStatus,
  ProjectOrderField,
  ProjectsQueryVariables,
  SortDirection,
} from '../../gql/graphql';
import type { ListUrlKeys } from '../../shared/list/useListUrlState';
import { type Cursor, pageArgs, readChoice, readCursor, readList, readText } from '../../shared/url-state';

/** Every status, in workflow order. */
export const PROJECT_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
  'ARCHIVED',
] as const satisfies readonly ContentStatus[];

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

/** What the projects list shows, as read from its URL. */
export interface ProjectListState extends Cursor {
  search: string;
  statuses: ContentStatus[];
  districtCodes: string[];
  municipalityCodes: string[];
  themes: string[];
  targetGroups: string[];
  funderIds: string[];
  activeFrom: string | null;
  activeTo: string | null;
  sort: ProjectSort;
  direction: ProjectSortDirection;
}

const isStatus = (value: string): value is ContentStatus =>
  (PROJECT_STATUSES as readonly string[]).includes(value);
/** NSI codes: districts are three capitals (PDV), municipalities add two digits (PDV26). */
const isDistrictCode = (value: string): value is string => /^[A-Z]{3}$/.test(value);
const isMunicipalityCode = (value: string): value is string => /^[A-Z]{3}\d{2}$/.test(value);
/** Theme and target-group slugs are Latin, lower case, with hyphens. */
const isSlug = (value: string): value is string => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
const isId = (value: string): value is string =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** A calendar day "2020-12-31", or null. */
function readDay(params: URLSearchParams, key: string): string | null {
  const value = readText(params, key);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** URL parameter names: `?q=…&status=DRAFT&district=PDV&from=2019-01-01&sort=budget&dir=desc`. */
export const PROJECT_PARAM = {
  search: 'q',
  statuses: 'status',
  districtCodes: 'district',
  municipalityCodes: 'municipality',
  themes: 'theme',
  targetGroups: 'target',
  funderIds: 'funder',
  activeFrom: 'from',
  activeTo: 'to',
  sort: 'sort',
  direction: 'dir',
} as const;

/** The search and what "clear filters" removes with it (the order stays). */
export const PROJECT_LIST_KEYS: ListUrlKeys = {
  search: PROJECT_PARAM.search,
  filters: [
    PROJECT_PARAM.statuses,
    PROJECT_PARAM.districtCodes,
    PROJECT_PARAM.municipalityCodes,
    PROJECT_PARAM.themes,
    PROJECT_PARAM.targetGroups,
    PROJECT_PARAM.funderIds,
    PROJECT_PARAM.activeFrom,
    PROJECT_PARAM.activeTo,
  ],
};

export function readProjectListState(params: URLSearchParams): ProjectListState {
  const sort = readChoice(params, PROJECT_PARAM.sort, PROJECT_SORTS, DEFAULT_PROJECT_SORT);
  return {
    search: readText(params, PROJECT_PARAM.search),
    statuses: readList(params, PROJECT_PARAM.statuses, isStatus),
    districtCodes: readList(params, PROJECT_PARAM.districtCodes, isDistrictCode),
    municipalityCodes: readList(params, PROJECT_PARAM.municipalityCodes, isMunicipalityCode),
    themes: readList(params, PROJECT_PARAM.themes, isSlug),
    targetGroups: readList(params, PROJECT_PARAM.targetGroups, isSlug),
    funderIds: readList(params, PROJECT_PARAM.funderIds, isId),
    activeFrom: readDay(params, PROJECT_PARAM.activeFrom),
    activeTo: readDay(params, PROJECT_PARAM.activeTo),
    sort,
    direction: readChoice(params, PROJECT_PARAM.direction, SORT_DIRECTIONS, DEFAULT_DIRECTION[sort]),
    ...readCursor(params),
  };
}

export function hasActiveProjectFilters(state: ProjectListState): boolean {
  return (
    state.search !== '' ||
    state.statuses.length > 0 ||
    state.districtCodes.length > 0 ||
    state.municipalityCodes.length > 0 ||
    state.themes.length > 0 ||
    state.targetGroups.length > 0 ||
    state.funderIds.length > 0 ||
    state.activeFrom !== null ||
    state.activeTo !== null
  );
}

/** How many filters beyond the search are set (shown on the "more filters" toggle). */
export function extraFilterCount(state: ProjectListState): number {
  return [
    state.municipalityCodes.length,
    state.themes.length,
    state.targetGroups.length,
    state.funderIds.length,
    state.activeFrom ? 1 : 0,
    state.activeTo ? 1 : 0,
  ].filter((n) => n > 0).length;
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
  const filter: NonNullable<ProjectsQueryVariables['filter']> = {};
  if (state.search) filter.search = state.search;
  if (state.statuses.length) filter.statuses = state.statuses;
  if (state.districtCodes.length) filter.districtCodes = state.districtCodes;
  if (state.municipalityCodes.length) filter.municipalityCodes = state.municipalityCodes;
  if (state.themes.length) filter.themes = state.themes;
  if (state.targetGroups.length) filter.targetGroups = state.targetGroups;
  if (state.funderIds.length) filter.funderIds = state.funderIds;
  if (state.activeFrom) filter.activeFrom = state.activeFrom;
  if (state.activeTo) filter.activeTo = state.activeTo;
  const direction: SortDirection = state.direction === 'asc' ? 'ASC' : 'DESC';
  return {
    ...pageArgs(state, pageSize),
    filter,
    orderBy: { field: SORT_FIELD[state.sort], direction },
    locale,
  };
}
