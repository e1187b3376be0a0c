import assert from 'node:assert/strict';
import { AppLayout } from '../pages/AppLayout.js';
import { PracticeFormPage } from '../pages/PracticeFormPage.js';
import { PracticeListPage } from '../pages/PracticeListPage.js';
import { SearchBox } from '../pages/SearchBox.js';
import { apiSession, graphql } from '../src/api.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { VIEWPORT } from '../src/browser.js';
import { expect, test } from '../src/test.js';

test.use({ role: 'editor' });

/** The demo practice of the Club of NGOs in Търговище (packages/server/src/seed/content). */
const TARGOVISHTE = 'Ранна интервенция в семейна среда за деца с увреждания в област Търговище';

/** Its id, found through the list filtered by district (not through the search under test). */
async function targovishteId(): Promise<string> {
  const { practices } = await graphql<{ practices: { edges: { node: { id: string; title: string } }[] } }>(
    'query { practices(filter: { districtCodes: ["TGV"] }, first: 100) { edges { node { id title } } } }',
    {},
    await apiSession('editor'),
  );
  const found = practices.edges.find((edge) => edge.node.title === TARGOVISHTE);
  assert.ok(found, 'the demo content has the Търговище practice');
  return found.node.id;
}

test('Ctrl+K, a Latin spelling, the Cyrillic practice highlighted; the arrows and Enter open it', async ({
  page,
}) => {
  const id = await targovishteId();
  await page.goto('/');
  await new AppLayout(page).pageHeading.waitFor();
  const search = new SearchBox(page);
  await search.button.waitFor();

  await search.openWithShortcut();
  await search.type('targoviste');
  const result = search.result(TARGOVISHTE, 'Practice');
  await result.waitFor();
  // The Latin query found the Cyrillic words: they are marked in the result.
  const marked = await result.locator('mark').allInnerTexts();
  assert.ok(
    marked.some((word) => /^търговищ/i.test(word.trim())),
    `"Търговище" is highlighted (marked: ${marked.join(', ') || 'nothing'})`,
  );
  // Exactly one result is active, the first one shown, so Enter always has something to open.
  await expect(search.activeResult).toHaveCount(1);
  await expect(search.results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await screenshot(page, 'search-results');
  const findings = await axeScan(page, 'search-dialog');
  assert.equal(findings.length, 0, `axe found in the search dialog:\n${describeFindings(findings)}`);

  // A short window: the dialog scrolls, the field stays in view, and Up (round to the last
  // result) brings that result into view; the scrolling region holds the field (keyboard-reachable).
  await page.setViewportSize({ width: VIEWPORT.width, height: 400 });
  assert.ok(
    await search.dialog.evaluate((dialog) => dialog.scrollHeight > dialog.clientHeight),
    'the dialog scrolls',
  );
  await search.field.press('ArrowUp');
  const last = search.results.getByRole('option').last();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(last).toBeInViewport();
  await expect(search.field).toBeInViewport();
  await screenshot(page, 'search-results-short');
  const short = await axeScan(page, 'search-dialog-short');
  assert.equal(short.length, 0, `axe found in the scrolling search dialog:\n${describeFindings(short)}`);
  await page.setViewportSize(VIEWPORT);

  await search.arrowTo(result);
  await search.field.press('Enter');
  await page.waitForURL((url) => url.pathname === `/practices/${id}`);
  await search.dialog.waitFor({ state: 'hidden' });
  const form = new PracticeFormPage(page);
  await form.waitForForm();
  await expect(form.heading).toHaveText(TARGOVISHTE);
});

test('"/" opens the search outside a field (not while typing in one); a click opens a result; Esc closes', async ({
  page,
}) => {
  const id = await targovishteId();
  const list = new PracticeListPage(page);
  await list.goto();
  const search = new SearchBox(page);

  // In the list's own search field "/" is a character like any other.
  await list.search.click();
  await page.keyboard.type('/');
  await expect(list.search).toHaveValue('/');
  await expect(search.dialog).toBeHidden();
  await list.search.fill('');

  await list.heading.click();
  await search.openWithSlash();
  await search.type('Търговище');
  await search.result(TARGOVISHTE, 'Practice').click();
  await page.waitForURL((url) => url.pathname === `/practices/${id}`);
  await search.dialog.waitFor({ state: 'hidden' });
  await expect(new PracticeFormPage(page).heading).toHaveText(TARGOVISHTE);

  // Opened again, the box keeps the last query; a query that matches nothing says so; Esc closes it.
  await search.button.click();
  await search.waitForField();
  await expect(search.field).toHaveValue('Търговище');
  await search.type('qqqzzxxj');
  await search.noResults('qqqzzxxj').waitFor();
  await expect(search.results).toBeHidden();
  await search.close();
  await expect(search.button).toBeFocused();
});
