/**
 * The e2e run: start the real server on a fresh database, save a signed-in state per role
 * (through the sign-in page), run the scenario files with node:test, stop the server, and
 * close with "N passed, N failed, N skipped".
 *
 *   node dist/src/run.js                 every scenario
 *   node dist/src/run.js nomination      the scenario files whose name contains "nomination"
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, newContext } from './browser.js';
import { SignInPage } from '../pages/SignInPage.js';
import {
  AUTH_DIR,
  AXE_DIR,
  E2E_DIR,
  FAILURE_DIR,
  OUTPUT_DIR,
  RESULTS_FILE,
  SCREENSHOT_DIR,
} from './paths.js';
import { authStatePath, ROLES } from './roles.js';
import { type RunningServer, startServer } from './server.js';

const SCENARIO_DIR = path.join(E2E_DIR, 'dist', 'scenarios');

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function prepareOutput(): void {
  for (const dir of [AUTH_DIR, SCREENSHOT_DIR, FAILURE_DIR, AXE_DIR])
    rmSync(dir, { recursive: true, force: true });
  rmSync(RESULTS_FILE, { force: true });
  for (const dir of [OUTPUT_DIR, AUTH_DIR, SCREENSHOT_DIR]) mkdirSync(dir, { recursive: true });
}

/** Signs each demo role in through the sign-in page once and saves its state for the scenarios. */
async function saveLoginStates(): Promise<void> {
  const browser = await launchBrowser();
  try {
    for (const role of ROLES) {
      const context = await newContext(browser);
      const page = await context.newPage();
      const signIn = new SignInPage(page);
      await signIn.goto();
      await signIn.signInAs(role);
      await context.storageState({ path: authStatePath(role) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

function scenarioFiles(filters: string[]): string[] {
  const all = readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  const chosen = filters.length ? all.filter((f) => filters.some((x) => f.includes(x))) : all;
  return chosen.map((f) => path.join(SCENARIO_DIR, f));
}

function runScenarios(files: string[], url: string): Promise<number> {
  const reporter = path.join(import.meta.dirname, 'reporter.js');
  const args = [
    '--test',
    `--test-concurrency=${process.env.E2E_CONCURRENCY ?? '1'}`,
    `--test-timeout=${process.env.E2E_TEST_TIMEOUT_MS ?? '180000'}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${reporter}`,
    '--test-reporter-destination=stderr',
    ...files,
  ];
  const child = spawn(process.execPath, args, {
    cwd: E2E_DIR,
    env: { ...process.env, E2E_BASE_URL: url, E2E_RESULTS_FILE: RESULTS_FILE },
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
  skips: string[];
}

async function main(): Promise<number> {
  const started = Date.now();
  prepareOutput();
  const files = scenarioFiles(process.argv.slice(2));
  if (!files.length) {
    console.error(`no scenario files in ${SCENARIO_DIR} match ${process.argv.slice(2).join(' ')}`);
    return 1;
  }

  let server: RunningServer | undefined;
  const stop = async () => {
    await server?.stop();
    server = undefined;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let exitCode: number;
  try {
    server = await startServer();
    process.env.E2E_BASE_URL = server.url;
    console.log(`e2e: server ready at ${server.url} on ${server.database} in ${seconds(started)}`);
    const signingIn = Date.now();
    await saveLoginStates();
    console.log(`e2e: signed in ${ROLES.join(', ')} through the sign-in page in ${seconds(signingIn)}`);
    exitCode = await runScenarios(files, server.url);
  } catch (error) {
    console.error('e2e: the run could not start:', error instanceof Error ? error.message : error);
    exitCode = 1;
  } finally {
    await stop();
  }

  const counts: Counts = existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Counts)
    : { passed: 0, failed: 1, skipped: 0, failures: ['the scenarios did not run'], skips: [] };
  if (counts.failed === 0 && exitCode !== 0) counts.failed = 1;
  for (const skip of counts.skips) console.log(`e2e: skipped ${skip}`);
  for (const failure of counts.failures) console.log(`e2e: FAILED ${failure}`);
  console.log(
    `e2e: screenshots in ${path.relative(process.cwd(), SCREENSHOT_DIR)}, ${seconds(started)} in all`,
  );
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return counts.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
