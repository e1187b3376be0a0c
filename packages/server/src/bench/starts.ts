import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Seconds to `/ready`: a warm restart of the README's start on PGlite, a built server on PostgreSQL. */
export interface StartTimes {
  /** `npm start` (tools/start.mjs: nothing to build) on a PGlite folder with the demo content. */
  pgliteRestart: number[];
  /** `node dist/main.js` on the benchmark's PostgreSQL database. */
  postgresStart: number[];
}

const RUNS = 3;
/** The repository: this file is packages/server/dist/bench/starts.js. */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const SERVER = path.join(ROOT, 'packages', 'server');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

async function ready(port: number, child: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it was ready`);
    const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the server was not ready in time');
}

/** Starts `command` in a process group of its own, times it to /ready, stops the group. */
async function timeStart(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const port = await freePort();
  const started = process.hrtime.bigint();
  const child = spawn(command, args, {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      ...env,
      PORT: String(port),
    },
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    // A first start may build the admin (minutes on a cold checkout): not timed, but bounded.
    await ready(port, child, Date.now() + 600_000);
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    // npm does not pass a signal on to its script: stop the whole group, as Ctrl-C does.
    process.kill(-child.pid!, 'SIGINT');
    await exited;
  }
}

export async function measureStarts(postgresUrl: string, log: (line: string) => void): Promise<StartTimes> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'obmen-bench-start-'));
  try {
    const pglite = { OBMEN_DATA_DIR: dataDir, OBMEN_DEMO: 'true', DATABASE_URL: '' };
    log('  first start on PGlite (builds what changed, loads the demo content; not timed)…');
    await timeStart('npm', ['start'], ROOT, pglite);
    const pgliteRestart: number[] = [];
    for (let i = 0; i < RUNS; i++) pgliteRestart.push(await timeStart('npm', ['start'], ROOT, pglite));
    const postgres = {
      NODE_ENV: 'production',
      DATABASE_URL: postgresUrl,
      OBMEN_DEMO: 'false',
      OBMEN_PUBLISH_INTERVAL: '0',
    };
    const postgresStart: number[] = [];
    for (let i = 0; i < RUNS; i++)
      postgresStart.push(await timeStart(process.execPath, ['dist/main.js'], SERVER, postgres));
    return { pgliteRestart, postgresStart };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const seconds = (values: number[]) => values.map((v) => v.toFixed(2)).join(', ');

export function formatStarts(starts: StartTimes): string {
  return [
    `Start to /ready (s): warm restart on PGlite with the demo content (npm start) ${seconds(starts.pgliteRestart)}`,
    `                     built server on PostgreSQL (node dist/main.js) ${seconds(starts.postgresStart)}`,
  ].join('\n');
}
