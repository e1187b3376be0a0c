export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Reads a whole Relay connection page by page (the server serves at most 100 a page), for
 * small reference lists such as the 265 municipalities. Stops at `maxPages` as a safeguard.
 */
export async function fetchAllPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  maxPages = 20,
): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const result: Page<T> = await fetchPage(after);
    all.push(...result.nodes);
    if (!result.hasNextPage || !result.endCursor || result.endCursor === after) return all;
    after = result.endCursor;
  }
  throw new Error(`More than ${maxPages} pages: stopped reading`);
}
