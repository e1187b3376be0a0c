import { nomination } from '../nomination';
import { UserRole } from '../../common/principal';
import { type Client, startModuleServer, type TestServer } from '../../test/harness';
import { solvePow } from './altcha';
import { codes, fields } from '../../test/expect';

let server: TestServer;
let visitor: Client;
let moderator: Client;
const practices: Record<string, string> = {};

const sql = (query: string, params: unknown[] = []) => server.obmen.database.dataSource.query(query, params);

async function solved(client: Client = visitor): Promise<string> {
  const { nominationChallenge } = await client.ok(
    `{ nominationChallenge { algorithm challenge maxnumber salt signature } }`,
  );
  return solvePow(nominationChallenge);
}

async function nominate(practice: string, email: string, client: Client = visitor) {
  return client.gql(
    `mutation($input: SubmitNominationInput!) { submitNomination(input: $input) { received message } }`,
    { input: { practiceId: practices[practice], name: 'Гост', email, altcha: await solved(client) } },
  );
}

async function propose(title: string, client: Client = visitor, email = 'Ivan@Example.org') {
  return client.gql(
    `mutation($input: ProposePracticeInput!) { proposePractice(input: $input) { received message } }`,
    {
      input: {
        title,
        summary: 'Кратко описание',
        municipalityCodes: ['LOV33'],
        name: 'Иван Стоянов',
        email,
        organization: 'Община Тетевен',
        altcha: await solved(client),
      },
    },
  );
}

const QUEUE = `query($filter: ModerationQueueFilter) { moderationQueue(filter: $filter) {
  nominations { totalCount edges { node { id nominatorEmail status duplicate practice { id } } } }
  proposals { totalCount edges { node { id title status proposal { name email organization submittedAt reviewNote } } } }
  nominationCounts { pending approved rejected spam }
  proposalCounts { inReview draft published archived rejected }
} }`;
const queue = async (filter?: Record<string, unknown>) =>
  (await moderator.ok(QUEUE, { filter })).moderationQueue;
const emails = (q: any): string[] => q.nominations.edges.map((e: any) => e.node.nominatorEmail);
const titles = (q: any): string[] => q.proposals.edges.map((e: any) => e.node.title);

const MODERATE = `mutation($ids: [ID!]!, $decision: ModerationDecision!, $note: String, $block: Boolean) {
  moderateNominations(ids: $ids, decision: $decision, note: $note, blockSender: $block) {
    changed blockedSenders nominations { id status decidedAt moderationNote } } }`;
const REVIEW = `mutation($id: ID!, $decision: ProposalDecision!, $note: String, $block: Boolean) {
  reviewProposal(id: $id, decision: $decision, note: $note, blockSender: $block) { id status proposal { reviewNote } } }`;

const UNBLOCK = 'mutation($email: String!) { unblockSender(email: $email) }';

/** Nomination ids by the emails they were sent with. */
async function idsOf(...wanted: string[]): Promise<string[]> {
  const rows: { id: string; email: string }[] = await sql(
    'SELECT id, nominator_email AS email FROM nomination',
  );
  return wanted.map((email) => rows.find((r) => r.email === email)!.id);
}

beforeAll(async () => {
  server = await startModuleServer([nomination]);
  visitor = await server.as('public');
  moderator = await server.as(UserRole.MODERATOR);
  const created = await server.ok(`mutation {
    a: createPractice(input: { title: { bg: "Домашен социален патронаж" }, status: PUBLISHED }) { id }
    b: createPractice(input: { title: { bg: "Дневен център за деца" }, status: PUBLISHED }) { id }
  }`);
  practices.a = created.a.id;
  practices.b = created.b.id;
  // Staff are not held to the address limit, so the queue can be filled quickly.
  const staff = await server.as(UserRole.COORDINATOR);
  for (const [practice, email] of [
    ['a', 'first@example.org'],
    ['b', 'second@example.org'],
    ['a', 'third@example.org'],
    ['a', 'First+again@example.org'],
  ]) {
    expect((await nominate(practice, email, staff)).errors).toBeUndefined();
  }
  // Backdate the first one: the date filters have something to tell apart.
  await sql("UPDATE nomination SET created_at = now() - interval '3 days' WHERE nominator_email = $1", [
    'first@example.org',
  ]);
});
afterAll(() => server.stop());
// The public client is one address: keep each test inside its hourly limit.
beforeEach(async () => {
  await sql("UPDATE nomination SET created_at = created_at - interval '61 minutes'");
  await sql("UPDATE practice SET proposal_submitted_at = proposal_submitted_at - interval '61 minutes'");
});

