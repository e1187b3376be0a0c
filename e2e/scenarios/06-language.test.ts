import assert from 'node:assert/strict';
import { AppLayout } from '../pages/AppLayout.js';
import { PracticeListPage } from '../pages/PracticeListPage.js';
import { SignInPage } from '../pages/SignInPage.js';
import { apiSession, graphql } from '../src/api.js';
import { screenshot } from '../src/artifacts.js';
import { t } from '../src/i18n.js';
import { test } from '../src/test.js';

const en = (key: string, vars: Record<string, string | number> = {}) => t(key, vars, 'en');

/** The newest practice's title in English, as staff read it. */
async function newestTitle(locale: 'BG' | 'EN'): Promise<string> {
  const { practices } = await graphql<{ practices: { edges: { node: { title: string } }[] } }>(
    'query ($locale: Locale) { practices(first: 1, locale: $locale, orderBy: { field: UPDATED_AT, direction: DESC }) { edges { node { title } } } }',
    { locale },
    await apiSession('editor'),
  );
  return practices.edges[0].node.title;
}

test('switch to English: the interface and the content follow, and the choice survives a reload', async ({
  pageAs,
}) => {
  const page = await pageAs('editor');
  const layout = new AppLayout(page);
  await page.goto('/');
  await layout.pageHeading.waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'bg');

  await layout.switchLanguage('en');
  const english = new AppLayout(page, 'en');
  await english.navLink('practices').waitFor();
  assert.equal(
    (await english.pageHeading.innerText()).trim(),
    en('dashboard.welcome', { name: 'Демо редактор' }),
  );
  await screenshot(page, 'dashboard-en');

  await page.reload();
  await english.navLink('practices').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

  await english.open('practices');
  const list = new PracticeListPage(page, 'en');
  await list.waitForRows();
  assert.equal(await page.title(), en('app.documentTitle', { title: en('practices.title') }));
  await page.getByRole('columnheader', { name: en('practices.columns.municipalities') }).waitFor();
  // Content is read in English too (falling back to Bulgarian where there is no translation).
  await list.link(await newestTitle('EN')).waitFor();
  await screenshot(page, 'practices-list-en');

  await english.switchLanguage('bg');
  await new PracticeListPage(page).heading.waitFor();
  await list.table.getByRole('link', { name: await newestTitle('BG'), exact: true }).waitFor();
});

test('the sign-in page switches language before signing in', async ({ page }) => {
  await new SignInPage(page).goto();
  await page.getByText(t('languages.enShort'), { exact: true }).click();
  await new SignInPage(page, 'en').heading.waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await screenshot(page, 'sign-in-en');
});
