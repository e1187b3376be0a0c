import { nomination } from '../nomination';
import { UserRole } from '../../common/principal';
import { domainToASCII } from 'node:url';
import { type Client, startModuleServer, type TestServer } from '../../test/harness';
import { ProofOfWork, solvePow } from './altcha';
import { submitterContact } from './submission-guard';
import { codes, fields } from '../../test/expect';

let server: TestServer;
let visitor: Client;
let moderator: Client;
let practiceId: string;

const CHALLENGE = `{ nominationChallenge { algorithm challenge maxnumber salt signature expiresAt } }`;
const SUBMIT = `mutation($input: SubmitNominationInput!) { submitNomination(input: $input) { received message } }`;

/** What the widget does: fetch a challenge over GraphQL, solve it, hand back the base64 payload. */
async function solved(client: Client = visitor): Promise<string> {
  const { nominationChallenge } = await client.ok(CHALLENGE);
  return solvePow(nominationChallenge);
}

const nominate = async (input: Record<string, unknown>, client: Client = visitor) =>
  client.gql(SUBMIT, {
    input: {
      practiceId,
      name: 'Мария Иванова',
      email: 'maria@example.org',
      altcha: await solved(client),
      ...input,
    },
  });

const nominationCount = async (): Promise<number> =>
  (await visitor.ok(`query($id: ID!) { practice(id: $id) { nominationCount } }`, { id: practiceId })).practice
    .nominationCount;

const stored = async (): Promise<{ email: string; status: string; duplicate: boolean }[]> =>
  server.obmen.database.dataSource.query(
    'SELECT nominator_email AS email, status, duplicate FROM nomination ORDER BY created_at, id',
  );

/** The per-address window is an hour: move every earlier submission out of it. */
const anHourPasses = () =>
  server.obmen.database.dataSource.query(
    "UPDATE nomination SET created_at = created_at - interval '61 minutes'",
  );

beforeAll(async () => {
  server = await startModuleServer([nomination]);
  visitor = await server.as('public');
  moderator = await server.as(UserRole.MODERATOR);
  const { createPractice } = await server.ok(
    `mutation { createPractice(input: { title: { bg: "Социален патронаж в Тетевен" }, status: PUBLISHED }) { id } }`,
  );
  practiceId = createPractice.id;
});
afterAll(() => server.stop());
beforeEach(anHourPasses);

