#!/usr/bin/env node
/**
 * The production bundle, run as the Dockerfile runs it, without Docker: `pnpm deploy --prod`
 * of the server plus the admin's and the developer page's dist (the Dockerfile's build steps,
 * after `pnpm -r build`), then `node dist/main.js` in it as an unprivileged user (nobody, when
 * this runs as root, as CI does) with NODE_ENV=production, once on the embedded database in a
 * fresh data folder that user owns, once on a throwaway PostgreSQL database (PG_ADMIN_URL,
 * default postgres://postgres@127.0.0.1:5432/test; dropped after). Each run must answer /ready,
 * serve the admin's index.html at /, the developer page at /developers, and the demo content
 * over GraphQL. One bundle for both runs; every wait is bounded.
 *
 * `--node-lines 22,24`: the bundle also runs on the embedded database under each of those Node.js
 * LTS lines (the newest release of each, the official binaries the npm registry carries as
 * `node-<platform>-<arch>`), so the lines `engines` promises are each started, served and
 * stopped, not only the one this machine has.
 *
 *   node tools/deploy-bundle-test.mjs [--skip-postgres] [--node-lines 22,24]
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = ['npx', '-y', 'pnpm@10.34.9'];
const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const READY_MS = 90_000;
const REQUEST_MS = 10_000;
const asRoot = process.getuid?.() === 0;
/** nobody/nogroup on Debian: a user that owns nothing of the bundle but may read it. */
const RUN_AS = { uid: 65534, gid: 65534, name: 'nobody' };

/** Thrown, not exited: the cleanup below (the server, the throwaway database) still runs. */
function fail(message, detail = '') {
  throw new Error(`${message}${detail ? `\n--- server output ---\n${detail}` : ''}`);
}

function step(message) {
  console.log(`deploy bundle: ${message}`);
}

function buildBundle(work) {
  for (const dist of [
    'packages/server/dist/main.js',
    'packages/admin/dist/index.html',
    'packages/developers/dist',
  ])
    if (!existsSync(path.join(root, dist))) fail(`${dist} is missing: run \`pnpm -r build\` first`);
  const out = path.join(work, 'out');
  step(`pnpm deploy --prod into ${out}`);
  try {
    execFileSync(
      PNPM[0],
      [...PNPM.slice(1), '--filter', '@obmen/server', 'deploy', '--prod', '--legacy', out],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 300_000,
      },
    );
  } catch (error) {
    fail('pnpm deploy failed', `${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  // As the Dockerfile: cp -r packages/admin/dist /out/admin-dist, and the developers' likewise.
  execFileSync('cp', ['-r', path.join(root, 'packages/admin/dist'), path.join(out, 'admin-dist')]);
  execFileSync('cp', ['-r', path.join(root, 'packages/developers/dist'), path.join(out, 'developers-dist')]);
  return out;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The Node.js binary the bundle runs on: this one, or another LTS line's (`--node-lines`). */
let nodeBinary = process.execPath;

/** `node …args` as the unprivileged user (setpriv when this runs as root). */
function asUser(args) {
  return asRoot
    ? [
        'setpriv',
        [`--reuid=${RUN_AS.uid}`, `--regid=${RUN_AS.gid}`, '--clear-groups', '--', nodeBinary, ...args],
      ]
    : [nodeBinary, args];
}

/** The newest release of Node.js `major` for this machine, unpacked in `dir`: its binary. */
function fetchNode(major, dir) {
  const folder = ownedFolder(path.join(dir, `node-${major}`));
  const pkg = `node-${process.platform}-${process.arch}@${major}`;
  let packed;
  try {
    packed = JSON.parse(
      execFileSync('npm', ['pack', pkg, '--json', '--silent', '--pack-destination', folder], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 300_000,
      }),
    )[0];
  } catch (error) {
    fail(`npm pack ${pkg} failed`, `${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  execFileSync('tar', ['xzf', path.join(folder, packed.filename), '-C', folder, 'package/bin/node']);
  const binary = path.join(folder, 'package', 'bin', 'node');
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith(`v${major}.`)) fail(`${pkg} gave Node.js ${version}`);
  return { binary, version };
}

const lines = (() => {
  const at = process.argv.indexOf('--node-lines');
  return at < 0
    ? []
    : process.argv[at + 1]
        .split(',')
        .map((major) => major.trim())
        .filter(Boolean);
})();

/** Only what the image sets, plus the run's own: nothing from this shell's development setup. */
function bundleEnv(out, env) {
  return {
    PATH: process.env.PATH,
    HOME: '/nonexistent',
    NODE_ENV: 'production',
    OBMEN_ADMIN_DIR: path.join(out, 'admin-dist'),
    OBMEN_DEVELOPERS_DIR: path.join(out, 'developers-dist'),
    OBMEN_DEMO: 'true',
    OBMEN_SECRET: 'deploy-bundle-test-secret-not-for-production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    ...env,
  };
}

/** Starts the bundle's server as the unprivileged user; its output is kept for a failure report. */
function startServer(out, env) {
  const [command, args] = asUser(['--max-old-space-size=384', 'dist/main.js']);
  const child = spawn(command, args, {
    cwd: out,
    env: bundleEnv(out, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => Buffer.concat(output).toString() };
}

async function request(url, init = {}) {
  return fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_MS) });
}

