import { mkdirSync, rmSync } from 'node:fs';
import { AUTH_DIR, AXE_DIR, OUTPUT_DIR, SCREENSHOT_DIR } from './paths.js';
import { startServer } from './server.js';

/** Last run's pictures and login states go; Playwright empties its own folders (results, report). */
function prepareOutput(): void {
  for (const dir of [AUTH_DIR, SCREENSHOT_DIR, AXE_DIR]) rmSync(dir, { recursive: true, force: true });
  for (const dir of [OUTPUT_DIR, AUTH_DIR, SCREENSHOT_DIR]) mkdirSync(dir, { recursive: true });
}

/**
 * Starts the built server on a fresh database (PGlite, or PostgreSQL under TEST_DATABASE_URL) once
 * for the whole run. Workers inherit E2E_BASE_URL; the returned function is the global teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  prepareOutput();
  const server = await startServer();
  process.env.E2E_BASE_URL = server.url;
  console.log(
    `e2e: server ready at ${server.url} on ${server.database} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return server.stop;
}
