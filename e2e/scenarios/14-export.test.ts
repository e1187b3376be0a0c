import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { ExportMenu } from '../pages/ExportMenu.js';
import { PracticeListPage } from '../pages/PracticeListPage.js';
import { apiSession, graphql } from '../src/api.js';
import { test } from '../src/test.js';

test.use({ role: 'editor' });

/** How many practices the editor sees unfiltered, from the API. */
async function allPractices(): Promise<number> {
  const { practices } = await graphql<{ practices: { totalCount: number } }>(
    '{ practices { totalCount } }',
    {},
    await apiSession('editor'),
  );
  return practices.totalCount;
}

test('the export button downloads the filtered practice list as a CSV with Cyrillic intact', async ({
  page,
}) => {
  const list = new PracticeListPage(page);
  await list.goto();
  const total = await allPractices();
  await list.searchFor('Търговище');
  // The search box writes the address after a pause, from a timer: wait for the list to narrow.
  const titles = list.table.getByRole('row').getByRole('link');
  await expect.poll(() => titles.count(), { message: 'the search narrows the list' }).toBeLessThan(total);
  const shown = await titles.allInnerTexts();
  assert.ok(shown.length > 0, 'the search finds the Търговище practice');

  const { download, text } = await new ExportMenu(page).download('csv');
  assert.match(download.suggestedFilename(), /^obmen-practices-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.ok(text.startsWith('\uFEFF'), 'UTF-8 with a byte-order mark, for Excel');
  const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  // Exactly the list's rows, in its order: the filter and the order went along.
  assert.deepEqual(
    rows.map((row) => row.title_bg),
    shown,
  );
  assert.ok(
    rows.some((row) => row.title_bg.includes('Търговище') || row.municipalities_bg.includes('Търговище')),
    `Cyrillic intact: ${rows.map((row) => row.title_bg).join(', ')}`,
  );
});
