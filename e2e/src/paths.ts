import path from 'node:path';

/** The e2e package folder (Playwright runs this file from `e2e/src`, untranspiled to disk). */
export const E2E_DIR = path.resolve(import.meta.dirname, '..');
export const REPO_DIR = path.resolve(E2E_DIR, '..');
export const SERVER_DIR = path.join(REPO_DIR, 'packages', 'server');
export const SERVER_MAIN = path.join(SERVER_DIR, 'dist', 'main.js');
/** The built admin the server serves (`E2E_ADMIN_DIR` points elsewhere, e.g. a build of your own). */
export const ADMIN_DIST = process.env.E2E_ADMIN_DIR
  ? path.resolve(process.env.E2E_ADMIN_DIR)
  : path.join(REPO_DIR, 'packages', 'admin', 'dist');
export const ADMIN_I18N = path.join(REPO_DIR, 'packages', 'admin', 'src', 'i18n');

/** Everything a run writes (not committed): logs, login states, screenshots, axe reports, reports. */
export const OUTPUT_DIR = path.join(E2E_DIR, 'output');
export const AUTH_DIR = path.join(OUTPUT_DIR, '.auth');
export const SCREENSHOT_DIR = path.join(OUTPUT_DIR, 'screenshots');
export const AXE_DIR = path.join(OUTPUT_DIR, 'axe');
export const SERVER_LOG = path.join(OUTPUT_DIR, 'server.log');
/** Playwright's per-test output: traces and screenshots of failed tests. */
export const TEST_RESULTS_DIR = path.join(OUTPUT_DIR, 'test-results');
export const HTML_REPORT_DIR = path.join(OUTPUT_DIR, 'html');
