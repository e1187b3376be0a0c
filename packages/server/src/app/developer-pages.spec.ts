import { UserRole } from '../common/principal';
import { buildSchema } from 'graphql';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startModuleServer, startTestServer, type TestServer } from '../test/harness';

/**
 * What a partner meets besides /graphql: the developer page, the widget script they embed, the
 * schema download, and GET reads from their own site. The page's examples and the widget's
 * queries are the files packages/developers builds from, run here against demo content.
 */

const EXAMPLES_DIR = path.resolve(__dirname, '../../../developers/examples');
const example = (name: string) => readFileSync(path.join(EXAMPLES_DIR, `${name}.graphql`), 'utf8');
const examples = JSON.parse(readFileSync(path.join(EXAMPLES_DIR, 'examples.json'), 'utf8')) as {
  name: string;
  variables: Record<string, unknown>;
}[];

/** A stand-in for packages/developers/dist: the server's handling, not the page's build, is tested. */
const dist = mkdtempSync(path.join(tmpdir(), 'obmen-developers-'));
const WIDGET = `(function(){/* widget */${' '.repeat(2000)}})();`;
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Обмен — за разработчици</title>');
writeFileSync(path.join(dist, 'assets', 'page-abc123.js'), 'console.log(1)');
writeFileSync(path.join(dist, 'widget.js'), WIDGET);
writeFileSync(path.join(dist, 'widget.js.gz'), gzipSync(WIDGET));
writeFileSync(path.join(dist, 'widget.js.br'), brotliCompressSync(WIDGET));

/** A GET read as a browser on another site sends it (the widget's `credentials: 'omit'`). */
const getUrl = (base: string, query: string, variables: unknown) =>
  `${base}/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`;

let server: TestServer;
beforeAll(async () => {
  process.env.OBMEN_DEVELOPERS_DIR = dist;
  server = await startTestServer({ demo: true });
});
afterAll(async () => {
  await server.stop();
  delete process.env.OBMEN_DEVELOPERS_DIR;
  rmSync(dist, { recursive: true, force: true });
});

describe('/developers', () => {
  it('is the page, revalidated on every visit, under the strict CSP', async () => {
    for (const address of ['/developers', '/developers/', '/developers?lang=en']) {
      const response = await fetch(`${server.url}${address}`, { headers: { accept: 'text/html' } });
      expect([address, response.status]).toEqual([address, 200]);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('за разработчици');
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("font-src 'self';");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/unsafe|data:[^;]*font|font-src[^;]*data:/);
    }
  });

  it('serves hashed assets for a year, and no admin page for an unknown /developers path', async () => {
    const asset = await fetch(`${server.url}/developers/assets/page-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${server.url}/developers/assets/nothing.js`);
    expect(missing.status).toBe(404);
    const other = await fetch(`${server.url}/developers/nothing`, { headers: { accept: 'text/html' } });
    expect(other.status).toBe(404);
  });
});

