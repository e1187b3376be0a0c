#!/usr/bin/env node
/**
 * tools/dev.mjs' signal handling, with stand-in children (DEV_COMMANDS): a Ctrl-C, sent as a
 * terminal sends it (SIGINT to the whole foreground process group), reaches each child exactly
 * once and ends `pnpm dev` with exit 0; a child that crashes stops the others and fails the run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dev = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dev.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'obmen-dev-'));

/** A child that counts the SIGINTs it gets, writes the count on exit and takes `delay` ms to stop. */
const child = (name, delay, crashAfter) => [
  name,
  process.execPath,
  '-e',
  `let n = 0; const fs = require('node:fs');
   process.on('SIGINT', () => { n++; setTimeout(() => { fs.writeFileSync(${JSON.stringify(path.join(work, name))}, String(n)); process.exit(0); }, ${delay}); });
   console.log('${name} up');
   ${crashAfter ? `setTimeout(() => process.exit(3), ${crashAfter});` : ''}
   setInterval(() => {}, 1000);`,
];

function run(commands, interrupt) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [dev], {
      env: { ...process.env, DEV_COMMANDS: JSON.stringify(commands) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // a group of its own, as a terminal's foreground job
    });
    let output = '';
    proc.stdout.on('data', (d) => (output += d));
    proc.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      process.kill(-proc.pid, 'SIGKILL');
      reject(new Error(`dev.mjs did not exit within 10 s\n${output}`));
    }, 10_000);
    const ready = setInterval(() => {
      if (interrupt && commands.every(([name]) => output.includes(`${name} up`))) {
        clearInterval(ready);
        process.kill(-proc.pid, 'SIGINT');
      }
    }, 50);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      clearInterval(ready);
      resolve({ code, output });
    });
  });
}

const count = (name) => {
  try {
    return Number(readFileSync(path.join(work, name), 'utf8'));
  } catch {
    return 0;
  }
};

function check(condition, message, output) {
  if (!condition) throw new Error(`${message}\n--- dev.mjs output ---\n${output}`);
}

try {
  const ctrlC = await run([child('server', 300), child('vite', 50)], true);
  check(ctrlC.code === 0, `Ctrl-C: dev.mjs exited ${ctrlC.code}, not 0`, ctrlC.output);
  check(
    count('server') === 1 && count('vite') === 1,
    `Ctrl-C: SIGINTs seen: server ${count('server')}, vite ${count('vite')}`,
    ctrlC.output,
  );

  rmSync(path.join(work, 'server'));
  const crash = await run([child('server', 50), child('vite', 50, 200)], false);
  check(crash.code === 3, `a crashed child: dev.mjs exited ${crash.code}, not the child's 3`, crash.output);
  check(
    /vite exited \(code 3\)/.test(crash.output),
    'a crashed child: not named in the output',
    crash.output,
  );
  check(count('server') === 1, 'a crashed child: the other was not stopped with one SIGINT', crash.output);
  console.log('dev.mjs: Ctrl-C stops every child once and exits 0; a crash stops the others and fails');
} catch (error) {
  console.error(`dev.mjs self-test FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
