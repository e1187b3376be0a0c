import { geography } from '../geography';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startModuleServer, type TestServer } from '../../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([geography]);
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
});

describe('reference data', () => {
  it('serves Latin names equal to the NSI CSV for every municipality', async () => {
    const csv = readFileSync(path.resolve(__dirname, '../../../data/bg-municipalities.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const expected = new Map(csv.map((cols) => [cols[3], cols[5]]));
    const served = new Map<string, string>();
    let after: string | null = null;
    do {
      const data: any = await server.ok(
        `query ($after: String) { municipalities(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { code nameEn } } } }`,
        { after },
      );
      for (const { node } of data.municipalities.edges) served.set(node.code, node.nameEn);
      after = data.municipalities.pageInfo.hasNextPage ? data.municipalities.pageInfo.endCursor : null;
    } while (after);
    expect(served.size).toBe(265);
    expect(served).toEqual(expected);
  });

  it('finds "гр. Асеновград" and pages backwards from the end', async () => {
    const data = await server.ok(
      `{ municipalities(filter: { search: "гр. Асеновград" }) { edges { node { code } } } }`,
    );
    expect(data.municipalities.edges.map((e: any) => e.node.code)).toEqual(['PDV01']);
    const last = await server.ok(
      `{ municipalities(last: 2) { edges { node { code } } pageInfo { hasPreviousPage } } }`,
    );
    expect(last.municipalities.edges.map((e: any) => e.node.code)).toEqual(['VTR31', 'VTR32']);
    expect(last.municipalities.pageInfo.hasPreviousPage).toBe(true);
  });

  it('answers /health and /ready', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
