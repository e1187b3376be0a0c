import assert from 'node:assert/strict';
import { notification } from '../pages/components.js';
import { apiSession, graphql } from '../src/api.js';
import { screenshot } from '../src/artifacts.js';
import { uniqueTitle } from '../src/fixtures.js';
import { t } from '../src/i18n.js';
import { test } from '../src/test.js';

test.use({ role: 'editor' });

interface SavedProject {
  title: string;
  budget: { amount: string; currency: string; amountEur: string } | null;
}

test('a project budget typed the Bulgarian way in leva shows its euro equivalent and is saved exactly', async ({
  page,
}) => {
  const title = uniqueTitle('Услуги за деца в Хисар');
  await page.goto('/projects/new');
  const form = page.getByRole('main').getByRole('form', { name: t('projects.createTitle') });
  const titleLabel = `${t('projects.form.titleField')} · ${t('projects.form.bg')}`;
  await form.getByRole('textbox', { name: titleLabel }).fill(title);

  const budget = form.getByRole('textbox', { name: t('projects.form.budget') });
  await budget.fill('199 994,17');
  // The budget's own currency switch: the form has another amount (the grant).
  await form
    .getByLabel(t('inputs.money.currencyOf', { field: t('projects.form.budget') }))
    .getByText(t('inputs.money.BGN'), { exact: true })
    .click();
  // The fixed rate: 199 994,17 лв. is 102 255,40 € (rounded half-up to the cent).
  await form
    .getByText(/102\s255,40/)
    .first()
    .waitFor();
  await screenshot(page, 'project-budget');

  await form.getByRole('button', { name: t('common.save'), exact: true }).click();
  await notification(page, t('projects.created')).first().waitFor();
  await page.waitForURL(/\/projects\/(?!new$)[^/]+$/);
  const id = new URL(page.url()).pathname.split('/').pop();

  const { project } = await graphql<{ project: SavedProject }>(
    'query ($id: ID) { project(id: $id) { title budget { amount currency amountEur } } }',
    { id },
    await apiSession('editor'),
  );
  assert.equal(project.title, title);
  assert.deepEqual(project.budget, { amount: '199994.17', currency: 'BGN', amountEur: '102255.40' });
});
