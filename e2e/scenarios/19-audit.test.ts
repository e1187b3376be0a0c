import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { AppLayout } from '../pages/AppLayout.js';
import { AuditLogPage } from '../pages/AuditLogPage.js';
import { PracticeFormPage } from '../pages/PracticeFormPage.js';
import { apiSession, graphql, GraphQLRequestError } from '../src/api.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { createPractice, uniqueTitle } from '../src/fixtures.js';
import { t } from '../src/i18n.js';
import { test } from '../src/test.js';

async function axeClean(page: Page, name: string): Promise<void> {
  const findings = await axeScan(page, name);
  assert.equal(findings.length, 0, `axe found on ${name}:\n${describeFindings(findings)}`);
}

/** Today in Sofia as the admin's calendar names it: "4 декември 2026" (no " г."). */
function todayInCalendar(): string {
  return new Intl.DateTimeFormat('bg-BG', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Sofia',
  })
    .format(new Date())
    .replace(/\s*г\.$/, '');
}

test('an admin edits a practice, finds the change in the audit log by record type, person and day, and follows it to the practice', async ({
  pageAs,
}) => {
  const practice = await createPractice({ title: uniqueTitle('Одитирана практика') });
  const { me } = await graphql<{ me: { name: string } }>('{ me { name } }', {}, await apiSession('admin'));

  const admin = await pageAs('admin');
  const form = new PracticeFormPage(admin);
  await form.goto(practice.id);
  await form.fillText('title', uniqueTitle('Одитирана практика, ново заглавие'));
  await form.saveChanges();

  // From the dashboard's latest changes to the whole log.
  await admin.goto('/');
  await new AppLayout(admin).main.getByRole('link', { name: t('dashboard.audit.all'), exact: true }).click();
  await admin.waitForURL((url) => url.pathname === '/audit');
  const audit = new AuditLogPage(admin);
  await audit.waitForEntries();
  await axeClean(admin, 'audit');

  await audit.choose('entityType', t('audit.types.Practice'));
  await audit.choose('actor', me.name);
  const today = todayInCalendar();
  await audit.chooseDay('from', today);
  await audit.chooseDay('to', today);
  const params = new URL(admin.url()).searchParams;
  assert.equal(params.get('type'), 'Practice');
  assert.ok(params.get('actor'));
  assert.equal(params.get('from'), params.get('to'));

  // Only the admin's practice changes of today, worded; the editor's creation is not among them.
  const edited = t('audit.phrase', { verb: t('audit.verbs.update'), subject: t('audit.subjects.practice') });
  const linkName = t('audit.recordLink', { type: t('audit.types.Practice'), id: practice.id.slice(0, 8) });
  const entry = audit.rows.filter({ has: admin.getByRole('link', { name: linkName, exact: true }) });
  await entry.first().waitFor();
  assert.deepEqual(await entry.getByText(edited, { exact: true }).count(), 1);
  assert.equal(await entry.getByText(me.name, { exact: true }).count(), 1);
  for (const row of await audit.rows.all()) {
    assert.ok((await row.innerText()).includes(me.name), 'a row of someone else after filtering by person');
  }
  await axeClean(admin, 'audit-filtered');
  await screenshot(admin, 'audit-filtered');

  await entry.getByRole('link', { name: linkName, exact: true }).click();
  await admin.waitForURL((url) => url.pathname === `/practices/${practice.id}`);
  await form.waitForForm();
});

test('a moderator is not offered the audit log, and the API refuses it', async ({ pageAs }) => {
  const moderator = await pageAs('moderator');
  const layout = new AppLayout(moderator);
  await moderator.goto('/');
  await layout.navigation.waitFor();
  assert.equal(await layout.navigation.getByRole('link', { name: t('nav.audit'), exact: true }).count(), 0);
  assert.equal(await layout.main.getByRole('link', { name: t('dashboard.audit.all') }).count(), 0);
  await moderator.goto('/audit');
  await layout.main.getByRole('heading', { name: t('forbidden.title') }).waitFor();

  const caller = await apiSession('moderator');
  for (const query of ['{ auditLog { totalCount } }', '{ auditLogChoices { actions } }']) {
    const refused = await graphql(query, {}, caller).catch((e: unknown) => e);
    assert.ok(refused instanceof GraphQLRequestError, query);
    assert.deepEqual(
      refused.errors.map((e) => e.extensions?.code),
      ['FORBIDDEN'],
    );
  }
});
