import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { AppLayout } from '../pages/AppLayout.js';
import { notification } from '../pages/components.js';
import { SignInPage } from '../pages/SignInPage.js';
import { UsersPage } from '../pages/UsersPage.js';
import { apiSession, type Caller, graphql } from '../src/api.js';
import { axeScan, describeFindings } from '../src/artifacts.js';
import { baseUrl } from '../src/browser.js';
import { t } from '../src/i18n.js';
import { test } from '../src/test.js';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const PASSWORD = 'a-team-roles-password-7';

async function axeClean(page: Page, name: string): Promise<void> {
  const findings = await axeScan(page, name);
  assert.equal(findings.length, 0, `axe found on ${name}:\n${describeFindings(findings)}`);
}

/** A new account with a password, made by the admin through the API (an invitation and its link). */
async function teamMember(name: string, roles: string[]): Promise<string> {
  const email = `roles-${unique()}@obmen.example`;
  const { inviteUser } = await graphql<{ inviteUser: { link: string } }>(
    'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { link } }',
    { input: { email, name, roles } },
    await apiSession('admin'),
  );
  const token = new URL(inviteUser.link).hash.replace('#token=', '');
  await graphql('mutation ($input: SetPasswordInput!) { setPassword(input: $input) { id } }', {
    input: { token, password: PASSWORD },
  });
  return email;
}

/** That member's own session through the API's `login`, as their browser would have it. */
async function sessionOf(email: string): Promise<Caller> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { id } }',
      variables: { input: { email, password: PASSWORD } },
    }),
  });
  return {
    cookie: response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
  };
}

test('an admin makes an editor a moderator; signed in, the moderator is offered moderation and not the content', async ({
  pageAs,
}) => {
  const name = 'Ралица Ролева';
  const email = await teamMember(name, ['EDITOR']);

  const admin = await pageAs('admin');
  const users = new UsersPage(admin);
  await users.goto();
  await admin.getByRole('button', { name: t('users.editAccessNamed', { name }) }).click();
  await users.rolesDialog(name).waitFor();
  await axeClean(admin, 'users-roles-dialog');
  await users
    .rolesDialog(name)
    .getByRole('button', { name: t('common.cancel') })
    .click();
  await users.setRoles(name, ['MODERATOR']);
  await notification(admin, t('users.accessSaved', { name })).first().waitFor();
  const row = users.row(email);
  await row.getByText(t('roles.MODERATOR'), { exact: true }).waitFor();
  assert.equal(await row.getByText(t('roles.EDITOR'), { exact: true }).count(), 0);
  await axeClean(admin, 'users-roles-changed');

  const page = await pageAs();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
  const layout = new AppLayout(page);
  await layout.navigation.waitFor();
  const sections = await layout.visibleSections();
  assert.ok(sections.includes('moderation'), `moderation offered: ${sections.join(', ')}`);
  for (const editorOnly of ['practices', 'projects', 'trash'] as const)
    assert.ok(!sections.includes(editorOnly), `${editorOnly} not offered: ${sections.join(', ')}`);
  await page.goto('/practices/new');
  await layout.main.getByRole('heading', { name: t('forbidden.title') }).waitFor();
});

test('a member whose saved language is English sees the admin in English right after signing in', async ({
  pageAs,
}) => {
  const email = await teamMember('Ivan English', ['EDITOR']);
  await graphql(
    'mutation { updateMyAccount(input: { language: EN }) { language } }',
    {},
    await sessionOf(email),
  );

  const page = await pageAs();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, PASSWORD);
  await page.waitForURL((url) => url.pathname === '/');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const layout = new AppLayout(page, 'en');
  await layout.navLink('practices').waitFor();
  await axeClean(page, 'dashboard-in-english');
});
