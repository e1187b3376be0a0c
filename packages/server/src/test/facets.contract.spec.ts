import { type Client, startTestServer, type TestServer } from './harness';

/*
 * Facets agree with the lists: every value a facet counts, for the public and for staff, equals the
 * totalCount of the same list filtered by that value (the facet's own filter replaced, the rest kept).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
  // Drafts and a trashed record, so the public and staff counts differ.
  const create = (title: string, status: string, extra: Record<string, unknown> = {}) =>
    server.ok(`mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`, {
      input: {
        title: { bg: title },
        status,
        municipalityCodes: ['TGV35'],
        themes: ['early-intervention'],
        ...extra,
      },
    });
  await create('Чернова за деца в Търговище', 'DRAFT', {
    period: { from: '2019-03-01', precision: 'MONTH' },
  });
  await create('Публикувана услуга за деца', 'PUBLISHED', {
    period: { from: '2021-01-01', precision: 'YEAR' },
  });
  const { createPractice: gone } = await create('Изтрита практика за деца', 'PUBLISHED');
  await server.ok(`mutation($id: ID!) { deletePractice(id: $id) { id } }`, { id: gone.id });
}, 120_000);
afterAll(() => server.stop());

const FILTER_OF: Record<string, string> = {
  districts: 'districtCodes',
  municipalities: 'municipalityCodes',
  themes: 'themes',
  targetGroups: 'targetGroups',
  organizationKinds: 'organizationKinds',
  years: 'years',
  funders: 'funderIds',
  statuses: 'statuses',
};

type FacetCounts = Record<string, { value: string; count: number }[] | null>;

const FACET_FIELDS = Object.keys(FILTER_OF);

async function facetsAndTotal(client: Client, list: string, filterType: string, filter: object) {
  const fields = FACET_FIELDS.filter((f) => list === 'projects' || f !== 'funders');
  const data = await client.ok(
    `query($filter: ${filterType}) { list: ${list}(filter: $filter, first: 1) { totalCount
      facets { ${fields.map((f) => `${f} { value count }`).join(' ')} } } }`,
    { filter },
  );
  return data.list as { totalCount: number; facets: FacetCounts };
}

describe.each([
  ['practices', 'PracticeFilter'],
  ['projects', 'ProjectFilter'],
])('%s facets', (list, filterType) => {
  it.each([
    ['the public', 'public', {}],
    ['the public, searched', 'public', { search: 'деца' }],
    ['staff', 'admin', {}],
    ['staff, with a theme chosen', 'admin', { themes: ['early-intervention'] }],
  ] as const)('equal the filtered lists’ totals for %s', async (_who, who, filter) => {
    const client = who === 'public' ? await server.as('public') : server;
    const { facets } = await facetsAndTotal(client, list, filterType, filter);
    let checked = 0;
    for (const [facet, counts] of Object.entries(facets)) {
      if (counts === null) {
        expect([facet, who]).toEqual(['statuses', 'public']);
        continue;
      }
      for (const { value, count } of counts) {
        const key = FILTER_OF[facet];
        const narrowed = { ...filter, [key]: [key === 'years' ? Number(value) : value] };
        const { totalCount } = await facetsAndTotal(client, list, filterType, narrowed);
        expect([facet, value, count]).toEqual([facet, value, totalCount]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });
});

it('keeps the other values of a dimension when one is chosen, and counts only what the reader sees', async () => {
  const publicClient = await server.as('public');
  const all = (await facetsAndTotal(publicClient, 'practices', 'PracticeFilter', {})).facets;
  const chosen = (
    await facetsAndTotal(publicClient, 'practices', 'PracticeFilter', { districtCodes: ['TGV'] })
  ).facets;
  expect(chosen.districts).toEqual(all.districts);
  expect(chosen.municipalities!.every((m) => m.value.startsWith('TGV'))).toBe(true);
  const staff = (await facetsAndTotal(server, 'practices', 'PracticeFilter', {})).facets;
  const tgv = (facets: FacetCounts) => facets.districts!.find((d) => d.value === 'TGV')!.count;
  expect(tgv(staff)).toBe(tgv(all) + 1); // the draft; never the trashed one
});

describe('search facets', () => {
  const SEARCH_FILTER_OF: Record<string, string> = {
    districts: 'districtCodes',
    municipalities: 'municipalityCodes',
    themes: 'themes',
    targetGroups: 'targetGroups',
  };
  const search = (client: Client, variables: Record<string, unknown>, facets = '') =>
    client.ok(
      `query($q: String!, $types: [SearchType!], $filter: SearchFilter) {
        search(query: $q, types: $types, filter: $filter, first: 1) { totalCount ${facets} } }`,
      { q: 'деца', ...variables },
    );

  it.each([
    ['the public', 'public'],
    ['staff', 'admin'],
  ] as const)('equal the totals of the same search narrowed by each value, for %s', async (_who, who) => {
    const client = who === 'public' ? await server.as('public') : server;
    const fields = ['types', ...Object.keys(SEARCH_FILTER_OF)];
    const { search: found } = await search(
      client,
      {},
      `facets { ${fields.map((f) => `${f} { value count }`).join(' ')} }`,
    );
    let checked = 0;
    for (const [facet, counts] of Object.entries(found.facets as FacetCounts)) {
      for (const { value, count } of counts!) {
        const narrowed =
          facet === 'types' ? { types: [value] } : { filter: { [SEARCH_FILTER_OF[facet]]: [value] } };
        const { search: total } = await search(client, narrowed);
        expect([facet, value, count]).toEqual([facet, value, total.totalCount]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
