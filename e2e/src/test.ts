import { type BrowserContext, type Page, test as base } from '@playwright/test';
import { baseUrl } from './browser.js';
import { authStatePath, type Role } from './roles.js';

export { expect } from '@playwright/test';

export interface ScenarioOptions {
  /** Who the test's `page` is signed in as (the setup project's saved state); undefined: signed out. */
  role: Role | undefined;
}

export interface ScenarioFixtures {
  /** A page in a context of its own, as `role` or signed out (a second person); closed after the test. */
  pageAs: (role?: Role) => Promise<Page>;
  /** Uncaught errors in the test's pages, attached to the report when the test fails. */
  pageErrors: string[];
}

function collectErrors(context: BrowserContext, errors: string[]): void {
  context.on('weberror', (error) => errors.push(`${error.page()?.url() ?? '?'}: ${error.error().message}`));
}

/**
 * The scenarios' `test`: Playwright's, with the server of this run as base URL, `role` for the
 * default page, and `pageAs` for other sessions. Failure screenshots and traces come from the config.
 */
export const test = base.extend<ScenarioOptions & ScenarioFixtures>({
  // Read per test (the config is evaluated before the global setup knows the server's port).
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  baseURL: async ({}, use) => use(baseUrl()),
  role: [undefined, { option: true }],
  storageState: async ({ role }, use) => use(role ? authStatePath(role) : undefined),
  // eslint-disable-next-line no-empty-pattern -- as above: it needs no other fixture
  pageErrors: async ({}, use, testInfo) => {
    const errors: string[] = [];
    await use(errors);
    if (errors.length && testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('page errors', { body: errors.join('\n'), contentType: 'text/plain' });
    }
  },
  context: async ({ context, pageErrors }, use) => {
    collectErrors(context, pageErrors);
    await use(context);
  },
  pageAs: async ({ browser, pageErrors }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      // Unnamed options (base URL, viewport, locale, time zone) come from the config.
      const context = await browser.newContext({ storageState: role ? authStatePath(role) : undefined });
      collectErrors(context, pageErrors);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
