import type { ParamValue } from '../url-state';

/**
 * The pure rules behind a list screen's URL: what "clear filters" writes, when the search box
 * writes the URL, and how a sortable column header turns.
 */

/** The URL patch that removes the given filters; the order stays. */
export function clearedFilters(keys: readonly string[]): Record<string, ParamValue> {
  return Object.fromEntries(keys.map((key) => [key, null]));
}

/** Whether what is typed is another search than the URL's (spaces at the ends do not count). */
export function searchDiffers(typed: string, inUrl: string): boolean {
  return typed.trim() !== inUrl;
}

/**
 * The search box's text after the URL changed (back button, clearing filters): the typing is
 * kept while it still means the URL's search, so a trailing space is not eaten mid-word.
 */
export function searchBoxAfter(box: string, inUrl: string): string {
  return searchDiffers(box, inUrl) ? inUrl : box;
}

export type SortDirection = 'asc' | 'desc';

/** A click on a column header: the active column reverses, another one starts in its own direction. */
export function nextSortDirection(
  active: boolean,
  current: SortDirection,
  initial: SortDirection,
): SortDirection {
  if (!active) return initial;
  return current === 'desc' ? 'asc' : 'desc';
}

/** The header's `aria-sort`: only the column the list is ordered by has a direction. */
export function ariaSort(active: boolean, direction: SortDirection): 'ascending' | 'descending' | 'none' {
  if (!active) return 'none';
  return direction === 'desc' ? 'descending' : 'ascending';
}