describe('moderationQueue', () => {
  it('lists pending nominations oldest first, filtered, with counts per status', async () => {
    const all = await queue();
    expect(emails(all)).toEqual([
      'first@example.org',
      'second@example.org',
      'third@example.org',
      'First+again@example.org',
    ]);
    expect(all.nominationCounts).toEqual({ pending: 4, approved: 0, rejected: 0, spam: 0 });

    const onA = await queue({ practiceIds: [practices.a] });
    expect(emails(onA)).toEqual(['first@example.org', 'third@example.org', 'First+again@example.org']);
    expect(onA.nominationCounts.pending).toBe(3);
    expect(emails(await queue({ duplicate: true }))).toEqual(['First+again@example.org']);
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
    expect(emails(await queue({ submittedTo: twoDaysAgo }))).toEqual(['first@example.org']);
    expect(emails(await queue({ submittedFrom: twoDaysAgo }))).toHaveLength(3);
    expect((await queue({ statuses: ['APPROVED'] })).nominations.totalCount).toBe(0);
  });

  it('costs the same number of statements for a page of 1 or of 4', async () => {
    const page = (
      size: number,
    ) => `{ moderationQueue { nominationCounts { pending } proposalCounts { inReview }
      nominations(first: ${size}) { edges { node { nominatorEmail practice { title } } } }
      proposals(first: ${size}) { edges { node { title proposal { email } } } } } }`;
    await moderator.ok(page(1)); // signs in once
    const one = await server.countStatements(() => moderator.ok(page(1)));
    const four = await server.countStatements(() => moderator.ok(page(4)));
    expect(four).toBe(one);
  });

  it('serves the practices’ titles in the requested language', async () => {
    await sql(`UPDATE practice SET title = title || '{"en": "Home care"}' WHERE id = $1`, [practices.a]);
    const LOCALIZED = `query($filter: ModerationQueueFilter, $locale: Locale) {
      moderationQueue(filter: $filter, locale: $locale) {
        nominations(first: 1) { edges { node { practice { title localization { requested } } } } } } }`;
    const titleIn = async (locale?: string) =>
      (await moderator.ok(LOCALIZED, { filter: { practiceIds: [practices.a] }, locale })).moderationQueue
        .nominations.edges[0].node.practice;
    expect(await titleIn('EN')).toEqual({ title: 'Home care', localization: { requested: 'EN' } });
    expect(await titleIn('BG')).toEqual({
      title: 'Домашен социален патронаж',
      localization: { requested: 'BG' },
    });
    expect(await titleIn()).toEqual({
      title: 'Домашен социален патронаж',
      localization: { requested: 'BG' },
    });
  });

  it('is for moderators and admins only', async () => {
    expect(codes(await visitor.gql(QUEUE))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await (await server.as(UserRole.EDITOR)).gql(QUEUE))).toEqual(['FORBIDDEN']);
    expect((await server.gql(QUEUE)).errors).toBeUndefined();
  });
});

