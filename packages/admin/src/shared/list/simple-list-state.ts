import { type Cursor, readCursor, readList, readText } from '../url-state';

/**
 * URL state of the simple lists (programmes, networks): a search, a list of choices (statuses,
 * scopes) and the cursor: `?q=…&status=DRAFT,PUBLISHED&after=…`.
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
