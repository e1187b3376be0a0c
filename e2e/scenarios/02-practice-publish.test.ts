import assert from 'node:assert/strict';
import { AppLayout } from '../pages/AppLayout.js';
import { PracticeFormPage } from '../pages/PracticeFormPage.js';
import { PracticeListPage } from '../pages/PracticeListPage.js';
import { screenshot } from '../src/artifacts.js';
import { findPublicPractices, publicPractice, textOf, uniqueTitle } from '../src/fixtures.js';
import { t } from '../src/i18n.js';
import { test } from '../src/test.js';

test.use({ role: 'editor' });

test('create a practice in two municipalities, publish it, and find it through the public API', async ({
  page,
}) => {
  const title = uniqueTitle('Социално такси за възрастни хора');
  const summary = 'Безплатен транспорт до лекар и общината за хора над 65 години в Хисаря и Карлово.';

  const layout = new AppLayout(page);
  const list = new PracticeListPage(page);
  await page.goto('/');
  await layout.open('practices');
  await list.waitForRows();
  await screenshot(page, 'practices-list-before');

  await list.startNew();
  const form = new PracticeFormPage(page);
  await form.waitForForm();

  await form.fillText('title', title);
  await form.fillText('title', `Social taxi ${title.split(' ').pop()}`, 'en');
  await form.fillText('summary', summary);
  await form.setStatus('IN_REVIEW');
  // Found by its alias "Хисар" in Latin, and by its Bulgarian name.
  await form.addMunicipality('hisar', 'Хисаря');
  await form.addMunicipality('Карлово', 'Карлово');
  assert.deepEqual((await form.pickedMunicipalities()).sort(), ['Карлово', 'Хисаря']);
  const id = await form.saveNew();
  assert.equal(await form.version(), 1);

  // Nobody outside sees it before it is published.
  assert.deepEqual(await findPublicPractices(title), []);

  await form.setStatus('PUBLISHED');
  await form.saveChanges();
  assert.equal(await form.version(), 2);
  await screenshot(page, 'practice-published');

  // The list shows it published, in both municipalities.
  await list.goto(`?q=${encodeURIComponent(title)}`);
  const row = list.row(title);
  await row.getByText(t('status.PUBLISHED'), { exact: true }).waitFor();
  await row.getByText('Карлово, Хисаря').or(row.getByText('Хисаря, Карлово')).waitFor();

  const found = await findPublicPractices(title);
  assert.equal(found.length, 1, 'the public API finds the practice by its title');
  const [practice] = found;
  assert.equal(practice.id, id);
  assert.equal(practice.title, title);
  // The editor saves sanitized HTML; partner sites read the same words.
  assert.equal(textOf(practice.summary), summary);
  assert.ok(practice.publishedAt, 'it has a publication date');
  assert.deepEqual(practice.municipalities.map((m) => m.code).sort(), ['PDV13', 'PDV37']);
  assert.equal((await publicPractice(id)).slug, practice.slug);
});
