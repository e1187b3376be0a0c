import assert from 'node:assert/strict';
import { HistoryPage } from '../pages/HistoryPage.js';
import { PracticeFormPage } from '../pages/PracticeFormPage.js';
import { screenshot } from '../src/artifacts.js';
import { createPractice, staffPractice, uniqueTitle, updatePractice } from '../src/fixtures.js';
import { t } from '../src/i18n.js';
import { test } from '../src/test.js';

test.use({ role: 'editor' });

test('restore a revision: the old texts come back as a new version', async ({ page }) => {
  const first = 'Обучение на личните асистенти преди първото посещение.';
  const second = 'Резюме, което по-късно се оказва грешно.';
  const created = await createPractice({ title: uniqueTitle('Личен асистент в Омуртаг'), summary: first });
  await updatePractice({ id: created.id, version: created.version, summary: { bg: second } });

  const form = new PracticeFormPage(page);
  await form.goto(created.id);
  assert.equal(await form.textValue('summary'), second);
  const history = new HistoryPage(page);
  const button = page.getByRole('main').getByRole('link', { name: t('history.open'), exact: true });
  if (await button.count()) {
    await button.click();
    await history.waitForRevisions();
  } else {
    await history.goto(created.id);
  }
  assert.equal(await history.action(1), 'CREATE');
  assert.equal(await history.action(2), 'UPDATE');

  const diff = await history.showChanges(2);
  await diff.getByText(first).first().waitFor();
  await diff.getByText(second).first().waitFor();
  await screenshot(page, 'revision-diff');

  await history.restore(1, 3);
  await history.row(3).waitFor();
  assert.equal(await history.action(3), 'RESTORE');

  await form.goto(created.id);
  assert.equal(await form.textValue('summary'), first);
  assert.equal(await form.version(), 3);

  const restored = await staffPractice(created.id);
  assert.equal(restored.version, 3);
  assert.equal(restored.summary, first);
});
