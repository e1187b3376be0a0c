import assert from 'node:assert/strict';
import { AttachmentsSection } from '../pages/AttachmentsSection.js';
import { notification } from '../pages/components.js';
import { PracticeFormPage } from '../pages/PracticeFormPage.js';
import { SearchBox } from '../pages/SearchBox.js';
import { graphql } from '../src/api.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { createPractice, uniqueTitle } from '../src/fixtures.js';
import { htmlPage, onePagePdf, randomWord } from '../src/files.js';
import { t } from '../src/i18n.js';
import { expect, test } from '../src/test.js';

test.use({ role: 'editor' });

/** The practices the public search (signed out, as a partner site asks) finds for `query`. */
async function publicSearch(query: string): Promise<string[]> {
  const { search } = await graphql<{ search: { edges: { node: { id: string } }[] } }>(
    'query ($query: String!) { search(query: $query, types: [PRACTICE]) { edges { node { ... on Practice { id } } } } }',
    { query },
  );
  return search.edges.map((edge) => edge.node.id);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message with one `{{placeholder}}` filled by anything (the server's value). */
const worded = (key: string, placeholder: string) =>
  new RegExp(
    t(key, { [placeholder]: '\u0000' })
      .split('\u0000')
      .map(escape)
      .join('.+'),
  );

test('an editor uploads a PDF to a published practice, renames, downloads and deletes it; its text is searched', async ({
  page,
}) => {
  // A word only the PDF holds: not in the practice, nor in the file's name or title.
  const word = randomWord(12);
  const pdf = onePagePdf(`Obmen report ${word} attached`);
  const title = uniqueTitle('Практика с документи');
  const practice = await createPractice({ title, publish: true });
  assert.deepEqual(await publicSearch(word), [], 'nothing holds the word before the upload');

  const form = new PracticeFormPage(page);
  await form.goto(practice.id);
  const files = new AttachmentsSection(page);
  await expect(files.empty).toBeVisible();

  await files.upload({ name: 'Отчет за 2024.pdf', mimeType: 'application/pdf', buffer: pdf });
  await notification(page, t('attachments.uploaded', { name: 'Отчет за 2024.pdf' })).waitFor();
  // The title defaults to the file name; the type is read from the content; the size in bytes.
  assert.ok(pdf.length < 1000, 'the size is shown in bytes');
  expect((await files.cells('Отчет за 2024.pdf')).slice(0, 3)).toEqual([
    'Отчет за 2024.pdf',
    'PDF',
    `${pdf.length} Б`,
  ]);

  await screenshot(page, 'practice-form-attachments');
  const findings = await axeScan(page, 'practice-form-attachments');
  assert.equal(findings.length, 0, `axe found on the attachments section:\n${describeFindings(findings)}`);

  await files.rename('Отчет за 2024.pdf', 'Годишен отчет');
  // Renamed: the new title, the file's own name still shown under it.
  expect((await files.cells('Годишен отчет'))[0]).toMatch(/^Годишен отчет\s+Отчет за 2024\.pdf$/);
  await page.reload();
  await form.waitForForm();
  await files.link('Годишен отчет').waitFor();

  const { download, bytes } = await files.download('Годишен отчет');
  assert.equal(download.suggestedFilename(), 'Отчет за 2024.pdf');
  assert.ok(bytes.equals(pdf), 'the downloaded bytes are the uploaded PDF');

  // The practice is published: the public search finds it by the PDF's word, and the editor's too.
  assert.deepEqual(await publicSearch(word), [practice.id]);
  const search = new SearchBox(page);
  await search.button.click();
  await search.waitForField();
  await search.type(word);
  await search.result(title, 'Practice').waitFor();
  await expect(search.results.getByRole('option')).toHaveCount(1);
  await search.close();

  const url = await files.link('Годишен отчет').getAttribute('href');
  assert.ok(url, 'the title links to the file');
  await files.delete('Годишен отчет');
  await notification(page, t('attachments.deleted', { name: 'Отчет за 2024.pdf' })).waitFor();
  await expect(files.empty).toBeVisible();
  await expect(files.link('Годишен отчет')).toHaveCount(0);
  assert.equal((await page.request.get(url)).status(), 404, 'the deleted file is not served');
  assert.deepEqual(await publicSearch(word), [], 'the word left the search with the file');
});

test('an HTML page named .pdf is refused with the reason in Bulgarian, and nothing is listed', async ({
  page,
}) => {
  const practice = await createPractice({ title: uniqueTitle('Практика без страници') });
  const form = new PracticeFormPage(page);
  await form.goto(practice.id);
  const files = new AttachmentsSection(page);
  await expect(files.empty).toBeVisible();

  await files.upload({ name: 'доклад.pdf', mimeType: 'application/pdf', buffer: htmlPage('Доклад') });
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: worded('attachments.errors.fileType', 'accepted') });
  await refusal.waitFor();
  // The accepted types are named, from the server's answer.
  await expect(refusal).toContainText('PDF');
  await expect(files.empty).toBeVisible();
  await screenshot(page, 'practice-form-attachment-refused', { toasts: true });
});
