import { startTestServer, type TestServer } from '../../test/harness';

/*
 * The acceptance queries over the demo content (the five real seed pages): each finds the
 * record a person would expect first, with its matched words marked.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
});
afterAll(() => server.stop());

const SEARCH = `query($q: String!, $types: [SearchType!], $locale: Locale, $after: String, $first: Int) {
  search(query: $q, types: $types, locale: $locale, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { score highlights { field snippet } node {
      __typename
      ... on Practice { slug }
      ... on Project { slug }
      ... on Organization { slug }
      ... on PartnerNetwork { slug }
    } }
  }
}`;

const TARGOVISHTE = 'ranna-interventsia-v-semeyna-sreda-za-detsa-s-uvrezhdania-v-oblast-targovishte';
const RODOPI = 'patna-karta-s-misal-za-horata-sotsialna-podkrepa-i-zaetost-v-obshtina-rodopi';
const ZA_NASHITE_DETSA = 'initsiativa-za-razvitie-i-sotsialno-vklyuchvane-za-nashite-detsa';

async function search(q: string, extra: Record<string, unknown> = {}) {
  return (await server.ok(SEARCH, { q, ...extra })).search;
}
const slugs = (result: { edges: { node: { slug: string } }[] }) => result.edges.map((e) => e.node.slug);

describe('search over the demo content', () => {
  it.each([
    ['targoviste', TARGOVISHTE, 'Търговище'],
    ['Търговишт', TARGOVISHTE, 'Търговище'],
    ['Targovishte', TARGOVISHTE, 'Търговище'],
    ['деца с увреждане', TARGOVISHTE, 'деца'],
    ['Родопи', RODOPI, 'Родопи'],
    ['rodopi', RODOPI, 'Родопи'],
    ['интервеция', TARGOVISHTE, 'интервенция'],
  ])('"%s" finds %s first, with the match marked', async (q, first, marked) => {
    const result = await search(q);
    expect(slugs(result)[0]).toBe(first);
    const snippets = result.edges[0].highlights.map((h: { snippet: string }) => h.snippet).join(' ');
    expect(snippets).toContain(`<mark>${marked}</mark>`);
    expect(result.edges[0].highlights[0].field).toBe('title');
  });

  it('"detsa" finds the records about children, titles first', async () => {
    const result = await search('detsa');
    expect(slugs(result).slice(0, 4)).toEqual(expect.arrayContaining([ZA_NASHITE_DETSA, TARGOVISHTE]));
    for (const edge of result.edges.slice(0, 3)) expect(edge.highlights[0].field).toMatch(/title|name/);
  });

  it('"Пловдив" finds what is placed in Plovdiv and in Rodopi (Plovdiv district) by its texts', async () => {
    const result = await search('Пловдив');
    expect(slugs(result)).toEqual(expect.arrayContaining([ZA_NASHITE_DETSA, RODOPI]));
  });

  it('ranks higher first and pages on with the cursor', async () => {
    const all = await search('деца', { first: 20 });
    const scores = all.edges.map((e: { score: number }) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const first = await search('деца', { first: 2 });
    const next = await search('деца', { first: 2, after: first.pageInfo.endCursor });
    expect([...slugs(first), ...slugs(next)]).toEqual(slugs(all).slice(0, 4));
    expect(first.totalCount).toBe(all.totalCount);
  });

  it('escapes the text around the marks', async () => {
    const result = await search('Търговище');
    for (const edge of result.edges)
      for (const h of edge.highlights) expect(h.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('limits to the types asked and refuses a cursor it did not give', async () => {
    const result = await search('Търговище', { types: ['ORGANIZATION'] });
    expect(result.edges.map((e: { node: { __typename: string } }) => e.node.__typename)).toEqual([
      'Organization',
    ]);
    const bad = await server.gql(SEARCH, { q: 'деца', after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds nothing for stop words only, without an error', async () => {
    expect((await search('и на за')).edges).toEqual([]);
  });
});
