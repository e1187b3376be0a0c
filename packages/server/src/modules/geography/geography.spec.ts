import { startTestServer, type TestServer } from '../../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const PAGE = `query Page($after: String) {
  municipalities(first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { code nameBg nameEn district { code nameBg } } }
  }
}`;

describe('municipalities', () => {
  it('pages through all 265 municipalities of 28 districts', async () => {
    const seen: { code: string; nameBg: string; district: { code: string } }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data: any = await server.ok(PAGE, { after });
      expect(data.municipalities.totalCount).toBe(265);
      seen.push(...data.municipalities.edges.map((e: any) => e.node));
      if (!data.municipalities.pageInfo.hasNextPage) break;
      after = data.municipalities.pageInfo.endCursor;
    }
    expect(new Set(seen.map((m) => m.code)).size).toBe(265);
    expect(new Set(seen.map((m) => m.district.code)).size).toBe(28);
    expect(
      seen
        .filter((m) => m.nameBg === 'Бяла')
        .map((m) => m.code)
        .sort(),
    ).toEqual(['RSE04', 'VAR05']);
  });

  it('finds a municipality by the informal name texts use', async () => {
    const data = await server.ok(
      `{ municipalities(filter: { search: "Хисар" }) { edges { node { code nameBg } } } }`,
    );
    expect(data.municipalities.edges.map((e: any) => e.node.code)).toContain('PDV37');
  });

  it('refuses pages larger than 100 with a coded error', async () => {
    const result = await server.gql(`{ municipalities(first: 101) { totalCount } }`);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/at most 100/);
  });
});
