import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before } from 'node:test';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from './browser.js';
import { FAILURE_DIR } from './paths.js';
import type { Role } from './roles.js';

/** One Chromium per scenario file, launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running (use it inside a test)');
    return browser;
  };
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page so far. */
  pageErrors: string[];
}

/**
 * Opens a browser context (signed in as `role`, or signed out), runs `work`, and closes it.
 * On failure the page is saved under `e2e/output/failures/<name>.png` (+ its address and errors).
 */
export async function session<T>(
  browser: Browser,
  role: Role | undefined,
  name: string,
  work: (s: Session) => Promise<T>,
): Promise<T> {
  const context = await newContext(browser, role);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    return await work({ context, page, pageErrors });
  } catch (error) {
    await saveFailure(page, name, pageErrors).catch(() => undefined);
    throw error;
  } finally {
    await context.close();
  }
}

async function saveFailure(page: Page, name: string, pageErrors: string[]): Promise<void> {
  mkdirSync(FAILURE_DIR, { recursive: true });
  const base = path.join(FAILURE_DIR, name.replace(/[^a-zA-Z0-9]+/g, '-'));
  await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 });
  writeFileSync(
    `${base}.txt`,
    [`url: ${page.url()}`, ...pageErrors.map((e) => `page error: ${e}`)].join('\n'),
  );
}
