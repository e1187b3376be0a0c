import assert from 'node:assert/strict';
import { FacetsPanel } from '../pages/FacetsPanel.js';
import { PracticeListPage } from '../pages/PracticeListPage.js';
import { SavedViewsMenu } from '../pages/SavedViewsMenu.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { t } from '../src/i18n.js';
import { expect, test } from '../src/test.js';

test.use({ role: 'editor' });

/** The district of the demo practice of the Club of NGOs in Търговище (packages/server/src/seed/content). */
const DISTRICT = { code: 'TGV', name: 'Търговище' };
/** The demo editor's name (packages/server/src/seed/demo-users.ts). */
const EDITOR_NAME = 'Демо редактор';
const VIEW = 'Практики в Търговище';

async function tableTitles(list: PracticeListPage): Promise<string[]> {
  return list.table.getByRole('row').getByRole('link').allInnerTexts();
}

async function expectAxeClean(page: PracticeListPage['page'], name: string): Promise<void> {
  const findings = await axeScan(page, name);
  assert.equal(findings.length, 0, `axe found (${name}):\n${describeFindings(findings)}`);
}

test('an editor saves the filtered practice list as a shared view and applies it again; an admin sees it', async ({
  page,
  pageAs,
}) => {
  const list = new PracticeListPage(page);
  const facets = new FacetsPanel(page);
  const views = new SavedViewsMenu(page);
  await list.goto();
  await facets.waitForCounts();
  const allTitles = await tableTitles(list);

  // Filter: the district of Търговище.
  await facets.pick('districts', DISTRICT.name);
  await page.waitForURL((url) => url.searchParams.get('district') === DISTRICT.code);
  await list.waitForRows();
  // Each check below waits for the rows it expects rather than trusting one moment's table.
  await expect.poll(async () => (await tableTitles(list)).length).toBeLessThan(allTitles.length);
  const filteredTitles = await tableTitles(list);
  assert.ok(filteredTitles.length > 0, 'the district narrows');

  // The dialog, named and axe clean, then saved shared.
  await views.open();
  await views.menu.getByRole('menuitem', { name: t('savedViews.save') }).click();
  await expect(views.dialog).toHaveAccessibleName(t('savedViews.saveTitle'));
  await expect(views.nameInput).toBeFocused();
  await expectAxeClean(page, 'saved-views-dialog');
  await views.dialog.getByRole('button', { name: t('common.cancel') }).click();
  await views.save(VIEW, { shared: true });

  // Cleared, the whole list is back; the view brings the district back, in the address too.
  await list.main
    .getByRole('button', { name: t('common.clearFilters') })
    .first()
    .click();
  await page.waitForURL((url) => !url.searchParams.has('district'));
  await list.waitForRows();
  await expect.poll(async () => (await tableTitles(list)).length).toBe(allTitles.length);

  await views.open();
  await expect(views.view(VIEW)).toBeVisible();
  await expectAxeClean(page, 'saved-views-menu');
  await screenshot(page, 'saved-views-menu');
  await views.view(VIEW).click();
  await page.waitForURL((url) => url.searchParams.get('district') === DISTRICT.code);
  await list.waitForRows();
  await expect.poll(async () => (await tableTitles(list)).sort()).toEqual([...filteredTitles].sort());
  // The menu marks the view the list shows.
  await views.open();
  await expect(views.view(VIEW)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');

  // An admin finds it among the team's views, with the editor's name, and applies it.
  const adminPage = await pageAs('admin');
  const adminList = new PracticeListPage(adminPage);
  const adminViews = new SavedViewsMenu(adminPage);
  await adminList.goto();
  await adminViews.open();
  await expect(adminViews.menu.getByText(t('savedViews.shared'), { exact: true })).toBeVisible();
  await expect(adminViews.view(VIEW)).toHaveAccessibleName(
    new RegExp(`${VIEW}.*${t('savedViews.sharedBy', { name: EDITOR_NAME })}`),
  );
  await adminViews.view(VIEW).click();
  await adminPage.waitForURL((url) => url.searchParams.get('district') === DISTRICT.code);
  await adminList.waitForRows();
  await expect.poll(async () => (await tableTitles(adminList)).sort()).toEqual([...filteredTitles].sort());
  // Not theirs to change: "my views" has none.
  await adminViews.open();
  await expect(adminViews.menu.getByRole('menuitem', { name: t('savedViews.manage') })).toHaveCount(0);
});

test('an editor renames a view, saves the current order into it, and deletes it', async ({ page }) => {
  const list = new PracticeListPage(page);
  const views = new SavedViewsMenu(page);
  await list.goto('?sort=title');
  await views.save('По заглавие', { shared: false });

  // Another order now; "my views" lists the view, axe clean.
  await list.goto('?sort=published');
  await views.manage();
  await expect(views.dialog).toHaveAccessibleName(t('savedViews.manageTitle'));
  await expectAxeClean(page, 'saved-views-manage');
  await views.rowButton('edit', 'По заглавие').click();
  await expect(views.dialog).toHaveAccessibleName(t('savedViews.editTitle'));
  await views.nameInput.fill('Последно публикувани');
  await views.dialog.getByRole('checkbox', { name: t('savedViews.replaceQuery') }).check();
  await views.dialog.getByRole('button', { name: t('common.save') }).click();
  // Back in "my views", under the new name.
  await expect(views.rowButton('edit', 'Последно публикувани')).toBeVisible();
  await views.dialog.getByRole('button', { name: t('common.close') }).click();
  await expect(views.button).toBeFocused();

  // It now holds the new order.
  await list.goto();
  await views.apply('Последно публикувани');
  await page.waitForURL((url) => url.searchParams.get('sort') === 'published');
  await list.waitForRows();

  // Deleted after a second question: gone from the menu.
  await views.manage();
  await views.rowButton('delete', 'Последно публикувани').click();
  await views.dialog.getByRole('button', { name: t('savedViews.delete'), exact: true }).click();
  await expect(views.rowButton('delete', 'Последно публикувани')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await views.open();
  await expect(views.view('Последно публикувани')).toHaveCount(0);
});
