import assert from 'node:assert/strict';
import { PracticeFormPage } from '../pages/PracticeFormPage.js';
import { notification } from '../pages/components.js';
import { screenshot } from '../src/artifacts.js';
import { uniqueTitle } from '../src/fixtures.js';
import { t } from '../src/i18n.js';
import { test } from '../src/test.js';

test.use({ role: 'editor' });

/** The server's limit on the innovator's name (`CreatePracticeInput.innovator`). */
const INNOVATOR_MAX = 200;

test('a value only the server refuses is explained on its field, in Bulgarian, and nothing is saved', async ({
  page,
}) => {
  const form = new PracticeFormPage(page);
  await form.gotoNew();
  await form.fillText('title', uniqueTitle('Твърде дълъг иноватор'));
  const innovator = form.form.getByRole('textbox', { name: t('practices.form.innovator'), exact: true });
  await innovator.fill('Сдружение '.repeat(25));

  await form.save();
  await notification(page, t('errors.validation')).first().waitFor();
  const message = t('validation.maxLength', { count: INNOVATOR_MAX, max: INNOVATOR_MAX });
  await form.form.getByText(message, { exact: true }).waitFor();
  assert.equal(await innovator.getAttribute('aria-invalid'), 'true');
  await screenshot(page, 'server-validation');
  // Refused as a whole: still the new-practice form, the typed values kept.
  assert.match(new URL(page.url()).pathname, /\/practices\/new$/);
  assert.equal((await innovator.inputValue()).length, 250);
});
