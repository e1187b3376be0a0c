import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ImportPage } from '../pages/ImportPage.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { t } from '../src/i18n.js';
import { REPO_DIR } from '../src/paths.js';
import { expect, test } from '../src/test.js';

test.use({ role: 'editor' });

/** The shared seed pages beside the repository: FLGR pages 000 and 004, project pages 001–003. */
const SEEDS = path.resolve(REPO_DIR, '..', 'shared', 'seeds');
const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  assert.ok(name, `a seed page ${prefix}* in ${SEEDS}`);
  return path.join(SEEDS, name);
};

async function assertAxeClean(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
  const findings = await axeScan(page, name);
  assert.equal(findings.length, 0, `axe found on ${name}:\n${describeFindings(findings)}`);
}

test('an editor downloads a template, previews FLGR pages, applies them, opens a created practice; a second import changes nothing', async ({
  page,
}) => {
  const flgr = [seed('000_'), seed('004_')];
  const notAPractice = seed('001_');
  const imports = new ImportPage(page);

  await page.goto('/');
  await imports.open();
  await assertAxeClean(page, 'import-page');

  // The spreadsheet kind offers its templates: the practices one downloads with its header.
  const { download, text } = await imports.downloadTemplate('practices');
  assert.equal(download.suggestedFilename(), 'obmen-practices-template.csv');
  assert.match(text, /^\uFEFFid;title_bg;/);
  await assertAxeClean(page, 'import-page-spreadsheet');

  await imports.preview('FLGR', [...flgr, notAPractice]);
  await expect(imports.status('PLANNED')).toBeVisible({ timeout: 30_000 });
  await expect(imports.count('planned.create', 2)).toBeVisible();
  await expect(imports.count('planned.refused', 0)).toBeVisible();
  // The project page is refused as a file, with its reason in words.
  await expect(imports.refusedFiles).toContainText(path.basename(notAPractice));
  await expect(imports.refusedFiles).toContainText(t('imports.problems.notFlgrPage'));
  await imports.waitForItems();
  await expect(imports.itemRows).toHaveCount(2);
  await expect(imports.outcome('CREATE')).toHaveCount(2);
  await assertAxeClean(page, 'import-job-preview');

  await imports.applyButton.click();
  await expect(imports.status('APPLIED')).toBeVisible({ timeout: 60_000 });
  await expect(imports.progress).toHaveAttribute('aria-valuenow', '100');
  await expect(imports.count('done.create', 2)).toBeVisible();
  await imports.waitForItems();
  await assertAxeClean(page, 'import-job-applied');
  // Done: the page stops asking for the job's progress.
  let asked = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.postData()?.includes('"operationName":"ImportJob"'))
      asked++;
  });
  await page.waitForTimeout(2500);
  assert.equal(asked, 0, 'no progress polling once the import is applied');

  // Each created practice links to its page.
  const links = imports.itemRows.getByRole('link');
  await expect(links).toHaveCount(2);
  const title = (await links.first().innerText()).trim();
  await links.first().click();
  await page.waitForURL(/\/practices\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toContainText(title.slice(0, 40));

  // The same two pages again: nothing to create or change.
  await imports.goto();
  await imports.preview('FLGR', flgr);
  await expect(imports.status('PLANNED')).toBeVisible({ timeout: 30_000 });
  await expect(imports.count('planned.unchanged', 2)).toBeVisible();
  await expect(imports.count('planned.create', 0)).toBeVisible();
  await imports.waitForItems();
  await expect(imports.outcome('UNCHANGED')).toHaveCount(2);
});
