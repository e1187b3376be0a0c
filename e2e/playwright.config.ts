import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, VIEWPORT } from './src/browser.js';
import { HTML_REPORT_DIR, TEST_RESULTS_DIR } from './src/paths.js';

/**
 * The e2e suite: the global setup starts the built server on a fresh database; the `setup` project
 * signs each role in through the sign-in page; the scenarios run after it, one file at a time.
 */
export default defineConfig({
  testDir: 'scenarios',
  globalSetup: './src/global-setup.ts',
  outputDir: TEST_RESULTS_DIR,
  // Scenarios share one server and its data; one Chromium on CI's two cores is what they are sized for.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: Number(process.env.E2E_TEST_TIMEOUT_MS ?? 180_000),
  expect: { timeout: 15_000 },
  reporter: [
    ['line'],
    ['html', { outputFolder: HTML_REPORT_DIR, open: 'never' }],
    ['./src/summary-reporter.ts'],
  ],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 },
    viewport: VIEWPORT,
    locale: 'bg-BG',
    timezoneId: 'Europe/Sofia',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: { mode: 'only-on-failure', fullPage: true },
    // Kept only for failed tests: DOM snapshots per action, without the screencast filmstrip, whose
    // frame encoding starves a software-rendering Chromium on CI's two cores (the failure
    // screenshot shows the last state).
    trace: { mode: 'retain-on-failure', screenshots: false },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    { name: 'scenarios', testMatch: /\d\d-.*\.test\.ts$/, dependencies: ['setup'] },
  ],
});
