import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { authStatePath, type Role } from './roles.js';

/** Debian's Chromium; playwright-core never downloads a browser. */
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const VIEWPORT = { width: 1280, height: 900 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}

/** The server the run started (set by `run.ts` for the scenario processes). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the suite through `node dist/src/run.js`');
  return url;
}

/** A fresh browser context: signed in as `role` (its saved state) or signed out. */
export async function newContext(browser: Browser, role?: Role): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: VIEWPORT,
    locale: 'bg-BG',
    timezoneId: 'Europe/Sofia',
    storageState: role ? authStatePath(role) : undefined,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}
