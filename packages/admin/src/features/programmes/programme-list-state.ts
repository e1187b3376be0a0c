import type { ContentStatus } from '../../gql/graphql';
import type { SimpleListState } from '../../shared/list/simple-list-state';
import { LIST_PARAM, readSimpleListState } from '../../shared/list/simple-list-state';
import type { ListUrlKeys } from '../../shared/list/useListUrlState';
import { pageArgs } from '../../shared/url-state';

export const PROGRAMMES_PAGE_SIZE = 20;

export const PROGRAMME_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
  'ARCHIVED',
] as const satisfies readonly ContentStatus[];

/** `?q=…&status=DRAFT,PUBLISHED`: "clear filters" removes both. */
export const PROGRAMME_LIST_KEYS: ListUrlKeys = { search: LIST_PARAM.search, filters: [LIST_PARAM.choices] };

export const readProgrammeListState = (params: URLSearchParams) =>
  readSimpleListState<ContentStatus>(params, PROGRAMME_STATUSES);

/** The `volunteerProgrammes` variables for a list state. */
export function programmesVariables(
  state: SimpleListState<ContentStatus>,
  locale: 'BG' | 'EN',
  pageSize = PROGRAMMES_PAGE_SIZE,
) {
  const filter: { search?: string; statuses?: ContentStatus[] } = {};
  if (state.search) filter.search = state.search;
  if (state.choices.length) filter.statuses = state.choices;
  return { ...pageArgs(state, pageSize), filter, locale };
}
