import { errorMessageKey, graphQLErrors } from '../errors';
import { CURSOR_KEYS } from '../url-state';

/**
 * The pure rules of saved views: what of the URL a view keeps (filters and order, not the
 * page), which view the list shows now, and how the menu groups them.
 */

export interface SavedViewLike {
  id: string;
  name: string;
  query: string;
  shared: boolean;
  mine: boolean;
}

/** The URL's query string as a view stores it: without the page, parameters in order. */
export function viewQuery(params: URLSearchParams): string {
  const kept = new URLSearchParams(params);
  for (const key of CURSOR_KEYS) kept.delete(key);
  kept.sort();
  return kept.toString();
}

/** The URL parameters that show a view: its filters and order, from the first page. */
export function viewParams(view: Pick<SavedViewLike, 'query'>): URLSearchParams {
  return new URLSearchParams(view.query);
}

/** Whether the list shows what the view saved (whatever its page). */
export function isShowing(view: Pick<SavedViewLike, 'query'>, params: URLSearchParams): boolean {
  return viewQuery(viewParams(view)) === viewQuery(params);
}

/** The menu's two groups: my views, then the ones others share; by name within each. */
export function groupViews<V extends SavedViewLike>(views: readonly V[]): { mine: V[]; shared: V[] } {
  const byName = (a: V, b: V) => a.name.localeCompare(b.name, 'bg');
  return {
    mine: views.filter((view) => view.mine).sort(byName),
    shared: views.filter((view) => !view.mine).sort(byName),
  };
}

/** A name the person already gave another view of this list (letter case aside), as the server refuses it. */
export function nameTaken(name: string, views: readonly SavedViewLike[], exceptId?: string): boolean {
  const wanted = name.trim().toLocaleLowerCase('bg');
  return views.some(
    (view) => view.mine && view.id !== exceptId && view.name.toLocaleLowerCase('bg') === wanted,
  );
}

/** Why saving a view failed, as a message key: a name in use and a stale version have their own. */
export function saveFailureKey(
  error: unknown,
): 'savedViews.nameTaken' | 'savedViews.changedMeanwhile' | ReturnType<typeof errorMessageKey> {
  const conflictEntry = graphQLErrors(error).find((entry) => entry.extensions?.code === 'CONFLICT');
  if (conflictEntry) {
    return conflictEntry.extensions?.reason === 'taken'
      ? 'savedViews.nameTaken'
      : 'savedViews.changedMeanwhile';
  }
  return errorMessageKey(error);
}