describe('moderateNominations', () => {
  it('decides in bulk, records who and when, and repeating it changes nothing', async () => {
    const ids = await idsOf('first@example.org', 'third@example.org');
    const count = async () =>
      (await visitor.ok(`query($id: ID!) { practice(id: $id) { nominationCount } }`, { id: practices.a }))
        .practice.nominationCount;
    expect(await count()).toBe(0);

    const first = await moderator.ok(MODERATE, { ids, decision: 'APPROVE', note: 'Потвърдено по телефона' });
    expect(first.moderateNominations.changed).toBe(2);
    expect(first.moderateNominations.nominations.map((n: any) => [n.id, n.status])).toEqual([
      [ids[0], 'APPROVED'],
      [ids[1], 'APPROVED'],
    ]);
    expect(await count()).toBe(2);

    const again = await moderator.ok(MODERATE, { ids, decision: 'APPROVE', note: 'Втори път' });
    expect(again.moderateNominations.changed).toBe(0);
    expect(again.moderateNominations.nominations).toEqual(first.moderateNominations.nominations);
    expect(await count()).toBe(2);

    const audit = await sql(
      "SELECT entity_id, actor_kind, details FROM audit_entry WHERE action = 'nomination.approve' ORDER BY entity_id",
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor_kind: 'user',
      details: { from: 'PENDING', to: 'APPROVED', note: 'Потвърдено по телефона' },
    });
    expect((await queue()).nominationCounts).toEqual({ pending: 2, approved: 2, rejected: 0, spam: 0 });

    // Changing one's mind is a new decision; the count follows.
    await moderator.ok(MODERATE, { ids: [ids[1]], decision: 'REJECT' });
    expect(await count()).toBe(1);
  });

  it('changes nothing when any id is unknown, and blocks senders only with SPAM', async () => {
    const [known] = await idsOf('second@example.org');
    const unknown = 'c0ffee00-0000-4000-8000-000000000001';
    const refused = await moderator.gql(MODERATE, { ids: [known, unknown], decision: 'REJECT' });
    expect(codes(refused)).toEqual(['NOT_FOUND']);
    expect(refused.errors![0].message).toContain(unknown);
    expect(codes(await moderator.gql(MODERATE, { ids: ['nope'], decision: 'REJECT' }))).toEqual([
      'NOT_FOUND',
    ]);
    const blockApproval = await moderator.gql(MODERATE, { ids: [known], decision: 'APPROVE', block: true });
    expect(fields(blockApproval)).toEqual(['blockSender']);
    expect(fields(await moderator.gql(MODERATE, { ids: [], decision: 'SPAM' }))).toEqual(['ids']);
    const [row] = await sql('SELECT status FROM nomination WHERE id = $1', [known]);
    expect(row.status).toBe('PENDING');
  });
});

