#!/usr/bin/env node
/**
 * `pnpm dev`: the server in watch mode and the admin's Vite dev server together.
 *
 *   - `tsc -w` compiles the server on each change; once its first pass is written,
 *     `node --watch dist/main.js` starts, and restarts on each later change of that output;
 *   - Vite serves the admin with hot reload at :5173, forwarding /graphql etc. to the server.
 *
 * One Ctrl-C stops all three: each runs in a process group of its own, so the terminal's SIGINT
 * reaches only this script, which sends one SIGINT to each (the server's second signal would
 * mean "exit without waiting") and exits 0 once they are gone — pnpm then prints no failure.
 * A second Ctrl-C, or a stop past STOP_MS, kills them.
 *
 * DEV_COMMANDS (a JSON array of [name, command, ...args]) replaces the three, for tools/dev-selftest.mjs.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, 'packages/server');
const admin = path.join(root, 'packages/admin');
const bin = (dir, name) => path.join(dir, 'node_modules/.bin', name);
const STOP_MS = 15_000;
const ADMIN_URL = 'http://localhost:5173/';

function commands() {
  if (process.env.DEV_COMMANDS)
    return JSON.parse(process.env.DEV_COMMANDS).map(([name, ...cmd]) => ({ name, cmd }));
  const port = process.env.PORT ?? '4000';
  return [
    {
      name: 'tsc',
      cmd: [bin(server, 'tsc'), '-p', 'tsconfig.build.json', '-w', '--preserveWatchOutput'],
      cwd: server,
    },
    {
      name: 'server',
      // Started once tsc's first pass has written dist/ (a start before it would restart at
      // once); then restarted on each later change of that output. Pretty logs: its output
      // reaches the terminal.
      after: { name: 'tsc', output: /Watching for file changes/ },
      cmd: [process.execPath, '--watch-path=dist', '--watch-preserve-output', 'dist/main.js'],
      cwd: server,
      env: { LOG_PRETTY: process.env.LOG_PRETTY ?? '1', OBMEN_DEV_ADMIN_URL: ADMIN_URL },
    },
    // --strictPort: the banner's admin URL must be where Vite is, not the next free port.
    {
      name: 'vite',
      cmd: [bin(admin, 'vite'), '--strictPort'],
      cwd: admin,
      env: { OBMEN_API_URL: `http://localhost:${port}` },
    },
  ];
}

const children = [];
let stopping = false;

function start({ name, cmd, cwd = root, env = {} }, waiters) {
  const child = spawn(cmd[0], cmd.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    // Piped only when another waits for its output.
    stdio: ['ignore', waiters.length ? 'pipe' : 'inherit', 'inherit'],
    // A process group of its own: the terminal's Ctrl-C is not delivered to it directly.
    detached: true,
  });
  child.name = name;
  child.done = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  children.push(child);
  child.stdout?.on('data', (chunk) => {
    process.stdout.write(chunk);
    for (const waiter of [...waiters])
      if (waiter.after.output.test(chunk.toString())) {
        waiters.splice(waiters.indexOf(waiter), 1);
        if (!stopping) start(waiter, []);
      }
  });
  // A child that ends on its own (a crash, a port in use) ends the others: say which, and fail.
  child.done.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`obmen dev: ${name} exited (${signal ?? `code ${code}`}); stopping the others`);
    stop(code || 1);
  });
}

const all = commands();
for (const command of all)
  if (!command.after)
    start(
      command,
      all.filter((other) => other.after?.name === command.name),
    );

/**
 * SIGINT to each child itself, once: node --watch passes it on to the server it runs (a second
 * one sent to its whole group would reach the server twice). SIGKILL goes to the whole group.
 */
function signalAll(signal) {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(signal === 'SIGKILL' ? -child.pid : child.pid, signal);
      } catch {
        // Already gone.
      }
    }
}

async function stop(exitCode) {
  if (stopping) {
    signalAll('SIGKILL');
    process.exit(exitCode);
  }
  stopping = true;
  signalAll('SIGINT');
  const overrun = setTimeout(() => {
    console.error(`obmen dev: still running after ${STOP_MS / 1000} s; killing`);
    signalAll('SIGKILL');
  }, STOP_MS);
  await Promise.all(children.map((child) => child.done));
  clearTimeout(overrun);
  process.exit(exitCode);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('SIGHUP', () => stop(0));
