import path from 'node:path';

/** The e2e package folder (this file runs from `e2e/dist/src`). */
export const E2E_DIR = path.resolve(import.meta.dirname, '..', '..');
export const REPO_DIR = path.resolve(E2E_DIR, '..');
export const SERVER_DIR = path.join(REPO_DIR, 'packages', 'server');
export const SERVER_MAIN = path.join(SERVER_DIR, 'dist', 'main.js');
/** The built admin the server serves (`E2E_ADMIN_DIR` points elsewhere, e.g. a build of your own). */
export const ADMIN_DIST = process.env.E2E_ADMIN_DIR
  ? path.resolve(process.env.E2E_ADMIN_DIR)
  : path.join(REPO_DIR, 'packages', 'admin', 'dist');
export const ADMIN_I18N = path.join(REPO_DIR, 'packages', 'admin', 'src', 'i18n');

/** Everything a run writes (not committed): logs, login states, screenshots, axe reports. */
export const OUTPUT_DIR = path.join(E2E_DIR, 'output');
export const AUTH_DIR = path.join(OUTPUT_DIR, '.auth');
export const SCREENSHOT_DIR = path.join(OUTPUT_DIR, 'screenshots');
export const FAILURE_DIR = path.join(OUTPUT_DIR, 'failures');
export const AXE_DIR = path.join(OUTPUT_DIR, 'axe');
export const SERVER_LOG = path.join(OUTPUT_DIR, 'server.log');
export const RESULTS_FILE = path.join(OUTPUT_DIR, 'results.json');
