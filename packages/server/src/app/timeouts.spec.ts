import { Client as PgClient } from 'pg';
import { startTestServer, type TestServer } from '../test/harness';
import { codes } from '../test/expect';

/** Tight bounds, so the test sees them act; production defaults are in config.ts. */
const TIMEOUTS = { statementMs: 2000, lockMs: 1000, poolWaitMs: 1000 };
const onPostgres = !!process.env.TEST_DATABASE_URL;

let server: TestServer;
let a: { id: string; version: number };
let b: { id: string };

const CREATE = `mutation($title: String!) { createPractice(input: { title: { bg: $title }, status: PUBLISHED }) { id version } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $title: String!) {
  updatePractice(input: { id: $id, version: $version, title: { bg: $title } }) { version } }`;
const READ = `query($id: ID!) { practice(id: $id) { title } }`;

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
}

async function ready(): Promise<{ status: number; ms: number }> {
  const { value, ms } = await timed(fetch(`${server.url}/ready`));
  return { status: value.status, ms };
}

beforeAll(async () => {
  server = await startTestServer({ timeouts: TIMEOUTS });
  a = (await server.ok(CREATE, { title: 'Заключена практика' })).createPractice;
  b = (await server.ok(CREATE, { title: 'Свободна практика' })).createPractice;
});
afterAll(() => server.stop());

(onPostgres ? describe : describe.skip)('a row lock held by another client (PostgreSQL)', () => {
  it('fails writes to that row within 5 s with TIMEOUT, while other reads and /ready go on', async () => {
    const url = (server.obmen.database.dataSource.options as { url: string }).url;
    const holder = new PgClient({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM practice WHERE id = $1 FOR UPDATE', [a.id]);
      // More writers than the pool has connections: none may starve the readers.
      const writes = Array.from({ length: 12 }, (_, i) =>
        timed(server.gql(UPDATE, { id: a.id, version: a.version, title: `Опит ${i}` })),
      );
      const read = await timed(server.gql(READ, { id: b.id }));
      expect(read.value.data?.practice?.title).toBe('Свободна практика');
      expect(read.ms).toBeLessThan(5000);
      // With every pooled connection waiting on the lock, /ready may say 503; it always answers.
      const probe = await ready();
      expect([200, 503]).toContain(probe.status);
      expect(probe.ms).toBeLessThan(1500);
      for (const write of await Promise.all(writes)) {
        expect(codes(write.value)).toEqual(['TIMEOUT']);
        expect(JSON.stringify(write.value)).not.toMatch(
          /SELECT |FOR UPDATE|canceling statement|lock timeout/,
        );
        expect(write.ms).toBeLessThan(5000);
      }
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    // Nothing of the refused writes was kept, and the row takes writes again.
    expect((await server.ok(READ, { id: a.id })).practice.title).toBe('Заключена практика');
    const after = await server.ok(UPDATE, { id: a.id, version: a.version, title: 'След' });
    expect(after.updatePractice.version).toBe(a.version + 1);
    expect((await ready()).status).toBe(200);
  });
});

(onPostgres ? describe.skip : describe)('the embedded database held by a long transaction (PGlite)', () => {
  it('answers SERVICE_UNAVAILABLE within the pool wait, and /ready says 503 within a second', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // One session: a transaction that runs long keeps every other request waiting for it.
    const holder = server.obmen.database.dataSource.transaction(() => held);
    try {
      const read = await timed(server.gql(READ, { id: b.id }));
      expect(codes(read.value)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(read.ms).toBeLessThan(5000);
      const probe = await ready();
      expect(probe.status).toBe(503);
      expect(probe.ms).toBeLessThan(1500);
    } finally {
      release();
      await holder;
    }
    expect((await server.ok(READ, { id: b.id })).practice.title).toBe('Свободна практика');
    const status = await ready();
    expect(status.status).toBe(200);
  });
});
