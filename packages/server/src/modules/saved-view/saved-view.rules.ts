import { type FieldError, Reason } from '../../common/errors';

/** The admin's list screens a view may be saved for (its ListSection names). */
export const SAVED_VIEW_LISTS = [
  'practices',
  'projects',
  'organizations',
  'networks',
  'programmes',
  'volunteers',
] as const;

export const MAX_NAME_LENGTH = 80;
/** A list's filters fit in far less; the bound keeps a view from becoming a storage space. */
export const MAX_QUERY_LENGTH = 2000;
const MAX_PARAMETERS = 40;
/** Parameter names as the admin writes them (`status`, `districtCodes`, `sort`). */
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
/** The page is not part of a view: applying a view starts on the first page. */
const PAGE_PARAMETERS = new Set(['after', 'before']);

export function listProblem(list: string): FieldError | null {
  if ((SAVED_VIEW_LISTS as readonly string[]).includes(list)) return null;
  return {
    field: 'list',
    message: `Unknown list ${list}; known: ${SAVED_VIEW_LISTS.join(', ')}`,
    reason: Reason.invalid,
    args: { value: list.slice(0, 40) },
  };
}

/** The name without spaces at its ends, or why it cannot be one. */
export function checkedName(name: string): { name: string } | { problem: FieldError } {
  const trimmed = name.trim();
  if (trimmed) return { name: trimmed };
  return { problem: { field: 'name', message: 'A view needs a name', reason: Reason.isNotEmpty } };
}

/**
 * The query string as stored: parsed, without its page, parameters sorted (the admin compares
 * it with the URL's to tell which view is on), or why it cannot be a list's state.
 */
export function normalizedQuery(query: string): { query: string } | { problem: FieldError } {
  const params = new URLSearchParams(query.trim().replace(/^\?/, ''));
  for (const key of PAGE_PARAMETERS) params.delete(key);
  const keys = [...params.keys()];
  const badKey = keys.find((key) => !PARAMETER_NAME.test(key));
  if (badKey !== undefined || keys.length > MAX_PARAMETERS) {
    return {
      problem: {
        field: 'query',
        message:
          badKey !== undefined
            ? `Not a list parameter: ${badKey.slice(0, 40)}`
            : `At most ${MAX_PARAMETERS} parameters`,
        reason: Reason.invalid,
      },
    };
  }
  params.sort();
  return { query: params.toString() };
}
