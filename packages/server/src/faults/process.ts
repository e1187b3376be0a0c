import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

/** The built server, as `pnpm start` runs it (the suite's script builds first). */
const MAIN = path.resolve(__dirname, '../../dist/main.js');

export const ADMIN = { email: 'faults-admin@obmen.example', password: 'faults-admin-password-1' };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds or `ms` pass; returns how long it took, or null. */
export async function within(ms: number, check: () => Promise<boolean>, every = 100): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check().catch(() => false)) return Date.now() - started;
    await sleep(every);
  }
  return null;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  output(): string;
}

/** Starts `node dist/main.js` on loopback with the given database settings. */
export function startServerProcess(env: Record<string, string>, port: number): ServerProcess {
  const child = spawn(process.execPath, [MAIN], {
    cwd: path.resolve(__dirname, '../..'),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      OBMEN_DEMO: 'false',
      OBMEN_PUBLISH_INTERVAL: '0',
      OBMEN_ADMIN_EMAIL: ADMIN.email,
      OBMEN_ADMIN_PASSWORD: ADMIN.password,
      OBMEN_SECRET: 'fault-suite-secret-not-for-production',
      // The load's public readers outrun the per-address quota in seconds, and the count outlives a
      // restart (it is in the database): a fault's own checks would then read 429s, not the fault.
      // F4 turns the quota back on: the flood is about limits.
      OBMEN_PUBLIC_QUOTA_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { url: `http://127.0.0.1:${port}`, child, exited, output: () => output };
}

/** Waits until `/ready` says 200, or fails with the server's output. */
export async function waitReady(server: ServerProcess, ms = 60_000): Promise<number> {
  let ended = false;
  void server.exited.then(() => (ended = true));
  const took = await within(ms, async () => {
    if (ended) throw new Error('exited');
    return (await fetch(`${server.url}/ready`)).status === 200;
  });
  if (took === null || ended) throw new Error(`The server did not become ready:\n${server.output()}`);
  return took;
}

export async function stopProcess(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const done = await Promise.race([server.exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!done) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}
