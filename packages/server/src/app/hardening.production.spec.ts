import { UserRole } from '../common/principal';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { encodeCursor } from '../common/pagination/cursor';
import { type As, startTestServer, type TestServer } from '../test/harness';
import { createErrorFormatter } from './errors';
import { createLogger } from './logger';

/** What changes with NODE_ENV=production: schema disclosure, error detail, headers. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ production: true });
});
afterAll(() => server.stop());

const OUTSIDERS: As[] = ['public', 'partner'];

describe('introspection in production', () => {
  const QUERIES = [
    '{ __schema { queryType { name } } }',
    '{ __type(name: "Practice") { fields { name } } }',
    // Hidden in a fragment, next to an ordinary field.
    '{ themes { totalCount } ...Probe } fragment Probe on Query { __type(name: "Volunteer") { name } }',
  ];

  it.each(OUTSIDERS)('is refused to %s, whatever the operation looks like', async (who) => {
    const client = await server.as(who);
    for (const query of QUERIES) {
      const result = await client.gql(query);
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([
        {
          message: 'Introspection is available to signed-in staff only',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', requestId: expect.any(String) },
        },
      ]);
    }
    // Apollo Client adds __typename everywhere: that is not introspection.
    expect(await client.ok('{ __typename }')).toEqual({ __typename: 'Query' });
  });

  it('answers signed-in staff (the admin SPA’s codegen and devtools)', async () => {
    const editor = await server.as(UserRole.EDITOR);
    expect(await editor.ok(QUERIES[0])).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const practice = await editor.ok<{ __type: { fields: { name: string }[] } }>(QUERIES[1]);
    expect(practice.__type.fields.map((f) => f.name)).toContain('title');
  });
});

describe('"did you mean" in production', () => {
  const TYPOS: [string, string, Record<string, unknown>?][] = [
    ['field', '{ practices { totalCont } }'],
    ['argument', '{ practices(frist: 2) { totalCount } }'],
    ['input field', '{ practices(filter: { districtCode: ["TGV"] }) { totalCount } }'],
    ['enum literal', '{ practices(locale: EM) { totalCount } }'],
    ['enum variable', 'query ($l: Locale) { practices(locale: $l) { totalCount } }', { l: 'EM' }],
  ];

  it.each(OUTSIDERS)('gives %s the error without the suggestion', async (who) => {
    const client = await server.as(who);
    for (const [, query, variables] of TYPOS) {
      const result = await client.gql(query, variables);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].message).not.toMatch(/did you mean|totalCount|first|districtCodes|"EN"/i);
      expect(result.errors![0].message).toMatch(/\S/);
    }
  });

  it('keeps suggestions for signed-in staff', async () => {
    const editor = await server.as(UserRole.EDITOR);
    for (const [kind, query, variables] of TYPOS) {
      const result = await editor.gql(query, variables);
      expect([kind, result.errors![0].message]).toEqual([kind, expect.stringContaining('Did you mean')]);
    }
  });
});

describe('masked errors in production', () => {
  const forged = (key: string, id = '00000000-0000-4000-8000-000000000000') => encodeCursor({ key, id });
  const BY_BUDGET = `query ($after: String) {
    projects(after: $after, orderBy: { field: BUDGET_EUR, direction: ASC }) { totalCount }
  }`;

  it('a forged cursor is refused as a cursor before any statement runs, naming nothing internal', async () => {
    const visitor = await server.as('public');
    // A key that would overflow numeric, and an id that is no uuid: each would fail its CAST.
    for (const after of [forged('1e999999'), forged('1', 'not-a-uuid')]) {
      let result: Awaited<ReturnType<typeof visitor.gql>> = {};
      const statements = await server.countStatements(async () => {
        result = await visitor.gql(BY_BUDGET, { after });
      });
      expect(statements).toBe(0);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({
          path: ['projects'],
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                field: 'after',
                message: 'after is not a cursor returned by this list',
                reason: 'invalidCursor',
              },
            ],
            requestId: expect.any(String),
          },
        }),
      ]);
      expect(JSON.stringify(result)).not.toMatch(/select|numeric|overflow|uuid|budget|cast|stack/i);
    }
  });

  /** A statement PostgreSQL refused, as the error formatter receives it from a resolver. */
  const refused = (code: string, constraint?: string) => {
    const format = createErrorFormatter(createLogger('silent'), true);
    const driverError = Object.assign(new Error(`violates constraint "${constraint}"`), {
      code,
      constraint,
      detail: 'Key (slug)=(x) already exists.',
    });
    const error = new QueryFailedError('INSERT INTO "practice" ("slug") VALUES ($1)', ['x'], driverError);
    const path = ['createPractice'];
    return format(
      { message: error.message, path },
      new GraphQLError(error.message, { originalError: error, path }),
    );
  };

  it('a malformed value that reaches the database says which input, not which column', () => {
    expect(refused('22P02').extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input', message: 'A value is out of range or malformed', reason: 'invalid' }],
      requestId: undefined,
    });
  });

  it('database constraint names never reach a client', () => {
    const duplicate = refused('23505', 'UQ_4bbe2d1a8c36b3ac2bb6c3ef3d2');
    expect(duplicate.extensions).toEqual({ code: 'CONFLICT', reason: 'taken', requestId: undefined });
    const dangling = refused('23503', 'FK_01901f3aa92a613e2905495a14c');
    expect(dangling.extensions!.fields).toEqual([
      {
        field: 'input',
        message: 'Refers to a record that does not exist or is still in use',
        reason: 'unknownReference',
      },
    ]);
    expect(JSON.stringify([duplicate, dangling])).not.toMatch(/UQ_|FK_|slug|INSERT|practice/);
  });

  it('validation and parse errors carry no stack trace or internal hint', async () => {
    for (const query of ['{ practices { nope } }', '{ practices {']) {
      const result = await server.gql(query);
      const extensions = result.errors![0].extensions!;
      expect(Object.keys(extensions).sort()).toEqual(['code', 'requestId']);
    }
  });
});

describe('security headers in production', () => {
  it('adds HSTS and upgrade-insecure-requests, and has no landing page to relax the CSP for', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=31536000; includeSubDomains/);
    expect(page.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).not.toContain('<html');
  });
});
