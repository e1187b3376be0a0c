import type { PracticeOrderBy, PracticesQueryVariables } from '../../gql/graphql';
import {
  CONTENT_FILTER_KEYS,
  CONTENT_PARAM,
  type ContentListState,
  contentFilter,
  readContentListState,
} from '../../shared/list/content-list-state';
import type { ListUrlKeys } from '../../shared/list/useListUrlState';
import { pageArgs, readChoice } from '../../shared/url-state';

export const PRACTICE_SORTS = ['updated', 'published', 'title'] as const;
export type PracticeSort = (typeof PRACTICE_SORTS)[number];
export const DEFAULT_PRACTICE_SORT: PracticeSort = 'updated';

export const PRACTICES_PAGE_SIZE = 20;

const ORDER: Record<PracticeSort, PracticeOrderBy> = {
  updated: { field: 'UPDATED_AT', direction: 'DESC' },
  published: { field: 'PUBLISHED_AT', direction: 'DESC' },
  title: { field: 'TITLE', direction: 'ASC' },
};

/** What the practices list shows, as read from its URL: the shared filters and the order. */
export interface PracticeListState extends ContentListState {
  sort: PracticeSort;
}

/** URL parameter names, short and readable: `?q=…&status=DRAFT&district=PDV,SFO&theme=…&sort=title`. */
export const PRACTICE_PARAM = { ...CONTENT_PARAM, sort: 'sort' } as const;

/** The search and what "clear filters" removes with it (the order stays). */
export const PRACTICE_LIST_KEYS: ListUrlKeys = {
  search: PRACTICE_PARAM.search,
  filters: CONTENT_FILTER_KEYS,
};

export function readPracticeListState(params: URLSearchParams): PracticeListState {
  return {
    ...readContentListState(params),
    sort: readChoice(params, PRACTICE_PARAM.sort, PRACTICE_SORTS, DEFAULT_PRACTICE_SORT),
  };
}

/** The `practices` query's variables for a list state, in the interface's content language. */
export function practicesVariables(
  state: PracticeListState,
  locale: 'BG' | 'EN',
  pageSize = PRACTICES_PAGE_SIZE,
): PracticesQueryVariables {
  return { ...pageArgs(state, pageSize), filter: contentFilter(state), orderBy: ORDER[state.sort], locale };
}
