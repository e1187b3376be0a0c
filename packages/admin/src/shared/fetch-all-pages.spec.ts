import { fetchAllPages, type Page } from './fetch-all-pages';

function pages(total: number, size: number) {
  const calls: (string | null)[] = [];
  const fetchPage = async (after: string | null): Promise<Page<number>> => {
    calls.push(after);
    const start = after === null ? 0 : Number(after);
    const nodes = Array.from({ length: Math.min(size, total - start) }, (_, i) => start + i);
    const end = start + nodes.length;
    return { nodes, hasNextPage: end < total, endCursor: nodes.length ? String(end) : null };
  };
  return { calls, fetchPage };
}

describe('fetchAllPages', () => {
  it('reads the 265 municipalities in three pages of 100', async () => {
    const { calls, fetchPage } = pages(265, 100);
    const all = await fetchAllPages(fetchPage);
    expect(all).toHaveLength(265);
    expect(all[264]).toBe(264);
    expect(calls).toEqual([null, '100', '200']);
  });

  it('stops on an empty list, a missing cursor or a cursor that does not move', async () => {
    expect(await fetchAllPages(pages(0, 100).fetchPage)).toEqual([]);
    const stuck = jest.fn(async () => ({ nodes: [1], hasNextPage: true, endCursor: 'same' }));
    expect(await fetchAllPages(stuck)).toEqual([1, 1]);
    expect(stuck).toHaveBeenCalledTimes(2);
  });

  it('gives up after the page limit', async () => {
    let n = 0;
    const endless = async () => ({ nodes: [n], hasNextPage: true, endCursor: String(++n) });
    await expect(fetchAllPages(endless, 5)).rejects.toThrow('More than 5 pages');
  });

  it('passes a failed page on', async () => {
    await expect(fetchAllPages(async () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  });
});
