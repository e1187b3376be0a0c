#!/usr/bin/env node
/**
 * `pnpm start`: builds what changed since the last build, then starts the server.
 *
 * Each package's build leaves a stamp in its dist/: a hash of every file the build reads (its
 * sources, configs, the packages it imports and the lockfile). A start whose stamps all match
 * builds nothing, so a warm restart costs only the server's own start; a changed file rebuilds
 * only the packages it feeds. While a build runs a short line says so every few seconds (vite
 * and tsc are silent for most of it); its own output is shown only when it fails.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.build-stamp';
const SKIP = /(^|\/)(node_modules|dist|\.data|coverage)(\/|$)|\.spec\.tsx?$|(^|\/)src\/(test|faults)\//;

const shared = ['packages/shared/src', 'packages/shared/package.json', 'packages/shared/tsconfig.build.json'];
const common = ['pnpm-lock.yaml', 'tsconfig.base.json', ...shared];

/** In dependency order: a package's inputs include those of what it imports. */
const PACKAGES = [
  { name: 'shared', dir: 'packages/shared', inputs: common },
  {
    name: 'admin',
    dir: 'packages/admin',
    inputs: [
      ...common,
      ...[
        'src',
        'public',
        'build',
        'scripts',
        'index.html',
        'package.json',
        'vite.config.ts',
        'tsconfig.json',
      ].map((p) => `packages/admin/${p}`),
    ],
  },
  {
    // The developer page and the widget: no workspace package of ours feeds them.
    name: 'developers',
    dir: 'packages/developers',
    inputs: [
      'pnpm-lock.yaml',
      ...[
        'src',
        'examples',
        'build',
        'scripts',
        'index.html',
        'package.json',
        'vite.config.ts',
        'vite.widget.config.ts',
        'tsconfig.json',
      ].map((p) => `packages/developers/${p}`),
    ],
  },
  {
    name: 'server',
    dir: 'packages/server',
    inputs: [
      ...common,
      ...['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'].map((p) => `packages/server/${p}`),
    ],
  },
];

function files(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full) || SKIP.test(entry)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(`${entry}/${name}`));
}

function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(files))
    hash.update(`${file}\0`).update(readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

function stampOf(dir) {
  const file = path.join(root, dir, 'dist', STAMP);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, ...options });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: Buffer.concat(output).toString() }));
  });
}

/**
 * How to run pnpm for a build. Under `pnpm start` npm_execpath is pnpm itself. Under `npm start`
 * (the quicker restart: no pnpm to fetch or start) it is npm, so the build runs the pnpm the
 * repository names (`packageManager`) through npx, as the README's install does.
 */
function pnpmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(path.basename(execPath))) return [process.execPath, [execPath]];
  const { packageManager } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return ['npx', ['-y', packageManager]];
}

async function build(pkg) {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  console.log(`obmen: building ${pkg.name} (sources changed since its last build)…`);
  const ticker = setInterval(
    () => console.log(`obmen:   still building ${pkg.name}… ${seconds()} s`),
    10_000,
  );
  const [command, args] = pnpmCommand();
  const result = await run(command, [...args, '--filter', `@obmen/${pkg.name}`, 'build'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  clearInterval(ticker);
  if (result.code !== 0) {
    process.stderr.write(result.output);
    console.error(`obmen: building ${pkg.name} failed (exit ${result.code})`);
    process.exit(1);
  }
  console.log(`obmen: ${pkg.name} built in ${seconds()} s`);
}

for (const pkg of PACKAGES) {
  const wanted = fingerprint(pkg.inputs);
  if (stampOf(pkg.dir) === wanted) continue;
  await build(pkg);
  writeFileSync(path.join(root, pkg.dir, 'dist', STAMP), `${wanted}\n`);
}

// The server in the foreground: signals go to it, and its exit is this one's. Its heap is
// capped (README "Performance": V8 otherwise grows it lazily towards a quarter of the machine's
// memory, ~250 MB RSS under load for a live set near 60 MB); NODE_OPTIONS may raise it.
const server = spawn(process.execPath, ['--max-old-space-size=384', 'dist/main.js'], {
  cwd: path.join(root, 'packages/server'),
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
