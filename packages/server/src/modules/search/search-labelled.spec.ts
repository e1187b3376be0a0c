import { loadContent } from '../../seed/demo-loader';
import { startModuleServer, type TestServer } from '../../test/harness';
import { searchFixture } from '../../test/search-fixture/fixture';
import { DRAFT_KEYS, labelledQueries } from '../../test/search-fixture/queries';
import { search } from '.';

/*
 * Relevance, measured: the labelled queries over the fixture's ~200 records (test/search-fixture),
 * as the public asks them. recall@10 = share of a query's expected records in its first ten results;
 * precision@5 = share of its first min(5, expected) results that are expected. Averaged over the
 * queries, printed, and held to the thresholds.
 */
let server: TestServer;
let ids: Map<string, string>;
beforeAll(async () => {
  server = await startModuleServer([search]);
  const { dataSource } = server.obmen.database;
  ids = await dataSource.transaction((m) => loadContent(server.obmen.services, m, searchFixture));
}, 120_000);
afterAll(() => server.stop());

const SEARCH = `query($q: String!, $locale: Locale) { search(query: $q, locale: $locale, first: 10) { edges { node {
  ... on Practice { id } ... on Project { id } ... on Organization { id } ... on PartnerNetwork { id }
} } } }`;

async function top10(query: string, locale?: string): Promise<string[]> {
  const data = await (await server.as('public')).ok(SEARCH, { q: query, locale: locale?.toUpperCase() });
  return data.search.edges.map((e: { node: { id: string } }) => e.node.id);
}

it('meets recall@10 ≥ 0.9 and precision@5 ≥ 0.8 on the labelled queries', async () => {
  expect(labelledQueries.length).toBeGreaterThanOrEqual(40);
  const keyOf = new Map([...ids].map(([key, id]) => [id, key]));
  const rows: string[] = [];
  let recall = 0;
  let precision = 0;
  for (const labelled of labelledQueries) {
    const expected = new Set(labelled.expect.map((key) => ids.get(key)!));
    const found = await top10(labelled.query, labelled.locale);
    const hits = found.filter((id) => expected.has(id)).length;
    const cut = Math.min(5, expected.size);
    const topHits = found.slice(0, cut).filter((id) => expected.has(id)).length;
    recall += hits / expected.size;
    precision += topHits / cut;
    if (hits < expected.size || topHits < cut) {
      const missing = [...expected].filter((id) => !found.includes(id)).map((id) => keyOf.get(id));
      const extra = found
        .slice(0, cut)
        .filter((id) => !expected.has(id))
        .map((id) => keyOf.get(id));
      rows.push(
        `  "${labelled.query}": missing ${missing.join(', ') || '–'}; wrong in top ${cut}: ${extra.join(', ') || '–'}`,
      );
    }
  }
  recall /= labelledQueries.length;
  precision /= labelledQueries.length;
  console.log(
    `search relevance over ${labelledQueries.length} labelled queries, ${ids.size} records: ` +
      `recall@10 ${recall.toFixed(3)}, precision@5 ${precision.toFixed(3)}` +
      (rows.length ? `\nqueries below 1.0:\n${rows.join('\n')}` : ''),
  );
  expect(recall).toBeGreaterThanOrEqual(0.9);
  expect(precision).toBeGreaterThanOrEqual(0.8);
});

it('never shows the public a draft', async () => {
  const drafts = new Set(DRAFT_KEYS.map((key) => ids.get(key)!));
  for (const labelled of labelledQueries) {
    for (const id of await top10(labelled.query, labelled.locale)) expect(drafts.has(id)).toBe(false);
  }
});
