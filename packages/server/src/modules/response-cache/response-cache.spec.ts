import { createHash } from 'node:crypto';
import { metrics } from '../../common/metrics';
import { systemActor, UserRole } from '../../common/principal';
import { startTestServer, type TestServer } from '../../test/harness';
import { Nomination } from '../nomination';
import { CACHE_HEADER } from './response-cache.plugin';
import { DatabaseAnswers } from './database-answers';
import { read, readUntilHit } from '../../test/cached-reads';

/*
 * Repeated public and partner GET reads come from the response cache, shared by every server on
 * the database, and a write that changes what an answer shows drops it at once, on every server.
 */
const QUERY =
  'query Practice($slug: String!) { practice(slug: $slug) { id title nominationCount organization { id name } } }';
const LIST = 'query Latest { practices(first: 3) { edges { node { id title } } } }';

/** The response cache's counters as /metrics shows them (one registry per process). */
async function lookups(): Promise<{ hit: number; miss: number }> {
  const { values } = await metrics.counter('obmen_response_cache_total', '', ['result']).get();
  const of = (result: string) => values.find((v) => v.labels.result === result)?.value ?? 0;
  return { hit: of('hit'), miss: of('miss') };
}

let first: TestServer;
let slug: string;
let practiceId: string;

const editor = () => first.as(UserRole.EDITOR);

async function practiceVersion(): Promise<number> {
  const data = await (
    await editor()
  ).ok<{ practice: { version: number } }>('query($id: ID!) { practice(id: $id) { version } }', {
    id: practiceId,
  });
  return data.practice.version;
}

async function retitle(bg: string, server: TestServer = first) {
  const client = await server.as(UserRole.EDITOR);
  await client.ok('mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { id } }', {
    input: { id: practiceId, version: await practiceVersion(), title: { bg } },
  });
}

beforeAll(async () => {
  first = await startTestServer({ demo: true });
  const page = await first.ok<{ practices: { edges: { node: { id: string; slug: string } }[] } }>(
    '{ practices(first: 1) { edges { node { id slug } } } }',
  );
  ({ id: practiceId, slug } = page.practices.edges[0].node);
});
afterAll(() => first?.stop());

describe('the response cache', () => {
  it('serves a repeated GET from the cache, with the same answer, and counts both on /metrics', async () => {
    const before = await lookups();
    const miss = await read(first, QUERY, { slug });
    expect(miss.cache).toBe('MISS');
    const hit = await readUntilHit(first, QUERY, { slug });
    expect(hit.body).toEqual(miss.body);
    const after = await lookups();
    expect(after.hit - before.hit).toBe(1);
    expect(after.miss - before.miss).toBeGreaterThanOrEqual(1);
  });

  it('does not send a server the body of a copy it already holds', async () => {
    const answers = new DatabaseAnswers(first.obmen.database.dataSource, 60);
    const { epoch } = (await answers.lookup('stamp-test'))!;
    const kept = await answers.store('stamp-test', '{"a":1}', ['Theme:*'], epoch);
    expect(kept?.stamp).toMatch(/^[0-9a-f]{16}$/);
    expect(await answers.lookup('stamp-test', kept!.stamp!)).toEqual({
      epoch,
      stamp: kept!.stamp,
      body: null,
    });
    expect((await answers.lookup('stamp-test'))!.body).toBe('{"a":1}');
    expect((await answers.lookup('stamp-test', '0000000000000000'))!.body).toBe('{"a":1}');
  });

  it('drops an answer, and the lists showing its practice, when the practice is updated', async () => {
    await readUntilHit(first, QUERY, { slug });
    await readUntilHit(first, LIST);
    await retitle('Ново заглавие от кеша');
    const fresh = await read(first, QUERY, { slug });
    expect(fresh.cache).toBe('MISS');
    expect(fresh.body.data!.practice.title).toBe('Ново заглавие от кеша');
    expect((await read(first, LIST)).cache).toBe('MISS');
  });

  it('keeps answers a draft cannot change, and drops lists when a practice is published', async () => {
    await readUntilHit(first, LIST);
    const client = await first.as(UserRole.ADMIN);
    const created = await client.ok<{ createPractice: { id: string; version: number } }>(
      'mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id version } }',
      { input: { title: { bg: 'Чернова за кеша' } } },
    );
    expect((await read(first, LIST)).cache).toBe('HIT');
    await client.ok('mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { id } }', {
      input: { id: created.createPractice.id, version: created.createPractice.version, status: 'PUBLISHED' },
    });
    expect((await read(first, LIST)).cache).toBe('MISS');
  });

  it('drops a practice answer when a nomination of it is approved', async () => {
    const before = await readUntilHit(first, QUERY, { slug });
    const { dataSource } = first.obmen.database;
    const nomination = await dataSource.getRepository(Nomination).save({
      practiceId,
      nominatorName: 'Кеш',
      nominatorEmail: 'cache@test.example',
    });
    await first.obmen.services.moderation.moderate(
      { ids: [nomination.id], decision: 'APPROVE' } as never,
      systemActor('test'),
    );
    const after = await read(first, QUERY, { slug });
    expect(after.cache).toBe('MISS');
    expect(after.body.data!.practice.nominationCount).toBe(before.body.data!.practice.nominationCount + 1);
  });

  it('keeps a partner token to itself, and never caches POST, signed-in or failed reads', async () => {
    const partner = await first.headersFor('partner');
    const query = 'query Org($slug: String!) { practice(slug: $slug) { id slug } }';
    await readUntilHit(first, query, { slug });
    expect((await read(first, query, { slug }, partner)).cache).toBe('MISS');
    await readUntilHit(first, query, { slug }, partner);

    const staff = { ...(await first.headersFor(UserRole.ADMIN)), 'apollo-require-preflight': '1' };
    expect((await read(first, query, { slug }, staff)).cache).toBeNull();

    const post = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { slug } }),
    });
    expect(post.headers.get(CACHE_HEADER)).toBeNull();

    const failing = 'query Missing { practice(slug: 1) { id } }';
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await read(first, failing)).cache).not.toBe('HIT');
  });

  it('finds an answer by the hash of its persisted query too', async () => {
    const hash = createHash('sha256').update(LIST).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
    await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LIST, extensions: JSON.parse(extensions) }),
    });
    const url = `${first.url}/graphql?${new URLSearchParams({ extensions })}`;
    let cache: string | null = null;
    for (let attempt = 0; attempt < 40 && cache !== 'HIT'; attempt += 1) {
      cache = (await fetch(url)).headers.get(CACHE_HEADER);
      if (cache !== 'HIT') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(cache).toBe('HIT');
  });
});

(process.env.TEST_DATABASE_URL ? describe : describe.skip)('two servers on one PostgreSQL', () => {
  let second: TestServer;
  beforeAll(async () => {
    second = await startTestServer({ database: first.databaseConfig });
  });
  afterAll(() => second?.stop());

  it('share the cached answers, and both drop one when its practice is updated on either', async () => {
    const cached = await readUntilHit(first, QUERY, { slug });
    // The other server reads the same table: its very first read is a hit.
    const there = await read(second, QUERY, { slug });
    expect(there.cache).toBe('HIT');
    expect(there.body).toEqual(cached.body);
    await retitle('Заглавие от втория сървър', second);
    // The first read after the update runs afresh; the other server then shares its new answer.
    const fresh = await read(first, QUERY, { slug });
    expect(fresh.cache).toBe('MISS');
    expect(fresh.body.data!.practice.title).toBe('Заглавие от втория сървър');
    const shared = await readUntilHit(second, QUERY, { slug });
    expect(shared.body).toEqual(fresh.body);
  });
});
