import type { ContentStatus } from '../../gql/graphql';
import { type Cursor, pageArgs, readCursor, readList, readText } from '../../shared/url-state';

/**
 * URL state of the simple lists of this slice (programmes, networks): a search, a list of
 * choices (statuses, scopes) and the cursor: `?q=…&status=DRAFT,PUBLISHED&after=…`.
 */
export const LIST_PARAM = { search: 'q', choices: 'status' } as const;

export interface SimpleListState<T extends string> extends Cursor {
  search: string;
  choices: T[];
}

export function readSimpleListState<T extends string>(
  params: URLSearchParams,
  allowed: readonly T[],
  key: string = LIST_PARAM.choices,
): SimpleListState<T> {
  const isAllowed = (value: string): value is T => (allowed as readonly string[]).includes(value);
  return {
    search: readText(params, LIST_PARAM.search),
    choices: readList(params, key, isAllowed),
    ...readCursor(params),
  };
}

export function hasSimpleFilters(state: SimpleListState<string>): boolean {
  return state.search !== '' || state.choices.length > 0;
}

export const PROGRAMMES_PAGE_SIZE = 20;

export const PROGRAMME_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
  'ARCHIVED',
] as const satisfies readonly ContentStatus[];

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
