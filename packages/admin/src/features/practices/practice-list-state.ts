import type { ContentStatus, PracticeOrderBy, PracticesQueryVariables } from '../../gql/graphql';
import type { ListUrlKeys } from '../../shared/list/useListUrlState';
import { type Cursor, pageArgs, readChoice, readCursor, readList, readText } from '../../shared/url-state';

/** Every status, in workflow order. */
export const CONTENT_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
  'ARCHIVED',
] as const satisfies readonly ContentStatus[];

export const PRACTICE_SORTS = ['updated', 'published', 'title'] as const;
export type PracticeSort = (typeof PRACTICE_SORTS)[number];
export const DEFAULT_PRACTICE_SORT: PracticeSort = 'updated';

export const PRACTICES_PAGE_SIZE = 20;

const ORDER: Record<PracticeSort, PracticeOrderBy> = {
  updated: { field: 'UPDATED_AT', direction: 'DESC' },
  published: { field: 'PUBLISHED_AT', direction: 'DESC' },
  title: { field: 'TITLE', direction: 'ASC' },
};

/** What the practices list shows, as read from its URL. */
export interface PracticeListState extends Cursor {
  search: string;
  statuses: ContentStatus[];
  districtCodes: string[];
  sort: PracticeSort;
}

const isStatus = (value: string): value is ContentStatus =>
  (CONTENT_STATUSES as readonly string[]).includes(value);
/** NSI district codes are three capital letters, e.g. PDV. */
const isDistrictCode = (value: string): value is string => /^[A-Z]{3}$/.test(value);

/** URL parameter names, short and readable: `?q=…&status=DRAFT&district=PDV,SFO&sort=title`. */
export const PARAM = { search: 'q', statuses: 'status', districtCodes: 'district', sort: 'sort' } as const;

/** The search and what "clear filters" removes with it (the order stays). */
export const PRACTICE_LIST_KEYS: ListUrlKeys = {
  search: PARAM.search,
  filters: [PARAM.statuses, PARAM.districtCodes],
};

export function readPracticeListState(params: URLSearchParams): PracticeListState {
  return {
    search: readText(params, PARAM.search),
    statuses: readList(params, PARAM.statuses, isStatus),
    districtCodes: readList(params, PARAM.districtCodes, isDistrictCode),
    sort: readChoice(params, PARAM.sort, PRACTICE_SORTS, DEFAULT_PRACTICE_SORT),
    ...readCursor(params),
  };
}

export function hasActiveFilters(state: PracticeListState): boolean {
  return state.search !== '' || state.statuses.length > 0 || state.districtCodes.length > 0;
}

/** The `practices` query's variables for a list state, in the interface's content language. */
export function practicesVariables(
  state: PracticeListState,
  locale: 'BG' | 'EN',
  pageSize = PRACTICES_PAGE_SIZE,
): PracticesQueryVariables {
  const filter: NonNullable<PracticesQueryVariables['filter']> = {};
  if (state.search) filter.search = state.search;
  if (state.statuses.length) filter.statuses = state.statuses;
  if (state.districtCodes.length) filter.districtCodes = state.districtCodes;
  return { ...pageArgs(state, pageSize), filter, orderBy: ORDER[state.sort], locale };
}
