import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { codesOf, gql, Load, signIn, stored } from './client';
import { nominationFlood } from './flood';
import { PrivatePostgres } from './private-postgres';
import {
  freePort,
  type ServerProcess,
  sleep,
  startServerProcess,
  stopProcess,
  waitReady,
  within,
} from './process';
import { type FaultRow, printTable } from './report';

/**
 * The fault suite (README "Security and failure"): the real server, built, as a process, driven
 * through faults a machine meets. `TEST_DATABASE_URL` set: PostgreSQL faults, on a private
 * cluster of the suite's own (the shared server is never stopped); unset: embedded PGlite.
 * Every loop is bounded; all traffic is on loopback.
 */
const MODE = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
const rows: FaultRow[] = [];
let cluster: PrivatePostgres | null = null;
const cleanups: (() => void)[] = [];

async function database(name: string): Promise<Record<string, string>> {
  if (!cluster) {
    const folder = mkdtempSync(path.join(tmpdir(), `obmen-faults-${name}-`));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    return { OBMEN_DATA_DIR: folder };
  }
  const admin = new PgClient({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return { DATABASE_URL: cluster.url.replace(/\/postgres$/, `/${name}`) };
}

async function start(env: Record<string, string>, extra: Record<string, string> = {}) {
  const server = startServerProcess({ ...env, ...extra }, await freePort());
  await waitReady(server);
  return server;
}

beforeAll(async () => {
  if (MODE === 'postgres') {
    cluster = new PrivatePostgres(await freePort());
    cluster.init();
    cluster.start();
  }
});

afterAll(() => {
  cluster?.destroy();
  for (const cleanup of cleanups) cleanup();
  printTable(MODE, rows);
});

const onPostgres = MODE === 'postgres' ? it : it.skip;
const onPGlite = MODE === 'pglite' ? it : it.skip;

describe(`faults (${MODE})`, () => {
  onPostgres(
    'F1: the database stopped for 10 s under load — the server lives, /ready is 503, back within 10 s, nothing acknowledged lost',
    async () => {
      const env = await database('f1');
      const server = await start(env);
      try {
        const staff = await signIn(server.url);
        const load = new Load(() => server.url, staff, 'F1');
        load.start();
        await sleep(2000);
        cluster!.stop('immediate');
        const down = Date.now();
        let probes = 0;
        let unready = 0;
        let slowest = 0;
        while (Date.now() - down < 10_000) {
          const asked = Date.now();
          const status = await fetch(`${server.url}/ready`, { signal: AbortSignal.timeout(5000) }).then(
            (r) => r.status,
            () => 0,
          );
          slowest = Math.max(slowest, Date.now() - asked);
          probes += 1;
          if (status === 503) unready += 1;
          await sleep(250);
        }
        cluster!.start();
        const back = await within(
          10_000,
          async () => (await gql(server.url, '{ practices(first: 1) { totalCount } }')).status === 200,
        );
        await sleep(1000);
        await load.stop();
        expect(server.child.exitCode).toBeNull();
        const found = await stored(server.url, staff, load.acked);
        const lost = load.acked.size - found.size;
        rows.push({
          fault: 'F1 database down 10 s',
          tried: load.writes + load.reads,
          held: found.size,
          lost,
          detail: `/ready 503 ${unready}/${probes} (slowest ${slowest} ms); first 2xx ${back ?? '—'} ms after restart`,
        });
        expect(unready).toBe(probes);
        expect(slowest).toBeLessThan(1500);
        expect(back).not.toBeNull();
        expect(load.acked.size).toBeGreaterThan(0);
        expect(lost).toBe(0);
      } finally {
        await stopProcess(server);
      }
    },
  );

  onPostgres(
    'F2: a held row lock — writes to it fail within 5 s with a coded error, other reads go on',
    async () => {
      const env = await database('f2');
      const server = await start(env);
      const holder = new PgClient({ connectionString: env.DATABASE_URL });
      try {
        const staff = await signIn(server.url);
        const create = `mutation($t: String!) { createPractice(input: { title: { bg: $t }, status: PUBLISHED }) { id version } }`;
        const a = (await gql(server.url, create, { t: 'Заключена' }, staff)).body?.data?.createPractice;
        const b = (await gql(server.url, create, { t: 'Свободна' }, staff)).body?.data?.createPractice;
        await holder.connect();
        await holder.query('BEGIN');
        await holder.query('SELECT id FROM practice WHERE id = $1 FOR UPDATE', [a.id]);
        const update = `mutation($id: ID!, $v: Int!) { updatePractice(input: { id: $id, version: $v, title: { bg: "Нова" } }) { id } }`;
        const timedWrite = async () => {
          const asked = Date.now();
          const reply = await gql(server.url, update, { id: a.id, v: a.version }, staff, 20_000);
          return { codes: codesOf(reply), ms: Date.now() - asked };
        };
        const read = `query($id: ID!) { practice(id: $id) { title } }`;
        const [writes, reads] = await Promise.all([
          Promise.all(Array.from({ length: 15 }, timedWrite)),
          (async () => {
            let ok = 0;
            for (let i = 0; i < 20; i += 1) {
              const reply = await gql(server.url, read, { id: b.id }, {}, 5000);
              if (reply.body?.data?.practice?.title === 'Свободна') ok += 1;
            }
            return ok;
          })(),
        ]);
        await holder.query('ROLLBACK');
        const coded = writes.filter(
          (w) => w.codes.length === 1 && ['TIMEOUT', 'SERVICE_UNAVAILABLE'].includes(w.codes[0]),
        );
        const slowest = Math.max(...writes.map((w) => w.ms));
        const title = (await gql(server.url, read, { id: a.id })).body?.data?.practice?.title;
        rows.push({
          fault: 'F2 row lock held',
          tried: writes.length + 20,
          held: reads,
          lost: 0,
          detail: `${coded.length}/${writes.length} writes refused with a code, slowest ${slowest} ms; ${reads}/20 other reads served; row unchanged: ${title === 'Заключена'}`,
        });
        expect(coded.length).toBe(writes.length);
        expect(slowest).toBeLessThan(5000);
        expect(reads).toBe(20);
        expect(title).toBe('Заключена');
      } finally {
        await holder.end().catch(() => undefined);
        await stopProcess(server);
      }
    },
  );

  it('F3: SIGTERM under load — exit 0 within 10 s, nothing acknowledged lost, the embedded folder clean', async () => {
    const env = await database('f3');
    let server: ServerProcess = await start(env);
    const staff = await signIn(server.url);
    const load = new Load(() => server.url, staff, 'F3');
    load.start();
    await sleep(2500);
    const asked = Date.now();
    server.child.kill('SIGTERM');
    const code = await Promise.race([server.exited, sleep(15_000).then(() => 'hung')]);
    const took = Date.now() - asked;
    await load.stop();
    if (code === 'hung') server.child.kill('SIGKILL');
    const clean = env.OBMEN_DATA_DIR ? cleanlyClosed(env.OBMEN_DATA_DIR) : true;
    server = await start(env);
    try {
      const found = await stored(server.url, await signIn(server.url), load.acked);
      const lost = load.acked.size - found.size;
      rows.push({
        fault: 'F3 SIGTERM under load',
        tried: load.writes + load.reads,
        held: found.size,
        lost,
        detail: `exit ${code} after ${took} ms${env.OBMEN_DATA_DIR ? `; folder shut down cleanly: ${clean}` : ''}`,
      });
      expect(code).toBe(0);
      expect(took).toBeLessThan(10_000);
      expect(clean).toBe(true);
      expect(load.acked.size).toBeGreaterThan(0);
      expect(lost).toBe(0);
    } finally {
      await stopProcess(server);
    }
  });

  it('F4: a nomination flood — nothing beyond the limits is stored', async () => {
    const env = await database('f4');
    const server = await start(env, {
      TRUST_PROXY: '1',
      OBMEN_ALTCHA_MAX_NUMBER: '2000',
      OBMEN_PUBLIC_QUOTA_PER_MINUTE: '300',
    });
    try {
      const result = await nominationFlood(server.url, await signIn(server.url));
      rows.push({
        fault: 'F4 nomination flood',
        tried: result.tried,
        held: result.storedTotal,
        lost: 0,
        detail: `stored ${result.storedTotal} ≤ ${result.allowedTotal}; replays stored ${result.storedReplays}/100; one person under 50 spellings stored ${result.storedNearDuplicates} ≤ ${result.perEmailLimit}; 5xx ${result.serverErrors}`,
      });
      expect(result.serverErrors).toBe(0);
      expect(result.storedTotal).toBeLessThanOrEqual(result.allowedTotal);
      expect(result.storedReplays).toBe(0);
      expect(result.storedNearDuplicates).toBeLessThanOrEqual(result.perEmailLimit);
    } finally {
      await stopProcess(server);
    }
  });

  onPGlite(
    'F5: five SIGKILLs of the embedded server during writes — it restarts at once with every acknowledged write',
    async () => {
      const env = await database('f5');
      const acked = new Set<string>();
      let tried = 0;
      const restarts: number[] = [];
      for (let round = 0; round < 5; round += 1) {
        const port = await freePort();
        const server = startServerProcess(env, port);
        const asked = Date.now();
        await waitReady(server, 30_000);
        restarts.push(Date.now() - asked);
        const load = new Load(() => server.url, await signIn(server.url), `F5.${round}`);
        load.start(4, 1);
        await sleep(1500);
        server.child.kill('SIGKILL');
        await server.exited;
        await load.stop();
        tried += load.writes + load.reads;
        for (const id of load.acked) acked.add(id);
      }
      const server = await start(env);
      try {
        const found = await stored(server.url, await signIn(server.url), acked);
        const lost = acked.size - found.size;
        rows.push({
          fault: 'F5 SIGKILL ×5 (embedded)',
          tried,
          held: found.size,
          lost,
          detail: `ready again after ${restarts.slice(1).join(', ')} ms`,
        });
        expect(acked.size).toBeGreaterThan(0);
        expect(lost).toBe(0);
        // A dead holder's lock is taken over at once, not after the 15 s staleness period.
        expect(Math.max(...restarts)).toBeLessThan(15_000);
      } finally {
        await stopProcess(server);
      }
    },
  );
});

/**
 * The embedded cluster's control file says it was shut down (DB_SHUTDOWNED = 1), not left
 * "in production" as after a crash; and the data folder lock is released.
 */
function cleanlyClosed(dataDir: string): boolean {
  const control = readFileSync(path.join(dataDir, 'global', 'pg_control'));
  return control.readUInt32LE(16) === 1 && !existsSync(`${dataDir}.lock`);
}
