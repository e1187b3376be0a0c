import assert from 'node:assert/strict';
import { ConflictDialog } from '../pages/ConflictDialog.js';
import { notification } from '../pages/components.js';
import { PracticeFormPage } from '../pages/PracticeFormPage.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { createPractice, staffPractice, textOf, uniqueTitle } from '../src/fixtures.js';
import { t } from '../src/i18n.js';
import { test } from '../src/test.js';

test.use({ role: 'editor' });

test('edit with a conflict from a second session, and merge', async ({ page, pageAs }) => {
  const title = uniqueTitle('Приемна грижа в община Родопи');
  const practice = await createPractice({
    title,
    summary: 'Първоначално резюме.',
    municipalityCodes: ['PDV26'],
  });
  const theirSummary = 'Резюме, записано от администратора междувременно.';
  const myResults = 'Дванадесет деца са отгледани в приемни семейства през първата година.';

  // The editor opens the practice at version 1 and starts typing…
  const mine = new PracticeFormPage(page);
  await mine.goto(practice.id);
  assert.equal(await mine.version(), 1);
  await mine.fillText('summary', 'Резюме, както го вижда редакторът.');
  await mine.fillText('results', myResults);

  // …while an admin, in a session of their own, saves a change to the same practice.
  const other = await pageAs('admin');
  const theirs = new PracticeFormPage(other);
  await theirs.goto(practice.id);
  await theirs.fillText('summary', theirSummary);
  await theirs.saveChanges();
  assert.equal(await theirs.version(), 2);
  await other.context().close();

  await mine.save();
  const merge = new ConflictDialog(page);
  await merge.dialog.waitFor();

  const summary = t('practices.form.summary');
  const results = t('practices.form.results');
  assert.deepEqual(await merge.fields(), [summary, results]);
  await screenshot(page, 'conflict-merge');
  const findings = await axeScan(page, 'conflict-merge');
  assert.equal(findings.length, 0, `axe found in the merge dialog:\n${describeFindings(findings)}`);
  // Their summary wins; my results stay (mine is the default).
  await merge.choose(summary, 'theirs');
  await merge.saveMerged();
  await notification(page, t('conflict.savedMerged')).first().waitFor();
  await page
    .getByText(t('practices.form.version', { version: 3 }))
    .first()
    .waitFor();
  assert.equal(await mine.textValue('summary'), theirSummary);
  assert.equal(await mine.textValue('results'), myResults);

  const saved = await staffPractice(practice.id);
  assert.equal(saved.version, 3);
  assert.equal(saved.title, title);
  assert.equal(textOf(saved.summary), theirSummary);
  assert.equal(textOf(saved.results), myResults);
});
