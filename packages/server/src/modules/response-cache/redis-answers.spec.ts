import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { UserRole } from '../../common/principal';
import { read, readUntilHit } from '../../test/cached-reads';
import { startTestServer, type TestServer } from '../../test/harness';

/*
 * With REDIS_URL the kept answers live in Redis: a hit costs the database nothing, and a write
 * still drops the answers showing its record at once. (Redis runs beside the database here.)
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `obmen-test:${randomUUID()}:`;
const QUERY = 'query Practice($slug: String!) { practice(slug: $slug) { id title } }';

let server: TestServer;
let slug: string;
let id: string;
const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });

beforeAll(async () => {
  process.env.REDIS_URL = REDIS_URL;
  process.env.OBMEN_REDIS_PREFIX = PREFIX;
  server = await startTestServer({ demo: true });
  delete process.env.REDIS_URL;
  delete process.env.OBMEN_REDIS_PREFIX;
  const page = await server.ok<{ practices: { edges: { node: { id: string; slug: string } }[] } }>(
    '{ practices(first: 1) { edges { node { id slug } } } }',
  );
  ({ id, slug } = page.practices.edges[0].node);
});
afterAll(async () => {
  await server?.stop();
  const keys = await redis.keys(`${PREFIX}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe('the response cache in Redis', () => {
  it('answers a hit from Redis without a database statement', async () => {
    const miss = await read(server, QUERY, { slug });
    expect(miss.cache).toBe('MISS');
    await readUntilHit(server, QUERY, { slug });
    let hit: Awaited<ReturnType<typeof read>> | undefined;
    const statements = await server.countStatements(async () => {
      hit = await read(server, QUERY, { slug });
    });
    expect(hit!.cache).toBe('HIT');
    expect(hit!.body).toEqual(miss.body);
    expect(statements).toBe(0);
    expect((await redis.keys(`${PREFIX}e:*`)).length).toBeGreaterThan(0);
  });

  it('drops the answer when its practice is updated', async () => {
    await readUntilHit(server, QUERY, { slug });
    const editor = await server.as(UserRole.EDITOR);
    const { practice } = await editor.ok<{ practice: { version: number } }>(
      'query($id: ID!) { practice(id: $id) { version } }',
      { id },
    );
    await editor.ok('mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { id } }', {
      input: { id, version: practice.version, title: { bg: 'Заглавие от Redis' } },
    });
    const fresh = await read(server, QUERY, { slug });
    expect(fresh.cache).toBe('MISS');
    expect(fresh.body.data!.practice.title).toBe('Заглавие от Redis');
  });
});

describe('with Redis away', () => {
  let away: TestServer;
  beforeAll(async () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:1';
    away = await startTestServer();
    delete process.env.REDIS_URL;
  });
  afterAll(() => away?.stop());

  it('still answers reads, and refuses a publication it could not drop from the cache', async () => {
    const list = await read(away, '{ practices(first: 1) { totalCount } }');
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual({ practices: { totalCount: 0 } });
    // A draft is nothing the public sees: no answer to drop, so it is written.
    const admin = await away.as(UserRole.ADMIN);
    const { createPractice: draft } = await admin.ok<{ createPractice: { id: string; version: number } }>(
      'mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id version } }',
      { input: { title: { bg: 'Чернова без Redis' } } },
    );
    const refused = await admin.gql(
      'mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { id } }',
      { input: { id: draft.id, version: draft.version, status: 'PUBLISHED' } },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const after = await admin.ok<{ practice: { version: number; status: string } }>(
      'query($id: ID!) { practice(id: $id) { version status } }',
      { id: draft.id },
    );
    expect(after.practice).toEqual({ version: draft.version, status: 'DRAFT' });
  });
});
