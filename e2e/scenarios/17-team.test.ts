import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { AccountPage } from '../pages/AccountPage.js';
import { AppLayout } from '../pages/AppLayout.js';
import { notification } from '../pages/components.js';
import { PracticeFormPage } from '../pages/PracticeFormPage.js';
import { SetPasswordPage } from '../pages/SetPasswordPage.js';
import { SignInPage } from '../pages/SignInPage.js';
import { UsersPage } from '../pages/UsersPage.js';
import { apiSession, graphql, GraphQLRequestError } from '../src/api.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { uniqueTitle } from '../src/fixtures.js';
import { t } from '../src/i18n.js';
import { test } from '../src/test.js';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function axeClean(page: Page, name: string): Promise<void> {
  const findings = await axeScan(page, name);
  assert.equal(findings.length, 0, `axe found on ${name}:\n${describeFindings(findings)}`);
}

test('an admin invites an editor, who sets a password through the link, signs in and creates a practice; disabled, their session ends', async ({
  pageAs,
}) => {
  const admin = await pageAs('admin');
  const users = new UsersPage(admin);
  await users.goto();
  await axeClean(admin, 'users');

  const email = `editor-${unique()}@obmen.example`;
  const name = 'Елена Нова';
  const link = await users.invite({ name, email, roles: ['EDITOR'] });
  assert.match(link, /\/set-password#token=[\w-]{43}$/);
  await axeClean(admin, 'users-link-shown');
  await screenshot(admin, 'users-invitation-link');
  await users.closeLink();
  await users.row(email).getByText(t('users.neverSignedIn')).waitFor();

  const editor = await pageAs();
  const setPassword = new SetPasswordPage(editor);
  await setPassword.open(link);
  // The token is taken out of the address bar as soon as it is read.
  assert.equal(new URL(editor.url()).hash, '');
  await axeClean(editor, 'set-password');
  await setPassword.choose('an-editor-password-42');
  await editor.waitForURL((url) => url.pathname === '/');
  await new AppLayout(editor).navigation.waitFor();

  const form = new PracticeFormPage(editor);
  await form.gotoNew();
  await form.fillText('title', uniqueTitle('Практика на поканен редактор'));
  // The commonest social service in Bulgaria: day care for older people.
  await form.addServiceType('Дневна', 'Дневна грижа');
  const practiceId = await form.saveNew();
  const { practice } = await graphql<{ practice: { serviceTypes: { slug: string }[] } }>(
    'query ($id: ID) { practice(id: $id) { serviceTypes { slug } } }',
    { id: practiceId },
    await apiSession('admin'),
  );
  assert.deepEqual(practice.serviceTypes, [{ slug: 'day-care' }]);

  // The link worked once.
  const again = await pageAs();
  const reused = new SetPasswordPage(again);
  await reused.open(link);
  await reused.choose('another-password-42');
  await reused.invalid.waitFor();

  await users.goto();
  await users.disable(name);
  await users.row(email).getByText(t('users.inactive')).waitFor();
  await editor.goto('/practices');
  await editor.waitForURL((url) => url.pathname === '/sign-in');
});

test('an editor changes their own password; a moderator is not offered the team page, and the API refuses it', async ({
  pageAs,
}) => {
  const adminApi = await apiSession('admin');
  const email = `changer-${unique()}@obmen.example`;
  const { inviteUser } = await graphql<{ inviteUser: { link: string } }>(
    'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { link } }',
    { input: { email, name: 'Петър Редактор', roles: ['EDITOR'] } },
    adminApi,
  );
  const token = new URL(inviteUser.link).hash.replace('#token=', '');
  await graphql('mutation ($input: SetPasswordInput!) { setPassword(input: $input) { id } }', {
    input: { token, password: 'first-password-123' },
  });

  const page = await pageAs();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, 'first-password-123');
  await page.waitForURL((url) => url.pathname === '/');
  const layout = new AppLayout(page);
  await layout.navigation.getByRole('link', { name: t('nav.account'), exact: true }).click();
  const account = new AccountPage(page);
  await account.heading.waitFor();
  await account.thisSession.waitFor();
  await axeClean(page, 'account');

  await account.changePassword('not-my-password-1', 'second-password-123');
  await account.passwordForm.getByText(t('account.wrongPassword')).waitFor();
  await account.changePassword('first-password-123', 'second-password-123');
  await notification(page, t('account.passwordChanged')).first().waitFor();
  await screenshot(page, 'account-password-changed');

  await layout.signOut();
  await signIn.heading.waitFor();
  await signIn.signIn(email, 'first-password-123');
  await signIn.error.waitFor();
  await signIn.signIn(email, 'second-password-123');
  await page.waitForURL((url) => url.pathname === '/');

  const moderator = await pageAs('moderator');
  const modLayout = new AppLayout(moderator);
  await moderator.goto('/');
  await modLayout.navigation.waitFor();
  assert.equal(
    await modLayout.navigation.getByRole('link', { name: t('nav.users'), exact: true }).count(),
    0,
  );
  await moderator.goto('/users');
  await modLayout.main.getByRole('heading', { name: t('forbidden.title') }).waitFor();
  const refused = await graphql('{ users { id } }', {}, await apiSession('moderator')).catch(
    (e: unknown) => e,
  );
  assert.ok(refused instanceof GraphQLRequestError);
  assert.deepEqual(
    refused.errors.map((e) => e.extensions?.code),
    ['FORBIDDEN'],
  );
});
