import assert from 'node:assert/strict';
import { ModerationPage } from '../pages/ModerationPage.js';
import { graphql } from '../src/api.js';
import { solvedAltcha } from '../src/altcha.js';
import { screenshot } from '../src/artifacts.js';
import { createPractice, publicPractice, uniqueTitle } from '../src/fixtures.js';
import { t } from '../src/i18n.js';
import { eventually } from '../src/wait.js';
import { test } from '../src/test.js';

test.use({ role: 'moderator' });

test('a public nomination through the API, approved in the moderation queue, raises the count', async ({
  page,
}) => {
  const practice = await createPractice({
    title: uniqueTitle('Дневен център за деца с увреждания'),
    municipalityCodes: ['TGV22'],
    publish: true,
  });
  assert.equal((await publicPractice(practice.id)).nominationCount, 0);

  // What a partner site's page sends: a solved proof of work, no token, no cookie.
  const nominator = `Мария Иванова ${Date.now().toString(36)}`;
  const { submitNomination } = await graphql<{ submitNomination: { received: boolean; message: string } }>(
    'mutation ($input: SubmitNominationInput!) { submitNomination(input: $input) { received message } }',
    {
      input: {
        practiceId: practice.id,
        name: nominator,
        email: `maria.${Date.now()}@example.bg`,
        organization: 'Сдружение „Заедно“',
        reason: 'Центърът работи с всички семейства в общината и е пример за съседните общини.',
        altcha: await solvedAltcha(),
      },
    },
  );
  assert.equal(submitNomination.received, true);
  // Pending nominations do not count yet.
  assert.equal((await publicPractice(practice.id)).nominationCount, 0);

  const queue = new ModerationPage(page);
  await queue.goto({ practiceId: practice.id });
  await queue.row(nominator).waitFor();
  const approvedBefore = await queue.statusCount('APPROVED');
  const pendingBefore = await queue.statusCount('PENDING');
  assert.ok(pendingBefore >= 1);
  await screenshot(page, 'moderation-queue');

  await queue.select(nominator);
  await queue.decide('APPROVE', 1, 'Проверено по телефона.');
  await queue.row(nominator).waitFor({ state: 'detached' });
  await page
    .getByText(t('moderation.emptyNominations.PENDING'))
    .or(page.getByText(t('moderation.emptyFiltered')))
    .first()
    .waitFor();

  // The approved count rises in the queue…
  await eventually(
    'the approved count to rise',
    async () => (await queue.statusCount('APPROVED')) === approvedBefore + 1,
  );
  assert.equal(await queue.statusCount('PENDING'), pendingBefore - 1);
  await queue.showStatus('APPROVED');
  await queue.row(nominator).waitFor();

  // …and in what partner sites read.
  assert.equal((await publicPractice(practice.id)).nominationCount, 1);
});