async function waitReady(base, server) {
  const deadline = Date.now() + READY_MS;
  let exit = null;
  server.exited.then((e) => (exit = e));
  while (Date.now() < deadline) {
    if (exit)
      fail(
        `the server exited before it was ready (code ${exit.code}, signal ${exit.signal})`,
        server.output(),
      );
    try {
      if ((await request(`${base}/ready`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`no /ready within ${READY_MS / 1000} s`, server.output());
}

/** What a user and a partner would see first: the admin, the developer page, the demo practices. */
async function checkServer(base, server) {
  const index = await request(`${base}/`);
  const html = await index.text();
  // The admin's index.html, each page with its own CSP nonce in place of the placeholder.
  const [before, after] = readFileSync(path.join(root, 'packages/admin/dist/index.html'), 'utf8').split(
    '__CSP_NONCE__',
  );
  if (!index.ok || !html.startsWith(before) || !html.endsWith(after ?? ''))
    fail(`/ answered ${index.status} without the admin's index.html`, server.output());
  const developers = await request(`${base}/developers`);
  if (!developers.ok || !/<html/i.test(await developers.text()))
    fail(`/developers answered ${developers.status}`, server.output());
  const graphql = await request(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ practices { totalCount } }' }),
  });
  const body = await graphql.json().catch(() => null);
  const total = body?.data?.practices?.totalCount;
  if (!graphql.ok || !(total > 0))
    fail(`GraphQL answered ${graphql.status}: ${JSON.stringify(body)}`, server.output());
  return total;
}

/** SIGTERM as `docker stop` sends it; the answer is the exit, bounded by a SIGKILL. */
async function stopServer(server) {
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  const exit = await server.exited;
  clearTimeout(timer);
  return exit;
}

/** `obmen <args>` from the bundle as the unprivileged user: its exit status and output. */
function obmen(out, env, args) {
  const [command, commandArgs] = asUser(['dist/cli.js', ...args]);
  const result = spawnSync(command, commandArgs, {
    cwd: out,
    env: bundleEnv(out, env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function runOnce(label, out, env, whileRunning = () => undefined) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  step(`${label}: starting as ${asRoot ? RUN_AS.name : 'the current (non-root) user'} on port ${port}`);
  const server = startServer(out, { PORT: String(port), ...env });
  let total;
  try {
    await waitReady(base, server);
    total = await checkServer(base, server);
    whileRunning();
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  const { code, signal } = await stopServer(server);
  if (code !== 0)
    fail(`it did not stop cleanly on SIGTERM (code ${code}, signal ${signal})`, server.output());
  step(`${label}: /, /developers and GraphQL answered (${total} practices); stopped cleanly`);
  return total;
}

/** A folder the unprivileged user owns, as the image's /data is the node user's. */
function ownedFolder(dir) {
  mkdirSync(dir, { recursive: true });
  if (asRoot) chownSync(dir, RUN_AS.uid, RUN_AS.gid);
  return dir;
}

function psql(sql) {
  execFileSync('psql', [PG_ADMIN_URL, '-qc', sql], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
}

const work = mkdtempSync(path.join(tmpdir(), 'obmen-deploy-'));
// mkdtemp makes it private to its owner: the unprivileged user must reach the bundle inside.
chmodSync(work, 0o755);
const database = `obmen_deploy_${process.pid}`;
let created = false;
try {
  const out = buildBundle(work);
  // /data of the image: the embedded database in data/db (its lock beside it), documents in data/attachments.
  const data = ownedFolder(path.join(work, 'data'));
  const embeddedEnv = {
    OBMEN_DATA_DIR: path.join(data, 'db'),
    OBMEN_ATTACHMENTS_DIR: path.join(data, 'attachments'),
  };
  const backups = ownedFolder(path.join(work, 'backups'));
  const archive = path.join(backups, 'obmen.tar.gz');
  const embedded = await runOnce('embedded PGlite', out, embeddedEnv, () => {
    // The running server takes the backup itself (the command asks it over the data folder's
    // socket); a restore over the folder it holds is refused, in words.
    const live = obmen(out, embeddedEnv, ['backup', archive]);
    if (live.status !== 0) fail('obmen backup beside the running server failed', live.output);
    const refused = obmen(out, embeddedEnv, ['restore', archive, '--force']);
    if (
      refused.status === 0 ||
      !/in use by another Obmen process: stop that server first/.test(refused.output)
    )
      fail(
        `obmen restore over the running server's folder was not refused (exit ${refused.status})`,
        refused.output,
      );
  });
  if (!existsSync(path.join(data, 'db', 'PG_VERSION'))) fail(`no database was written in ${data}/db`);
  // The server stopped, the command takes the folder's lock and backs up itself.
  const stopped = obmen(out, embeddedEnv, ['backup', path.join(backups, 'stopped.tar.gz')]);
  if (stopped.status !== 0) fail('obmen backup of the stopped server failed', stopped.output);
  // The operator's restore, as the image's user: the folder restored from the backup taken while
  // the server ran, without demo loading (an empty database would show no practices), serves the
  // same practices.
  const copy = ownedFolder(path.join(work, 'restored'));
  const copyEnv = {
    OBMEN_DATA_DIR: path.join(copy, 'db'),
    OBMEN_ATTACHMENTS_DIR: path.join(copy, 'attachments'),
  };
  const restore = obmen(out, copyEnv, ['restore', archive]);
  if (restore.status !== 0) fail('obmen restore failed', restore.output);
  const fromBackup = await runOnce('embedded PGlite, restored from obmen backup', out, {
    ...copyEnv,
    OBMEN_DEMO: 'false',
  });
  if (fromBackup !== embedded)
    fail(`the restored database has ${fromBackup} practices, the original ${embedded}`);
  if (!process.argv.includes('--skip-postgres')) {
    psql(`CREATE DATABASE ${database}`);
    created = true;
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${database}`;
    const postgres = await runOnce('PostgreSQL', out, {
      DATABASE_URL: url.toString(),
      OBMEN_ATTACHMENTS_DIR: path.join(ownedFolder(path.join(work, 'pg-data')), 'attachments'),
    });
    if (postgres !== embedded)
      fail(`PostgreSQL has ${postgres} demo practices, the embedded database ${embedded}`);
  }
  for (const major of lines) {
    const { binary, version } = fetchNode(major, work);
    nodeBinary = binary;
    const folder = ownedFolder(path.join(work, `data-node-${major}`));
    const lineEnv = {
      OBMEN_DATA_DIR: path.join(folder, 'db'),
      OBMEN_ATTACHMENTS_DIR: path.join(folder, 'attachments'),
    };
    const total = await runOnce(`embedded PGlite on Node.js ${version}`, out, lineEnv, () => {
      const live = obmen(out, lineEnv, ['backup', path.join(backups, `node-${major}.tar.gz`)]);
      if (live.status !== 0) fail(`obmen backup on Node.js ${version} failed`, live.output);
    });
    if (total !== embedded)
      fail(`Node.js ${version} served ${total} demo practices, Node.js ${process.version} ${embedded}`);
    nodeBinary = process.execPath;
  }
  step('passed');
} catch (error) {
  console.error(`deploy bundle: FAILED — ${error.message}`);
  process.exitCode = 1;
} finally {
  if (created) psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  rmSync(work, { recursive: true, force: true });
}
