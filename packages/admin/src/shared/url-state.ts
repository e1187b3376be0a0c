/**
 * List screens keep their filters, order and page in the URL, so a reload, the back button
 * or a shared link shows the same list. Lists travel comma-separated: `?status=DRAFT,PUBLISHED`.
 */

export type ParamValue = string | readonly string[] | null | undefined;

/** A text parameter, trimmed; '' when absent. */
export function readText(params: URLSearchParams, key: string): string {
  return (params.get(key) ?? '').trim();
}

/** A comma-separated list, without blanks and duplicates, keeping only `accept`ed items. */
export function readList<T extends string = string>(
  params: URLSearchParams,
  key: string,
  accept: (item: string) => item is T = (_item: string): _item is T => true,
): T[] {
  const items = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)].filter(accept);
}

/** A calendar day "2020-12-31", or null (also for days that do not exist, like 2020-02-30). */
export function readDay(params: URLSearchParams, key: string): string | null {
  const value = readText(params, key);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** One of `allowed`, or `fallback`. */
export function readChoice<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = params.get(key);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A copy of `params` with `patch` applied: empty values and empty lists remove the key. */
export function writeParams(params: URLSearchParams, patch: Record<string, ParamValue>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    const text = typeof value === 'string' ? value.trim() : value?.filter((v) => v !== '').join(',');
    if (text) next.set(key, text);
    else next.delete(key);
  }
  next.sort();
  return next;
}

/** Cursor keys of a paginated list: changing a filter goes back to the first page. */
export const CURSOR_KEYS = ['after', 'before'] as const;

export interface Cursor {
  after: string | null;
  before: string | null;
}

/** The page a list is on; `before` wins when (by hand) both are given, as it is the newer click. */
export function readCursor(params: URLSearchParams): Cursor {
  const before = readText(params, 'before') || null;
  const after = before ? null : readText(params, 'after') || null;
  return { after, before };
}

/** Relay page arguments for a cursor: forwards from `after`, backwards from `before`. */
export function pageArgs(
  cursor: Cursor,
  pageSize: number,
): { first: number; after?: string } | { last: number; before: string } {
  if (cursor.before) return { last: pageSize, before: cursor.before };
  return cursor.after ? { first: pageSize, after: cursor.after } : { first: pageSize };
}

/** A filter change: applies the patch and drops the cursor. */
export function withFilter(params: URLSearchParams, patch: Record<string, ParamValue>): URLSearchParams {
  return writeParams(params, { ...patch, after: null, before: null });
}

/** Next page: after the last row shown. */
export function nextPage(params: URLSearchParams, endCursor: string): URLSearchParams {
  return writeParams(params, { after: endCursor, before: null });
}

/** Previous page: before the first row shown. */
export function previousPage(params: URLSearchParams, startCursor: string): URLSearchParams {
  return writeParams(params, { before: startCursor, after: null });
}