describe('proposePractice and reviewProposal', () => {
  it('lands in review with the proposer’s contact, unseen by the public until published', async () => {
    const publicCount = async () => (await visitor.ok(`{ practices { totalCount } }`)).practices.totalCount;
    const before = await publicCount();
    for (const title of ['Топъл обяд', 'Социално такси', 'Реклама на казино']) {
      const answer = await propose(title);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.proposePractice.received).toBe(true);
    }
    expect(await publicCount()).toBe(before);

    const q = await queue();
    expect(titles(q)).toEqual(['Топъл обяд', 'Социално такси', 'Реклама на казино']);
    expect(q.proposals.edges[0].node).toMatchObject({
      status: 'IN_REVIEW',
      proposal: {
        name: 'Иван Стоянов',
        email: 'Ivan@Example.org',
        organization: 'Община Тетевен',
        reviewNote: null,
      },
    });
    expect(q.proposalCounts).toEqual({ inReview: 3, draft: 0, published: 0, archived: 0, rejected: 0 });

    const [revision] = await sql(
      "SELECT actor_kind, request_id FROM audit_entry WHERE action = 'practice.create' AND entity_id = $1",
      [q.proposals.edges[0].node.id],
    );
    expect(revision.actor_kind).toBe('system:public-proposal');
    expect(revision.request_id).toEqual(expect.any(String));

    const editor = await server.as(UserRole.EDITOR);
    const hidden = await editor.gql(`query($id: ID!) { practice(id: $id) { title proposal { email } } }`, {
      id: q.proposals.edges[0].node.id,
    });
    expect(codes(hidden)).toEqual(['FORBIDDEN']);
  });

  it('approves to draft, publishes, or rejects to the trash with a note; idempotent', async () => {
    const [lunch, taxi, casino] = (await queue()).proposals.edges.map((e: any) => e.node.id);
    const review = (id: string, decision: string, extra: Record<string, unknown> = {}) =>
      moderator.gql(REVIEW, { id, decision, ...extra });

    const draft = await review(lunch, 'APPROVE', { note: 'Да се допълни' });
    expect(draft.data!.reviewProposal).toEqual({
      id: lunch,
      status: 'DRAFT',
      proposal: { reviewNote: 'Да се допълни' },
    });
    expect((await review(lunch, 'APPROVE')).data!.reviewProposal.status).toBe('DRAFT');

    expect((await review(taxi, 'PUBLISH')).data!.reviewProposal.status).toBe('PUBLISHED');
    const seen = await visitor.ok(`query($id: ID!) { practice(id: $id) { title nominationCount } }`, {
      id: taxi,
    });
    expect(seen.practice).toEqual({ title: 'Социално такси', nominationCount: 0 });
    expect(codes(await review(taxi, 'REJECT'))).toEqual(['CONFLICT']);

    expect((await review(casino, 'REJECT', { note: 'Реклама' })).errors).toBeUndefined();
    expect((await review(casino, 'REJECT')).errors).toBeUndefined();
    expect(codes(await review(casino, 'APPROVE'))).toEqual(['CONFLICT']);
    const [trashed] = await sql('SELECT deleted_at, proposal_review_note FROM practice WHERE id = $1', [
      casino,
    ]);
    expect(trashed.deleted_at).not.toBeNull();
    expect(trashed.proposal_review_note).toBe('Реклама');

    const decisions = await sql(
      "SELECT action, details FROM audit_entry WHERE action LIKE 'proposal.%' ORDER BY at, action",
    );
    expect(decisions).toEqual([
      { action: 'proposal.approve', details: { from: 'IN_REVIEW', to: 'DRAFT', note: 'Да се допълни' } },
      { action: 'proposal.publish', details: { from: 'IN_REVIEW', to: 'PUBLISHED', note: null } },
      { action: 'proposal.reject', details: { from: 'IN_REVIEW', to: 'REJECTED', note: 'Реклама' } },
    ]);

    const q = await queue({ proposalStatuses: ['REJECTED', 'DRAFT'] });
    expect(titles(q)).toEqual(['Топъл обяд', 'Реклама на казино']);
    expect(q.proposalCounts).toEqual({ inReview: 0, draft: 1, published: 1, archived: 0, rejected: 1 });

    expect(codes(await review(practices.a, 'PUBLISH'))).toEqual(['NOT_FOUND']);
    expect(fields(await review(lunch, 'APPROVE', { block: true }))).toEqual(['blockSender']);
  });
});

