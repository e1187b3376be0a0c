import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ADMIN_DIST, SERVER_DIR, SERVER_LOG, SERVER_MAIN } from './paths.js';

export interface RunningServer {
  url: string;
  /** Where the data lives: `pglite` (a fresh temporary folder) or `postgres` (a fresh database). */
  database: 'pglite' | 'postgres';
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface FreshDatabase {
  env: Record<string, string>;
  kind: RunningServer['database'];
  drop(): Promise<void>;
}

/**
 * A fresh embedded database in a temporary folder; or, when `E2E_DATABASE_URL` (or the CI's
 * `TEST_DATABASE_URL`) names a PostgreSQL server, a throwaway database created next to it.
 */
async function freshDatabase(): Promise<FreshDatabase> {
  const adminUrl = process.env.E2E_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!adminUrl || process.env.E2E_DATABASE === 'pglite') {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'obmen-e2e-'));
    return {
      kind: 'pglite',
      env: { OBMEN_DATA_DIR: dataDir },
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `obmen_e2e_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Uploaded files go to a folder of the run's own, never into the repository.
  const files = await mkdtemp(path.join(os.tmpdir(), 'obmen-e2e-files-'));
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.toString(), OBMEN_ATTACHMENTS_DIR: files },
    drop: async () => {
      await rm(files, { recursive: true, force: true });
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function waitForReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `the server exited with code ${child.exitCode} before it was ready (see ${SERVER_LOG})`,
      );
    }
    try {
      const response = await fetch(`${url}/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server was not ready within ${timeoutMs / 1000} s (see ${SERVER_LOG})`);
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the built server (`packages/server/dist/main.js`) with demo content on a fresh database,
 * serving the built admin (`packages/admin/dist`), and waits for `/ready`.
 */
export async function startServer(): Promise<RunningServer> {
  for (const [what, file] of [
    ['server', SERVER_MAIN],
    ['admin', path.join(ADMIN_DIST, 'index.html')],
  ]) {
    if (!existsSync(file)) {
      throw new Error(`the ${what} is not built (${file} is missing): run \`pnpm -r build\` first`);
    }
  }
  const database = await freshDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  Object.assign(env, database.env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    OBMEN_DEMO: 'true',
    OBMEN_ADMIN_DIR: ADMIN_DIST,
    LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? 'warn',
    // The browser, the server and its database share CI's two cores: production's bounds on
    // database waits would fail slow but healthy requests here (the fault suite tests them).
    OBMEN_POOL_WAIT_MS: '30000',
    OBMEN_STATEMENT_TIMEOUT_MS: '30000',
  });
  const log = createWriteStream(SERVER_LOG);
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: SERVER_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        if (!(await exited(child, 15_000))) {
          child.kill('SIGKILL');
          await exited(child, 5_000);
        }
      }
      log.end();
      await database.drop().catch((error: unknown) => {
        console.error('could not remove the e2e database:', error);
      });
    })());

  try {
    await waitForReady(url, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, database: database.kind, stop };
}
