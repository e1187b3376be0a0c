import assert from 'node:assert/strict';
import { expect, type Page } from '@playwright/test';
import { TaxonomiesPage } from '../pages/TaxonomiesPage.js';
import { apiSession, graphql } from '../src/api.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { createPractice, uniqueTitle } from '../src/fixtures.js';
import { test } from '../src/test.js';

test.use({ role: 'editor' });

async function axeClean(page: Page, name: string): Promise<void> {
  const findings = await axeScan(page, name);
  assert.equal(findings.length, 0, `axe found on ${name}:\n${describeFindings(findings)}`);
}

test('an editor reorders the service types, adds one in both languages and merges two themes, moving their practice', async ({
  page,
}) => {
  const editor = await apiSession('editor');
  // Two themes that mean the same, and a practice tagged with the one that goes away.
  const create = async (bg: string) =>
    (
      await graphql<{ createTheme: { id: string; slug: string } }>(
        'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id slug } }',
        { input: { label: { bg } } },
        editor,
      )
    ).createTheme;
  const source = uniqueTitle('Грижа за стари хора');
  const target = uniqueTitle('Грижа за възрастни');
  const sourceTheme = await create(source);
  const targetTheme = await create(target);
  const practice = await createPractice({ title: uniqueTitle('Топъл обяд') }, editor);
  await graphql(
    'mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { id } }',
    { input: { id: practice.id, version: practice.version, themes: [sourceTheme.slug] } },
    editor,
  );

  const taxonomies = new TaxonomiesPage(page);
  await taxonomies.goto();
  await axeClean(page, 'taxonomies');

  await taxonomies.openTab('serviceTypes');
  const [first, second] = await taxonomies.labels();
  const firstTwo = async () => (await taxonomies.labels()).slice(0, 2);
  await taxonomies.moveDown(first);
  await expect.poll(firstTwo).toEqual([second, first]);
  await taxonomies.moveUp(first);
  await expect.poll(firstTwo).toEqual([first, second]);

  const kitchen = uniqueTitle('Обществена трапезария');
  await taxonomies.create('serviceTypes', kitchen, 'Soup kitchen');
  await taxonomies.row(kitchen).getByText('Soup kitchen').waitFor();
  assert.equal((await taxonomies.labels()).at(-1), kitchen);

  await taxonomies.openTab('themes');
  const summary = await taxonomies.startMerge(source, target);
  await summary.getByText(/: 1,/).waitFor();
  await axeClean(page, 'taxonomies-merge');
  await screenshot(page, 'taxonomies-merge');
  await taxonomies.confirmMerge(source, target);
  await taxonomies.row(source).waitFor({ state: 'detached' });

  const { practice: moved } = await graphql<{ practice: { themes: { slug: string }[] } }>(
    'query ($id: ID) { practice(id: $id) { themes { slug } } }',
    { id: practice.id },
    editor,
  );
  assert.deepEqual(moved.themes, [{ slug: targetTheme.slug }]);
});
