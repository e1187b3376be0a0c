import assert from 'node:assert/strict';
import { AppLayout, type Section } from '../pages/AppLayout.js';
import { PracticeListPage } from '../pages/PracticeListPage.js';
import { SignInPage } from '../pages/SignInPage.js';
import { screenshot } from '../src/artifacts.js';
import { t } from '../src/i18n.js';
import { DEMO_LOGINS } from '../src/roles.js';
import { test } from '../src/test.js';

test('sign in: a wrong password is refused, the right one returns to the page asked for', async ({
  page,
}) => {
  await page.goto('/practices?q=hisar');
  await page.waitForURL((url) => url.pathname === '/sign-in');
  assert.equal(new URL(page.url()).searchParams.get('next'), '/practices?q=hisar');

  const signIn = new SignInPage(page);
  await signIn.heading.waitFor();

  await signIn.signIn(DEMO_LOGINS.editor.email, 'not-the-password');
  await signIn.error.waitFor();
  assert.equal((await signIn.error.innerText()).trim(), t('auth.wrongCredentials'));
  assert.equal(new URL(page.url()).pathname, '/sign-in');

  await signIn.signIn(DEMO_LOGINS.editor.email, DEMO_LOGINS.editor.password);
  await page.waitForURL((url) => url.pathname === '/practices');
  assert.equal(new URL(page.url()).searchParams.get('q'), 'hisar');
  const list = new PracticeListPage(page);
  await list.heading.waitFor();
  assert.equal(await list.search.inputValue(), 'hisar');

  await new AppLayout(page).signOut();
  await signIn.heading.waitFor();
});

const EXPECTED: Record<'editor' | 'moderator', { sees: Section[]; notSees: Section[] }> = {
  editor: { sees: ['dashboard', 'practices', 'trash'], notSees: ['moderation', 'volunteers', 'tokens'] },
  moderator: { sees: ['dashboard', 'moderation'], notSees: ['practices', 'trash', 'tokens'] },
};

test('each role sees only its sections; a typed address outside them shows "no access"', async ({
  pageAs,
}) => {
  for (const role of ['editor', 'moderator'] as const) {
    const page = await pageAs(role);
    const layout = new AppLayout(page);
    await page.goto('/');
    await layout.navigation.waitFor();
    const sections = await layout.visibleSections();
    for (const section of EXPECTED[role].sees)
      assert.ok(sections.includes(section), `${role} sees ${section}`);
    for (const section of EXPECTED[role].notSees) {
      assert.ok(!sections.includes(section), `${role} does not see ${section}`);
    }
    await screenshot(page, `navigation-${role}`);

    const outside = role === 'editor' ? '/moderation' : '/practices';
    await page.goto(outside);
    await layout.main.getByRole('heading', { name: t('forbidden.title') }).waitFor();
  }
});
