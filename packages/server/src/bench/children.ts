import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A server the bench started as its own process: Obmen or the limit. */
export interface Child {
  name: string;
  pid: number;
  base: string;
  stop(): Promise<void>;
}

/** dist/ of the server package: this file is dist/bench/children.js. */
const DIST = path.resolve(__dirname, '..');

function waitForPort(child: ChildProcess, name: string, pattern: RegExp): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`${name} exited (${code}) before listening:\n${output.slice(-2000)}`)),
    );
  });
}

async function start(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  pattern: RegExp,
  flags: string[] = [],
): Promise<Child> {
  const child = spawn(process.execPath, [...flags, path.join(DIST, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await waitForPort(child, name, pattern);
  // Keep reading so a chatty child never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      // A server that dies under load is a finding: say so where the run's output is read.
      if (!stopping) process.stderr.write(`[${name}] exited unexpectedly (code ${code}, signal ${signal})\n`);
      resolve();
    }),
  );
  return {
    name,
    pid: child.pid!,
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** `node dist/main.js` in production mode, as it would run for a partner: PostgreSQL or a PGlite folder. */
export function startObmenProcess(database: { url: string } | { dataDir: string }): Promise<Child> {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: '0',
    HOST: '127.0.0.1',
    OBMEN_DEMO: 'false',
    OBMEN_PUBLISH_INTERVAL: '0',
    // No background statements in the counted windows: the import worker's polling off.
    OBMEN_IMPORT_POLL_SECONDS: '0',
    // The read path is what is measured: request quotas off (each would add a counted write).
    OBMEN_PUBLIC_QUOTA_PER_MINUTE: '0',
    OBMEN_TOKEN_QUOTA_PER_MINUTE: '0',
    OBMEN_TOKEN_QUOTA_PER_DAY: '0',
    DATABASE_URL: 'url' in database ? database.url : '',
    OBMEN_DATA_DIR: 'dataDir' in database ? database.dataDir : undefined,
  };
  // The heap cap every start command gives it (tools/start.mjs, the Dockerfile).
  return start('obmen', 'main.js', env, /GraphQL: http:\/\/[^:]+:(\d+)\/graphql/, [
    '--max-old-space-size=384',
  ]);
}

/** Express + Apollo with Obmen's schema and the limit's answers (floor-server.ts), heap capped as Obmen's. */
export function startFloorProcess(url: string): Promise<Child> {
  return start(
    'floor',
    'bench/floor-server.js',
    { DATABASE_URL: url, PORT: '0', NODE_ENV: 'production' },
    /listening (\d+)/,
    ['--max-old-space-size=384'],
  );
}

export function startLimitProcess(url: string): Promise<Child> {
  return start('limit', 'bench/limit-server.js', { DATABASE_URL: url, PORT: '0' }, /listening (\d+)/);
}

/** Resident memory of a process in bytes (Linux); 0 where /proc is not there. */
export function residentBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