describe('blocked senders', () => {
  it('file later nominations as spam and drop proposals, answering as usual', async () => {
    const spam = await nominate('b', 'spammer@example.org');
    const [id] = await idsOf('spammer@example.org');
    const blocked = await moderator.ok(MODERATE, {
      ids: [id],
      decision: 'SPAM',
      note: 'Реклама',
      block: true,
    });
    expect(blocked.moderateNominations).toMatchObject({ changed: 1, blockedSenders: 1 });
    const twice = await moderator.ok(MODERATE, { ids: [id], decision: 'SPAM', block: true });
    expect(twice.moderateNominations).toMatchObject({ changed: 0, blockedSenders: 0 });
    expect(await sql("SELECT 1 FROM audit_entry WHERE action = 'sender.block'")).toHaveLength(1);

    const later = await nominate('b', 'new-name@example.org');
    expect(later).toEqual(spam);
    const [row] = await sql('SELECT status, moderation_note FROM nomination WHERE nominator_email = $1', [
      'new-name@example.org',
    ]);
    expect(row).toEqual({ status: 'SPAM', moderation_note: expect.stringMatching(/blocked/) });
    expect(emails(await queue())).not.toContain('new-name@example.org');

    const proposalsBefore = (await queue({ proposalStatuses: ['IN_REVIEW'] })).proposalCounts;
    expect((await propose('Още реклама')).errors).toBeUndefined();
    expect((await queue()).proposalCounts).toEqual(proposalsBefore);

    // Staff behind the same address are not affected.
    expect((await nominate('b', 'staff@example.org', moderator)).errors).toBeUndefined();
    const [staffRow] = await sql('SELECT status FROM nomination WHERE nominator_email = $1', [
      'staff@example.org',
    ]);
    expect(staffRow.status).toBe('PENDING');
  });

  it('are unblocked by the email of their submissions, once, with an audit entry', async () => {
    const invalid = await moderator.gql(UNBLOCK, { email: 'not an email' });
    expect(invalid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', reason: 'isEmail' }],
    });

    // Any spelling of the blocked nomination's email, look-alike letters too (a Cyrillic Ѕ and
    // о, a soft hyphen); the block was on its address.
    expect(await moderator.ok(UNBLOCK, { email: '\u0405pam\u00ADmer+x@EXAMPLE.\u043Erg' })).toEqual({
      unblockSender: true,
    });
    expect(await moderator.ok(UNBLOCK, { email: 'spammer@example.org' })).toEqual({ unblockSender: false });
    expect(await moderator.ok(UNBLOCK, { email: 'nobody@example.org' })).toEqual({ unblockSender: false });
    expect(await sql("SELECT details FROM audit_entry WHERE action = 'sender.unblock'")).toEqual([
      { details: { unblocked: 1 } },
    ]);

    expect((await nominate('b', 'welcome-back@example.org')).errors).toBeUndefined();
    const [row] = await sql('SELECT status FROM nomination WHERE nominator_email = $1', [
      'welcome-back@example.org',
    ]);
    expect(row.status).toBe('PENDING');
  });

  it('are unblocked by the email of a proposal too, however it is spelled', async () => {
    expect((await propose('Пак реклама', visitor, 'promo@example.org')).errors).toBeUndefined();
    const id = (await queue()).proposals.edges.find((e: any) => e.node.title === 'Пак реклама').node.id;
    expect((await moderator.gql(REVIEW, { id, decision: 'REJECT', block: true })).errors).toBeUndefined();
    await nominate('b', 'while-blocked@example.org');
    const statusOf = async (email: string) =>
      (await sql('SELECT status FROM nomination WHERE nominator_email = $1', [email]))[0].status;
    expect(await statusOf('while-blocked@example.org')).toBe('SPAM');

    expect(await moderator.ok(UNBLOCK, { email: 'PR\u041EMO@example.org' })).toEqual({ unblockSender: true });
    await nominate('b', 'unblocked@example.org');
    expect(await statusOf('unblocked@example.org')).toBe('PENDING');
  });
});

describe('the per-email limit', () => {
  it('counts the proposals and nominations of every spelling of one email together', async () => {
    // Staff are exempt from the address limit, which isolates the email limit.
    const staff = await server.as(UserRole.COORDINATOR);
    const spellings = [
      'svetla@example.org',
      '\u0405vetla@example.org', // Cyrillic Ѕ
      'SVETLA+proposal@EXAMPLE.ORG',
      'svet\u00ADla@example.org', // soft hyphen
      'svetl\u0430@example.org', // Cyrillic а
      'svetla@\u0435xample.org', // Cyrillic е
      '\uFF53vetla@example.org', // fullwidth s
      'sv\u00E9tla@example.org', // é
      'svetla@example.\u043Erg', // Cyrillic о
      'svetla\u200B@example.org', // zero-width space
    ];
    for (const email of spellings.slice(0, 3))
      expect((await propose(`Предложение от ${email}`, staff, email)).errors).toBeUndefined();
    for (const email of spellings.slice(3))
      expect((await nominate('a', email, staff)).errors).toBeUndefined();
    const proposals = async () => (await queue()).proposalCounts.inReview;
    const nominations = async () => (await sql('SELECT id FROM nomination')).length;
    const before = { proposals: await proposals(), nominations: await nominations() };

    // The eleventh of the day, either kind, is answered as usual and not kept.
    expect((await nominate('a', 'svetla+eleventh@example.org', staff)).errors).toBeUndefined();
    expect((await propose('Единадесето', staff, 'Svetl\u0430@Example.org')).errors).toBeUndefined();
    expect({ proposals: await proposals(), nominations: await nominations() }).toEqual(before);
    // Someone else is not held to it.
    expect((await nominate('a', 'svetlana@example.org', staff)).errors).toBeUndefined();
    expect(await nominations()).toBe(before.nominations + 1);
  });
});
