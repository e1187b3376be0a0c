import { UserRole } from '../common/principal';
import { startTestServer, type TestServer } from '../test/harness';
import { createLogger } from './logger';
import { codes } from '../test/expect';

/**
 * Hostile input on a production server: every refusal is a coded client error with a 4xx
 * status, nothing is logged above info (no stack trace per request), and a response whose
 * operation ran is 200 whatever its field errors.
 */

/** Lines the server logged at warn or above. */
const logged: string[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    production: true,
    logger: createLogger('warn', { write: (line: string) => logged.push(line) }),
  });
});
afterAll(() => server.stop());
beforeEach(() => {
  logged.length = 0;
});
afterEach(() => expect(logged).toEqual([]));

interface Answer {
  status: number;
  body: { data?: any; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
}

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, init);
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  send('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const get = (params: Record<string, string>) =>
  send(`/graphql?${new URLSearchParams(params).toString()}`, {
    headers: { 'apollo-require-preflight': '1' },
  });

const SUBMIT = `mutation($input: SubmitNominationInput!) { submitNomination(input: $input) { received } }`;
const nomination = (input: Record<string, unknown>) => ({
  practiceId: '00000000-0000-4000-8000-000000000000',
  name: 'Мария Иванова',
  email: 'maria@example.org',
  altcha: 'not-solved',
  ...input,
});

describe('text PostgreSQL cannot store (NUL, an unpaired surrogate)', () => {
  const NUL = 'Дневен\u0000център';
  const CASES: [string, string, Record<string, unknown>, string][] = [
    [
      'a search',
      'query($s: String) { practices(filter: { search: $s }) { totalCount } }',
      { s: NUL },
      'filter.search',
    ],
    ['a slug', 'query($s: String) { practice(slug: $s) { id } }', { s: NUL }, 'slug'],
    [
      'a code in a list',
      'query($c: [String!]) { municipalities(filter: { districtCodes: $c }) { totalCount } }',
      { c: ['SOF', NUL] },
      'filter.districtCodes[1]',
    ],
    ['a cursor', 'query($a: String) { themes(after: $a) { totalCount } }', { a: `eyJ${NUL}` }, 'after'],
    ['a nominator’s name', SUBMIT, { input: nomination({ name: NUL }) }, 'name'],
    ['a nomination’s reason', SUBMIT, { input: nomination({ reason: NUL }) }, 'reason'],
    ['a nominator’s organization', SUBMIT, { input: nomination({ organization: NUL }) }, 'organization'],
    [
      'an e-mail with a lone high surrogate',
      SUBMIT,
      { input: nomination({ email: 'a\ud800@x.org' }) },
      'email',
    ],
    [
      'a search with a lone low surrogate',
      'query($s: String) { themes(filter: { search: $s }) { totalCount } }',
      { s: '\udc00' },
      'filter.search',
    ],
    [
      'a literal in the query',
      '{ organizations(filter: { search: "a\\u0000b" }) { totalCount } }',
      {},
      'filter.search',
    ],
    [
      'a variable’s default',
      'query($s: String = "\\u0000") { partnerNetworks(filter: { search: $s }) { totalCount } }',
      {},
      'filter.search',
    ],
  ];

  it.each(CASES)(
    'in %s is BAD_USER_INPUT naming the field, before anything runs',
    async (_, query, variables, field) => {
      const answer = await post({ query, variables });
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field, message: expect.stringMatching(/NUL|surrogate/), reason: 'invalid' }],
            requestId: expect.any(String),
          },
        }),
      ]);
    },
  );

  it('refuses a date in year 0000 as a client error (PostgreSQL has no year 0)', async () => {
    const answer = await post({
      query: 'query($d: LocalDate) { practices(filter: { activeFrom: $d }) { totalCount } }',
      variables: { d: '0000-01-01' },
    });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.data).toBeUndefined();
  });

  it('lets well-formed text through: emoji (surrogate pairs), Cyrillic, an escaped tab', async () => {
    const answer = await post({
      query:
        'query($s: String) { practices(filter: { search: $s }) { totalCount } themes(filter: { search: "\\t" }) { totalCount } }',
      variables: { s: 'Дневен център 😀' },
    });
    expect(answer.status).toBe(200);
    // A tab alone is no search term: every theme (the migrations seed one) comes back.
    expect(answer.body).toEqual({
      data: { practices: { totalCount: 0 }, themes: { totalCount: expect.any(Number) } },
    });
  });

  it('is found in every variable, however deep, without exhausting the stack', async () => {
    // Written by hand: JSON.stringify itself would run out of stack. `$unused` is in no
    // operation, so graphql-js never looks at it.
    const deep = `${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`;
    const query = JSON.stringify('{ districts { totalCount } }');
    const answer = await post(`{"query":${query},"variables":{"unused":${deep}}}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field: `unused${'[0]'.repeat(11)}…`, reason: 'invalid' })],
        }),
      }),
    ]);
  });
});

describe('malformed persisted-query extensions', () => {
  const QUERY = '{ __typename }';

  it.each([
    ['a string', 'x'],
    ['version 2', { version: 2 }],
    ['a number as hash', { version: 1, sha256Hash: 5 }],
    ['a hash that is not the query’s', { version: 1, sha256Hash: 'ab'.repeat(32) }],
  ])('in a POST (%s) is BAD_REQUEST with 400', async (_, persistedQuery) => {
    const answer = await post({ query: QUERY, extensions: { persistedQuery } });
    expect(answer.status).toBe(400);
    expect(codes(answer.body)).toEqual(['BAD_REQUEST']);
  });

  it('in a GET is BAD_REQUEST with 400, whether the JSON is broken or its content', async () => {
    for (const extensions of ['not-json', '{"persistedQuery":"x"}', '{"persistedQuery":{"version":2}}']) {
      const answer = await get({ query: QUERY, extensions });
      expect([extensions, answer.status, codes(answer.body)]).toEqual([extensions, 400, ['BAD_REQUEST']]);
    }
  });
});

describe('more bad variable values than graphql-js counts (50)', () => {
  it('are all BAD_USER_INPUT, the last one saying it stopped counting', async () => {
    const answer = await post({
      query: 'query($ids: [ID!]) { practices(filter: { organizationIds: $ids }) { totalCount } }',
      variables: { ids: Array.from({ length: 60 }, () => ({ nested: true })) },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(new Set(codes(answer.body))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(answer.body.errors!.at(-1)!.message).toMatch(/Too many errors/);
  });
});

describe('HTTP status of refusals (GraphQL over HTTP)', () => {
  let practiceId: string;
  beforeAll(async () => {
    const { createPractice } = await server.ok(
      `mutation { createPractice(input: { title: { bg: "Социален патронаж" }, status: PUBLISHED }) { id } }`,
    );
    practiceId = createPractice.id;
  });

  it('is 200 when the operation ran and one field was forbidden: the rest of the data is there', async () => {
    const answer = await post({
      query: 'query($id: ID!) { practice(id: $id) { id proposal { name } } }',
      variables: { id: practiceId },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ practice: { id: practiceId, proposal: null } });
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        path: ['practice', 'proposal'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
  });

  it('is 200 when a forbidden non-null field nulled all data: the operation still ran', async () => {
    const editor = await server.headersFor(UserRole.EDITOR);
    const answer = await post(
      { query: `{ revisions(entityType: Volunteer, id: "${practiceId}") { totalCount } }` },
      editor,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeNull();
    expect(codes(answer.body)).toEqual(['FORBIDDEN']);
  });

  it('stays 401 or 403 when the policy refuses the operation before anything runs', async () => {
    const query = '{ themes { totalCount } nominations { totalCount } }';
    const anonymous = await post({ query });
    expect([anonymous.status, codes(anonymous.body), anonymous.body.data]).toEqual([
      401,
      ['UNAUTHENTICATED'],
      undefined,
    ]);
    const editor = await post({ query }, await server.headersFor(UserRole.EDITOR));
    expect([editor.status, codes(editor.body), editor.body.data]).toEqual([403, ['FORBIDDEN'], undefined]);
  });

  it('is 400, not 500, for a bad request refused before execution (two locales in one request)', async () => {
    const answer = await post({
      query: '{ practices(locale: BG) { totalCount } themes(locale: EN) { totalCount } }',
    });
    expect(answer.status).toBe(400);
    expect(codes(answer.body)).toEqual(['BAD_USER_INPUT']);
  });
});