describe('/widget.js', () => {
  it('may be loaded by any site, cached for an hour (a fixed URL: not immutable), precompressed', async () => {
    const response = await fetch(`${server.url}/widget.js`, {
      headers: { origin: 'http://partner.test', 'accept-encoding': 'br, gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toBe(WIDGET);
  });
});

describe('/schema.graphql', () => {
  it('downloads the printed schema outside production, for anyone', async () => {
    const response = await fetch(`${server.url}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="obmen-schema.graphql"');
    const schema = buildSchema(await response.text());
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(
      expect.arrayContaining(['practice', 'practices', 'search']),
    );
  });

  it('in production, only to signed-in staff, as introspection (403 with the reason to the others)', async () => {
    const production = await startModuleServer([], { production: true });
    try {
      for (const who of ['public', 'partner'] as const) {
        const response = await fetch(`${production.url}/schema.graphql`, {
          headers: await production.headersFor(who),
        });
        expect([who, response.status]).toEqual([who, 403]);
        expect(await response.text()).toMatch(/signed-in Obmen staff only/);
      }
      const staff = await fetch(`${production.url}/schema.graphql`, {
        headers: await production.headersFor(UserRole.EDITOR),
      });
      expect(staff.status).toBe(200);
      expect(staff.headers.get('cache-control')).toBe('private, no-cache');
      expect(await staff.text()).toContain('type Query {');
    } finally {
      await production.stop();
    }
  });
});

describe('reads from another site', () => {
  const query = '{ practices(first: 1) { totalCount } }';

  it('a GET without cookie or token is allowed from any origin, without credentials', async () => {
    const response = await fetch(getUrl(server.url, query, {}), {
      headers: { origin: 'http://partner.test' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('cache-control')).toMatch(/^public/);
  });

  it('with a session cookie or a token, or as a POST, only origins a partner token lists', async () => {
    const origin = 'http://partner.test';
    const asks: [string, RequestInit][] = [
      ['GET with cookie', { headers: { origin, ...(await server.headersFor(UserRole.EDITOR)) } }],
      ['GET with token', { headers: { origin, ...(await server.headersFor('partner')) } }],
      [
        'POST',
        {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        },
      ],
    ];
    for (const [what, init] of asks) {
      const url = init.method === 'POST' ? `${server.url}/graphql` : getUrl(server.url, query, {});
      const response = await fetch(url, init);
      expect([what, response.headers.get('access-control-allow-origin')]).toEqual([what, null]);
    }
  });
});

describe('the developer page’s examples, as printed, on demo content', () => {
  it.each(examples.map((e) => [e.name, e]))('%s answers without errors', async (name, { variables }) => {
    const response = await fetch(getUrl(server.url, example(name), variables));
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const data = body.data!;
    switch (name) {
      case 'practices-list':
        expect(data.practices.totalCount).toBeGreaterThanOrEqual(2);
        expect(data.practices.edges[0].node.title).toEqual(expect.any(String));
        break;
      case 'practice-detail':
        expect(data.practice.title).toMatch(/Road map/);
        expect(data.practice.localization.served).toBe('EN');
        break;
      case 'search':
        expect(data.search.edges.map((e: any) => e.node.title)).toContain(
          'Ранна интервенция в семейна среда за деца с увреждания в област Търговище',
        );
        break;
      case 'facets':
        expect(data.practices.facets.districts.map((d: any) => d.value)).toEqual(
          expect.arrayContaining(['PDV', 'TGV']),
        );
        break;
      default:
        throw new Error(`no assertion for example ${name}`);
    }
  });

  it('the widget’s query finds the practices of a municipality, by NSI code, in English', async () => {
    const variables = { filter: { municipalityCodes: ['PDV26'] }, first: 5, locale: 'EN' };
    const response = await fetch(getUrl(server.url, example('widget-practices'), variables), {
      headers: { origin: 'http://partner.test' },
    });
    const body = (await response.json()) as { data: { practices: { edges: { node: any }[] } } };
    const nodes = body.data.practices.edges.map((e) => e.node);
    expect(nodes).toEqual([
      expect.objectContaining({
        title: expect.stringMatching(/Rodopi/),
        municipalities: [expect.objectContaining({ code: 'PDV26', nameEn: 'Rodopi' })],
      }),
    ]);
  });

  it('the widget’s network by slug: looked up, then its members’ practices', async () => {
    const read = async (name: string, variables: object) =>
      ((await (await fetch(getUrl(server.url, example(name), variables))).json()) as { data: any }).data;
    const { partnerNetwork } = await read('widget-network', { slug: 'klub-na-nso-targovishte' });
    const { practices } = await read('widget-practices', {
      filter: { networkIds: [partnerNetwork.id] },
      first: 5,
      locale: 'BG',
    });
    expect(practices.edges.map((e: any) => e.node.title)).toEqual([
      'Ранна интервенция в семейна среда за деца с увреждания в област Търговище',
    ]);
  });
});