describe('nominationChallenge', () => {
  it('is a self-signed ALTCHA challenge in the widget’s JSON shape, valid for 10 minutes', async () => {
    const before = Date.now();
    const { nominationChallenge: c } = await visitor.ok(CHALLENGE);
    const after = Date.now();
    expect(c.algorithm).toBe('SHA-256');
    expect(c.challenge).toMatch(/^[0-9a-f]{64}$/);
    expect(c.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(c.maxnumber).toBe(50_000);
    const expires = Number(new URLSearchParams(c.salt.split('?')[1]).get('expires'));
    expect(new Date(c.expiresAt).getTime()).toBe(expires * 1000);
    expect(expires * 1000 - before).toBeGreaterThan(9 * 60_000);
    expect(expires * 1000).toBeLessThanOrEqual(after + 10 * 60_000);
  });

  it('is not for partner tokens, which only read', async () => {
    expect(codes(await (await server.as('partner')).gql(CHALLENGE))).toEqual(['FORBIDDEN']);
  });
});

describe('submitNomination', () => {
  it('challenge → solve → submit → pending → a moderator approves → nominationCount + 1', async () => {
    expect(await nominationCount()).toBe(0);
    const submitted = await nominate({ reason: 'Работи от 2012 г.', organization: 'Читалище „Светлина“' });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitNomination).toEqual({
      received: true,
      message: expect.stringMatching(/moderator/),
    });
    // Pending nominations do not count.
    expect(await nominationCount()).toBe(0);

    const queue = await moderator.ok(`{ moderationQueue {
      nominations { totalCount edges { node { id status duplicate nominatorName nominatorEmail nominatorOrganization reason practice { id } } } }
    } }`);
    expect(queue.moderationQueue.nominations.totalCount).toBe(1);
    const node = queue.moderationQueue.nominations.edges[0].node;
    expect(node).toMatchObject({
      status: 'PENDING',
      duplicate: false,
      nominatorName: 'Мария Иванова',
      nominatorEmail: 'maria@example.org',
      nominatorOrganization: 'Читалище „Светлина“',
      reason: 'Работи от 2012 г.',
      practice: { id: practiceId },
    });

    const decided = await moderator.ok(
      `mutation($ids: [ID!]!) { moderateNominations(ids: $ids, decision: APPROVE, note: "Проверено") {
        changed nominations { status moderationNote decidedAt moderatorId } } }`,
      { ids: [node.id] },
    );
    expect(decided.moderateNominations.changed).toBe(1);
    expect(decided.moderateNominations.nominations[0]).toMatchObject({
      status: 'APPROVED',
      moderationNote: 'Проверено',
      decidedAt: expect.any(String),
      moderatorId: expect.any(String),
    });
    expect(await nominationCount()).toBe(1);
  });

  it('refuses a replayed solution, and forged or expired ones, on the `altcha` field', async () => {
    const altcha = await solved();
    const first = await visitor.gql(SUBMIT, {
      input: { practiceId, name: 'Петър', email: 'petar@example.org', altcha },
    });
    expect(first.errors).toBeUndefined();
    const replay = await visitor.gql(SUBMIT, {
      input: { practiceId, name: 'Петър', email: 'other@example.org', altcha },
    });
    expect(codes(replay)).toEqual(['BAD_USER_INPUT']);
    expect(fields(replay)).toEqual(['altcha']);
    expect(replay.errors![0].message).toMatch(/already used/);

    const payload = JSON.parse(Buffer.from(await solved(), 'base64').toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, number: payload.number + 1 })).toString('base64');
    // A challenge signed with another key, and one of ours that expired.
    const foreign = new ProofOfWork('another-server', { maxNumber: 1000, ttlMinutes: 10 });
    const elsewhere = solvePow(await foreign.challenge());
    const secret = server.obmen.services.runtime.secret;
    const ours = new ProofOfWork(secret, { maxNumber: 1000, ttlMinutes: 10 });
    const expired = solvePow(await ours.challenge(new Date(Date.now() - 11 * 60_000)));
    for (const altcha of [forged, elsewhere, expired, 'not base64 json', '']) {
      const refused = await nominate({ altcha });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(fields(refused)).toEqual(['altcha']);
    }
    expect((await stored()).filter((n) => n.email !== 'maria@example.org')).toHaveLength(1);
  });

  it('refuses the sixth submission from one network within an hour with RATE_LIMITED', async () => {
    for (let i = 1; i <= 5; i += 1) {
      expect((await nominate({ email: `person${i}@example.org` })).errors).toBeUndefined();
    }
    const sixth = await nominate({ email: 'person6@example.org' });
    expect(codes(sixth)).toEqual(['RATE_LIMITED']);
    expect(sixth.errors![0].message).toMatch(/at most 5 an hour\. Try again in \d+ min/);
    expect(sixth.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(3000);
    expect((await stored()).some((n) => n.email === 'person6@example.org')).toBe(false);

    // Signed-in staff answer for themselves and are not held to the address limit.
    expect((await nominate({ email: 'staff@example.org' }, moderator)).errors).toBeUndefined();
    await anHourPasses();
    expect((await nominate({ email: 'person6@example.org' })).errors).toBeUndefined();
  });

  it('flags the same person by normalized email, with the same answer as a first nomination', async () => {
    const first = await nominate({ email: 'Elena.Petrova@Example.org' });
    const again = await nominate({ email: '  elena.petrova+obmen@EXAMPLE.ORG ' });
    const otherPerson = await nominate({ email: 'elena.petrova2@example.org' });
    expect(again).toEqual(first);
    expect(otherPerson).toEqual(first);
    const rows = (await stored()).filter((n) => n.email.toLowerCase().startsWith('elena.petrova'));
    expect(rows).toEqual([
      { email: 'Elena.Petrova@Example.org', status: 'PENDING', duplicate: false },
      { email: 'elena.petrova+obmen@EXAMPLE.ORG', status: 'PENDING', duplicate: true },
      { email: 'elena.petrova2@example.org', status: 'PENDING', duplicate: false },
    ]);
    const flagged = await moderator.ok(`{ moderationQueue(filter: { duplicate: true }) {
      nominations { edges { node { nominatorEmail duplicate } } } } }`);
    expect(flagged.moderationQueue.nominations.edges.map((e: any) => e.node.nominatorEmail)).toEqual([
      'elena.petrova+obmen@EXAMPLE.ORG',
    ]);
  });

  it('stops keeping one email’s submissions past 10 a day, without telling', async () => {
    // Staff are exempt from the address limit, which isolates the email limit.
    const answers = [];
    for (let i = 0; i < 11; i += 1)
      answers.push(await nominate({ email: 'busy+' + i + '@example.org' }, moderator));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].errors).toBeUndefined();
    expect((await stored()).filter((n) => n.email.startsWith('busy+'))).toHaveLength(10);
  });

  it('refuses bad input on named fields, unpublished practices, and partner tokens', async () => {
    const badEmail = await nominate({ email: 'not an email' });
    expect(codes(badEmail)).toEqual(['BAD_USER_INPUT']);
    expect(fields(badEmail)).toEqual(['email']);
    expect(fields(await nominate({ name: '   ' }))).toEqual(['name']);
    expect(fields(await nominate({ practiceId: 'nope' }))).toEqual(['practiceId']);

    const { createPractice: draft } = await server.ok(
      `mutation { createPractice(input: { title: { bg: "Чернова" } }) { id } }`,
    );
    expect(codes(await nominate({ practiceId: draft.id }))).toEqual(['NOT_FOUND']);

    const partner = await server.as('partner');
    const viaToken = await partner.gql(SUBMIT, {
      input: { practiceId, name: 'Сайт', email: 'site@example.org', altcha: 'x' },
    });
    expect(codes(viaToken)).toEqual(['FORBIDDEN']);
  });

  it('shows nominators’ emails to moderators only, and lists nominations for moderators only', async () => {
    const editor = await server.as(UserRole.EDITOR);
    expect(codes(await editor.gql(`{ nominations { totalCount } }`))).toEqual(['FORBIDDEN']);
    expect(codes(await visitor.gql(`{ nominations { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
    const list = await moderator.ok(
      `{ nominations(filter: { statuses: [APPROVED] }) { edges { node { nominatorEmail } } } }`,
    );
    expect(list.nominations.edges).toEqual([{ node: { nominatorEmail: 'maria@example.org' } }]);
  });
});

describe('the same person, however the address is spelled', () => {
  const SAME = 'maria.ivanova@example.org';
  /** Spellings the probe sent, as they would be typed or pasted. */
  const INVISIBLE = [
    'ma\u00ADria.ivanova@example.org', // soft hyphen
    'maria\u200B.ivanova@example.org', // zero-width space
    'mar\u200Cia.ivanova@example.org', // zero-width non-joiner
    'maria.iva\u200Dnova@example.org', // zero-width joiner
    'maria.ivanova@exa\u2060mple.org', // word joiner
    '\uFEFFmaria.ivanova@example.org', // byte order mark
    'maria.ivanova\uFE0F@example.org', // variation selector
  ];
  const COMPATIBLE = [
    '\uFF4D\uFF41\uFF52\uFF49\uFF41.ivanova@example.org', // fullwidth letters
    'maria.ivanova\uFF20example.org', // fullwidth @
    '\u{1D426}\u{1D41A}\u{1D42B}\u{1D422}\u{1D41A}.ivanova@example.org', // mathematical bold
  ];
  const LOOK_ALIKE = [
    'm\u0430ria.ivanova@example.org', // Cyrillic а
    'maria.ivan\u043Eva@example.org', // Cyrillic о
    'mar\u0456a.ivanova@example.org', // Cyrillic і
    'maria.ivanova@\u0435xample.org', // Cyrillic е in the domain
    'maria.ivanova@e\u0445am\u0440le.org', // Cyrillic х and р in the domain
    '\u041C\u0410RIA.IVANOVA@EXAMPLE.ORG', // Cyrillic М and А among capitals
    'maria.ivanova@example.\u03BFrg', // Greek ο in the top-level domain
    'maria.i\u03BDanova@example.org', // Greek ν
    'mar\u0131a.ivanova@example.org', // dotless ı
    `maria.ivanova@${domainToASCII('\u0435xample.org')}`, // the look-alike domain in punycode
  ];
  const ACCENTED = [
    'mari\u0301a.ivanova@example.org', // combining acute accent
    'mar\u00EDa.ivanova@example.org', // precomposed í
    'maria.ivanov\u00E4@example.org', // precomposed ä
  ];
  const VARIANTS = [
    'Maria.Ivanova@Example.ORG',
    ' maria.ivanova+nomination@example.org ',
    ...INVISIBLE,
    ...COMPATIBLE,
    ...LOOK_ALIKE,
    ...ACCENTED,
    '\u041C\u0430r\u0456\u0430\u00AD.\u0456v\u0430n\u043Ev\u0430@\u0435x\u0430mple.org', // all at once
  ];
  /** Addresses that differ in what identifies a mailbox: never merged. */
  const OTHERS = [
    'maria.ivanova1@example.org',
    'maria.ivanoval@example.org',
    'mariaivanova@example.org',
    'rnaria.ivanova@example.org',
    'maria.ivanova@example.com',
    'maria.ivanova@examp1e.org',
    '\u043C\u0430\u0440\u0438\u044F@\u043F\u0440\u0438\u043C\u0435\u0440.\u0431\u0433', // мария@пример.бг
    '\u043C\u0430\u0440\u0438\u043D@\u043F\u0440\u0438\u043C\u0435\u0440.\u0431\u0433', // марин@пример.бг
  ];
  /** Moves every earlier submission out of the per-address hour and the per-email day. */
  const aDayPasses = () =>
    server.obmen.database.dataSource.query(
      "UPDATE nomination SET created_at = created_at - interval '25 hours'",
    );
  const latest = async (count: number): Promise<{ email: string; duplicate: boolean }[]> =>
    (await stored()).slice(-count);

  it('flags every look-alike spelling as the same person nominating again, and no other address', async () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(25);
    // Staff are exempt from the address limit; a day between submissions, from the email limit.
    for (const email of [SAME, ...VARIANTS, ...OTHERS]) {
      expect((await nominate({ email }, moderator)).errors).toBeUndefined();
      await aDayPasses();
    }
    const rows = await latest(1 + VARIANTS.length + OTHERS.length);
    expect(rows.map((r) => r.duplicate)).toEqual([
      false,
      ...VARIANTS.map(() => true),
      ...OTHERS.map(() => false),
    ]);
    // Moderators read the address as meant: nothing invisible, no fullwidth or bold forms.
    const asMeant = rows.filter((r) => r.email === SAME);
    expect(asMeant).toHaveLength(1 + INVISIBLE.length + COMPATIBLE.length);
  });

  it('holds all spellings of one email to one daily limit', async () => {
    const before = (await stored()).length;
    const spellings = VARIANTS.slice(-11);
    for (const email of spellings) expect((await nominate({ email }, moderator)).errors).toBeUndefined();
    expect((await stored()).length - before).toBe(10);
  });

  it('refuses an email with half a UTF-16 pair, on the email field', async () => {
    const broken = await nominate({ email: 'maria\uD800@example.org' });
    expect(codes(broken)).toEqual(['BAD_USER_INPUT']);
    expect(fields(broken)).toEqual(['email']);
    // Below the API too (imports, scripts): a refusal, not an error from inside the validator.
    expect(() => submitterContact({ name: 'Мария', email: 'maria\uD800@example.org' })).toThrow(
      'Enter a valid email address',
    );
  });
});
