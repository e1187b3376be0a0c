import assert from 'node:assert/strict';
import { FacetsPanel } from '../pages/FacetsPanel.js';
import { PracticeListPage } from '../pages/PracticeListPage.js';
import { apiSession, graphql } from '../src/api.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { t } from '../src/i18n.js';
import { expect, test } from '../src/test.js';

test.use({ role: 'editor' });

/** The district of the demo practice of the Club of NGOs in Търговище (packages/server/src/seed/content). */
const DISTRICT = { code: 'TGV', name: 'Търговище' };

/** The titles of the practices the editor sees in a district, and how many there are, from the API. */
async function practicesIn(districtCode: string): Promise<{ total: number; titles: string[] }> {
  const { practices } = await graphql<{
    practices: { totalCount: number; edges: { node: { title: string } }[] };
  }>(
    'query ($codes: [String!]) { practices(filter: { districtCodes: $codes }, first: 100) { totalCount edges { node { title } } } }',
    { codes: [districtCode] },
    await apiSession('editor'),
  );
  return { total: practices.totalCount, titles: practices.edges.map((edge) => edge.node.title) };
}

/** The titles in the list's table, in its order. */
async function tableTitles(list: PracticeListPage): Promise<string[]> {
  return list.table.getByRole('row').getByRole('link').allInnerTexts();
}

test('the district facet counts practices; ticking one narrows the list, the other districts still count', async ({
  page,
}) => {
  const expected = await practicesIn(DISTRICT.code);
  assert.ok(expected.total > 0, 'the demo content has a practice in Търговище');

  const list = new PracticeListPage(page);
  const facets = new FacetsPanel(page);
  await list.goto();
  await facets.waitForCounts();
  const allTitles = await tableTitles(list);

  // Before: Търговище among the districts, counted as the API counts its practices.
  const before = await facets.values('districts');
  assert.ok(before.length > 1, `several districts are counted (${before.map((v) => v.label).join(', ')})`);
  assert.deepEqual(
    before.find((value) => value.label === DISTRICT.name),
    { label: DISTRICT.name, count: expected.total, checked: false },
  );
  await expect(facets.option('districts', DISTRICT.name)).toHaveAccessibleName(
    t('facets.option', { label: DISTRICT.name, number: expected.total }),
  );
  // The editor is staff: the statuses are counted too.
  await facets.group('statuses').waitFor();
  await screenshot(page, 'facets-before');

  await facets.pick('districts', DISTRICT.name);
  await page.waitForURL((url) => url.searchParams.get('district') === DISTRICT.code);
  await list.waitForRows();

  // The list: exactly the practices of the district, and its total says so.
  assert.deepEqual((await tableTitles(list)).sort(), [...expected.titles].sort());
  await expect(
    list.main.getByText(t('practices.total', { count: expected.total }), { exact: true }),
  ).toBeVisible();
  assert.ok(expected.total < allTitles.length, 'the district narrowed the list');

  // The district facet ignores its own filter: Търговище ticked, the other districts still counted.
  const after = await facets.values('districts');
  assert.deepEqual(
    after,
    before.map((value) => ({ ...value, checked: value.label === DISTRICT.name })),
  );
  // The other facets count only the district's practices now.
  const years = await facets.values('years');
  assert.ok(years.length > 0, 'the district’s practices are counted by year');
  assert.ok(
    years.every((value) => value.count <= expected.total),
    `no year counts more than the ${expected.total} practice(s) shown: ${JSON.stringify(years)}`,
  );
  await screenshot(page, 'facets-district-ticked');
  const findings = await axeScan(page, 'facets-district-ticked');
  assert.equal(findings.length, 0, `axe found beside the filtered list:\n${describeFindings(findings)}`);

  // A reload keeps the choice (it lives in the address); unticking brings every practice back.
  await page.reload();
  await list.waitForRows();
  await facets.waitForCounts();
  await expect(facets.option('districts', DISTRICT.name)).toBeChecked();
  await facets.pick('districts', DISTRICT.name, false);
  await page.waitForURL((url) => !url.searchParams.has('district'));
  await list.waitForRows();
  assert.deepEqual(await tableTitles(list), allTitles);

  // On a tablet the panel stands above the list, folded behind its title.
  await page.setViewportSize({ width: 820, height: 1180 });
  const toggle = facets.region.getByRole('button', { name: t('facets.title') });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(facets.group('districts')).toBeHidden();
  await toggle.click();
  await expect(facets.option('districts', DISTRICT.name)).toBeVisible();
  await screenshot(page, 'facets-tablet');
});
