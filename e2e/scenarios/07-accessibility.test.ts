import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { PracticeFormPage } from '../pages/PracticeFormPage.js';
import { PracticeListPage } from '../pages/PracticeListPage.js';
import { SignInPage } from '../pages/SignInPage.js';
import { apiSession, graphql } from '../src/api.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { t } from '../src/i18n.js';
import type { Role } from '../src/roles.js';
import { test } from '../src/test.js';

interface MainPage {
  name: string;
  role?: Role;
  path: () => Promise<string> | string;
  /** Waits until the page shows its data (not a loader). */
  ready: (page: Page) => Promise<void>;
}

/**
 * A page in the frame is ready when its title is up and nothing is loading any more: no request
 * in flight, nothing marked busy (tables, charts, editors) and no "loading" status.
 */
async function settled(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .locator('[aria-busy="true"]')
    .or(page.getByRole('status').filter({ hasText: t('common.loading') }))
    .first()
    .waitFor({ state: 'detached' });
}

/** The first practice of the demo content (dated, in several municipalities, with revisions). */
async function demoPracticeId(): Promise<string> {
  const { practices } = await graphql<{ practices: { edges: { node: { id: string } }[] } }>(
    '{ practices(first: 1, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { id } } } }',
    {},
    await apiSession('editor'),
  );
  return practices.edges[0].node.id;
}

/** The first project of the demo content (with partners, programmes and a budget). */
async function demoProjectId(): Promise<string> {
  const { projects } = await graphql<{ projects: { edges: { node: { id: string } }[] } }>(
    '{ projects(first: 1, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { id } } } }',
    {},
    await apiSession('editor'),
  );
  return projects.edges[0].node.id;
}

const MAIN_PAGES: MainPage[] = [
  { name: 'sign-in', path: () => '/sign-in', ready: (page) => new SignInPage(page).heading.waitFor() },
  { name: 'dashboard', role: 'editor', path: () => '/', ready: settled },
  {
    name: 'practices-list',
    role: 'editor',
    path: () => '/practices',
    ready: (page) => new PracticeListPage(page).waitForRows(),
  },
  {
    name: 'practice-form-new',
    role: 'editor',
    path: () => '/practices/new',
    ready: (page) => new PracticeFormPage(page).waitForForm(),
  },
  {
    name: 'practice-form-edit',
    role: 'editor',
    path: async () => `/practices/${await demoPracticeId()}`,
    ready: async (page) => {
      await new PracticeFormPage(page).waitForForm();
      await settled(page);
    },
  },
  {
    name: 'project-history',
    role: 'editor',
    path: async () => `/projects/${await demoProjectId()}/history`,
    ready: settled,
  },
  {
    name: 'revision-history',
    role: 'editor',
    path: async () => `/practices/${await demoPracticeId()}/history`,
    ready: settled,
  },
  // The other sections' lists (each the page its navigation link opens).
  ...(
    [
      ['projects', '/projects', 'editor'],
      ['organizations', '/organizations', 'editor'],
      ['networks', '/networks', 'editor'],
      ['volunteer-programmes', '/volunteer-programmes', 'coordinator'],
      ['volunteers', '/volunteers', 'coordinator'],
    ] as const
  ).map(([name, path, role]): MainPage => ({ name, role, path: () => path, ready: settled })),
  { name: 'moderation', role: 'moderator', path: () => '/moderation', ready: settled },
  { name: 'trash', role: 'editor', path: () => '/trash', ready: settled },
  { name: 'taxonomies', role: 'editor', path: () => '/taxonomies', ready: settled },
  { name: 'tokens', role: 'admin', path: () => '/tokens', ready: settled },
  {
    // The create dialog open over the tokens page (organization or network, origins, expiry).
    name: 'token-create-dialog',
    role: 'admin',
    path: () => '/tokens',
    ready: async (page) => {
      const dialog = page.getByRole('dialog', { name: t('tokens.createTitle') });
      // Ready is asked again at tablet size, with the dialog open by then.
      if (!(await dialog.isVisible())) {
        await settled(page);
        await page
          .getByRole('main')
          .getByRole('button', { name: t('tokens.new'), exact: true })
          .first()
          .click();
      }
      await dialog.waitFor();
    },
  },
  { name: 'not-found', role: 'editor', path: () => '/no-such-page', ready: settled },
];

/** A tablet held upright (iPad Air): the navigation folds away, nothing may scroll sideways. */
const TABLET = { width: 820, height: 1180 };

/** How far the page is wider than the window, in pixels (0: it fits). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const main of MAIN_PAGES) {
  test.describe(() => {
    test.use({ role: main.role });

    test(`${main.name}: no serious or critical axe violations, and it fits a tablet`, async ({ page }) => {
      await page.goto(await main.path());
      await main.ready(page);
      await screenshot(page, main.name);
      const findings = await axeScan(page, main.name);
      assert.equal(findings.length, 0, `axe found on ${main.name}:\n${describeFindings(findings)}`);

      await page.setViewportSize(TABLET);
      await main.ready(page);
      await screenshot(page, `${main.name}-tablet`);
      assert.equal(await sidewaysOverflow(page), 0, `${main.name} scrolls sideways at ${TABLET.width} px`);
    });
  });
}
