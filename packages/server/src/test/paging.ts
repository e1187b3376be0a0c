/** One page of a connection, as the paging walkers read it. */
export interface Page {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  keys: string[];
}

/** Fetches one page; `args` is the GraphQL argument text, e.g. `first: 2, after: "…"`. */
export type PageSource = (args: string) => Promise<Page>;

export const PAGE_FIELDS = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/**
 * Every key, walking `first: size` forwards with `after`, or `last: size` backwards with
 * `before` (returned in list order). Each page must report the same `totalCount`, which the walk
 * must reach exactly; a walk longer than the list fails instead of looping.
 */
export async function walk(
  source: PageSource,
  direction: 'forwards' | 'backwards',
  size: number,
): Promise<string[]> {
  const forwards = direction === 'forwards';
  const keys: string[] = [];
  let cursor = '';
  let total: number | undefined;
  for (;;) {
    const page = await source(`${forwards ? 'first' : 'last'}: ${size}${cursor}`);
    total ??= page.totalCount;
    expect(page.totalCount).toBe(total);
    expect(page.keys.length).toBeLessThanOrEqual(size);
    if (forwards) keys.push(...page.keys);
    else keys.unshift(...page.keys);
    if (keys.length > total) throw new Error(`paging ${direction} returned more than totalCount (${total})`);
    const more = forwards ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (!more) {
      expect(keys).toHaveLength(total);
      return keys;
    }
    cursor = forwards ? `, after: "${page.pageInfo.endCursor}"` : `, before: "${page.pageInfo.startCursor}"`;
  }
}

/**
 * Paging both ways yields exactly `all` — no gaps, no duplicates — which holds over equal sort
 * keys only if the order has a tiebreak.
 */
export async function expectPagesCover(
  source: PageSource,
  all: string[],
  sizes: { forwards: number; backwards: number },
) {
  expect(new Set(all).size).toBe(all.length);
  expect(await walk(source, 'forwards', sizes.forwards)).toEqual(all);
  expect(await walk(source, 'backwards', sizes.backwards)).toEqual(all);
}
