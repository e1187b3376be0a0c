import { createHash } from 'node:crypto';
import { startTestServer, type TestServer } from '../../test/harness';

/*
 * Persisted queries live in the database: a hash registered on one server is served by another on
 * the same PostgreSQL, and the table only keeps queries of a sane size.
 */
const QUERY = 'query Themes { themes(first: 3) { totalCount } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const extensions = (hash: string) => JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });

const register = (server: TestServer, query: string, hash: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, extensions: JSON.parse(extensions(hash)) }),
  });
/** The stored text of a hash: Apollo stores a registration after it answers, so this waits for it a little. */
async function stored(server: TestServer, hash: string): Promise<string[]> {
  for (let attempt = 0; ; attempt += 1) {
    const rows: { query: string }[] = await server.obmen.database.dataSource.query(
      'SELECT query FROM persisted_query WHERE key = $1',
      [`apq:${hash}`],
    );
    if (rows.length || attempt === 20) return rows.map((row) => row.query);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const byHash = (server: TestServer, hash: string) =>
  fetch(`${server.url}/graphql?${new URLSearchParams({ extensions: extensions(hash) })}`);

describe('persisted queries', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('are stored in the database when registered, and answered by hash', async () => {
    expect((await register(server, QUERY, HASH)).status).toBe(200);
    expect(await stored(server, HASH)).toEqual([QUERY]);
    const answer = await byHash(server, HASH);
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { data: unknown }).data).toEqual({
      themes: { totalCount: expect.any(Number) },
    });
  });

  it('answer an unknown hash with PERSISTED_QUERY_NOT_FOUND, and do not keep an oversized query', async () => {
    const unknown = await byHash(server, 'ab'.repeat(32));
    const body = (await unknown.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // A valid query (a long comment costs nothing to run) over the stored size.
    const big = `# ${'x'.repeat(70_000)}\n${QUERY}`;
    const bigHash = createHash('sha256').update(big).digest('hex');
    expect((await register(server, big, bigHash)).status).toBe(200);
    expect(await stored(server, bigHash)).toEqual([]);
  });
});

(process.env.TEST_DATABASE_URL ? describe : describe.skip)('two servers on one PostgreSQL', () => {
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    first = await startTestServer();
    second = await startTestServer({ database: first.databaseConfig });
  });
  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it('serve a hash registered on either of them', async () => {
    const hash = createHash('sha256').update(`${QUERY} `).digest('hex');
    const before = (await (await byHash(second, hash)).json()) as {
      errors?: { extensions: { code: string } }[];
    };
    expect(before.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await register(first, `${QUERY} `, hash)).status).toBe(200);
    expect(await stored(first, hash)).toEqual([`${QUERY} `]);
    const answer = await byHash(second, hash);
    expect(answer.status).toBe(200);
    // The second server asked the database, not its memory: its first lookup found nothing.
    expect(((await answer.json()) as { data: unknown }).data).toEqual({
      themes: { totalCount: expect.any(Number) },
    });
  });
});
