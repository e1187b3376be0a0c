import type { Page } from '../../shared/fetch-all-pages';

/**
 * The API has no "volunteer by id": a volunteer is found in the `volunteers` list. First among
 * the results of a search for the name the list showed (one request, usually), then, failing
 * that, page by page through everyone the user may see. Null when not found (deleted, or out
 * of the coordinator's reach).
 */
export async function findVolunteer<T extends { id: string }>(
  id: string,
  fetchPage: (after: string | null, search: string | null) => Promise<Page<T>>,
  hint: string | null = null,
  maxPages = 50,
): Promise<T | null> {
  const scan = async (search: string | null): Promise<T | null> => {
    let after: string | null = null;
    for (let page = 0; page < maxPages; page++) {
      const result: Page<T> = await fetchPage(after, search);
      const found = result.nodes.find((node) => node.id === id);
      if (found) return found;
      if (!result.hasNextPage || !result.endCursor || result.endCursor === after) return null;
      after = result.endCursor;
    }
    return null;
  };
  const search = hint?.trim() || null;
  if (search) {
    const found = await scan(search);
    if (found) return found;
  }
  return scan(null);
}
