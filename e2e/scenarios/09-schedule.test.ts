import assert from 'node:assert/strict';
import { PracticeFormPage } from '../pages/PracticeFormPage.js';
import { notification } from '../pages/components.js';
import { apiSession, graphql } from '../src/api.js';
import { axeScan, describeFindings, screenshot } from '../src/artifacts.js';
import { createPractice, uniqueTitle } from '../src/fixtures.js';
import { t } from '../src/i18n.js';
import { test } from '../src/test.js';

test.use({ role: 'editor' });

async function schedule(id: string): Promise<{ status: string; publishAt: string | null; version: number }> {
  const { practice } = await graphql<{
    practice: { status: string; publishAt: string | null; version: number };
  }>(
    'query ($id: ID) { practice(id: $id) { status publishAt version } }',
    { id },
    await apiSession('editor'),
  );
  return practice;
}

test('schedule a reviewed practice for next month, then cancel the schedule', async ({ page }) => {
  const practice = await createPractice({ title: uniqueTitle('Планирана практика в Смолян') });

  const form = new PracticeFormPage(page);
  await form.goto(practice.id);
  await form.form.getByRole('button', { name: t('schedule.action'), exact: true }).click();

  // The 15th of next month at 10:00 in the picker, confirmed in its dropdown.
  const dialog = page.getByRole('dialog', { name: t('schedule.dialogTitle') });
  await dialog.waitFor();
  const findings = await axeScan(page, 'schedule-dialog');
  assert.equal(findings.length, 0, `axe found in the schedule dialog:\n${describeFindings(findings)}`);
  await dialog.getByRole('button', { name: t('schedule.when') }).click();
  // The picker's dropdown: the other dialog, the one with the month and its arrows.
  const next = page.getByRole('button', { name: t('schedule.picker.nextMonth'), exact: true });
  const picker = page.getByRole('dialog').filter({ has: next });
  await next.click();
  await picker.getByRole('table').getByRole('button', { name: /^15 / }).click();
  await picker.getByRole('spinbutton', { name: t('schedule.picker.hours'), exact: true }).click();
  await page.keyboard.type('10');
  await picker.getByRole('spinbutton', { name: t('schedule.picker.minutes'), exact: true }).click();
  await page.keyboard.type('00');
  await picker.getByRole('button', { name: t('schedule.picker.done'), exact: true }).click();
  await dialog.getByRole('button', { name: t('schedule.confirm'), exact: true }).click();

  const [scheduledPrefix] = t('schedule.scheduledFor', { at: '\u0000' }).split('\u0000');
  await form.form.getByRole('status').filter({ hasText: scheduledPrefix }).waitFor();
  await screenshot(page, 'practice-scheduled');
  const scheduled = await schedule(practice.id);
  assert.equal(scheduled.status, 'IN_REVIEW', 'it waits in review until its moment');
  assert.ok(scheduled.publishAt, 'the schedule is saved');
  const at = new Date(scheduled.publishAt);
  assert.equal(at.getTime() > Date.now(), true);
  assert.equal(at.getUTCDate(), 15, 'the 15th (10:00 in Sofia is 07:00 or 08:00 UTC)');

  await form.form.getByRole('button', { name: t('schedule.cancel'), exact: true }).click();
  await notification(page, t('schedule.cancelled')).first().waitFor();
  assert.equal((await schedule(practice.id)).publishAt, null);
});
