import { UserRole } from '../common/principal';
import { startTestServer, type TestServer } from '../test/harness';
import { LIMITS } from './hardening';

/** HTTP-level abuse tests on a development-mode server; production-only rules are in hardening.production.spec.ts. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function send(init: RequestInit & { path?: string }): Promise<Answer> {
  const response = await fetch(`${server.url}${init.path ?? '/graphql'}`, init);
  const text = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the assertions on `text` and the content type say so
  }
  return { status: response.status, headers: response.headers, text, body };
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A clean error answer: JSON, one error with this code, the request id, and nothing internal. */
function expectCleanError(answer: Answer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors!;
  expect(error.extensions).toMatchObject({ code, requestId: expect.any(String) });
  expect(Object.keys(error.extensions!).sort()).toEqual(['code', 'requestId']);
  expect(answer.text).not.toMatch(/\bat \w|node_modules|stack|<html/i);
}

describe('batching', () => {
  it('refuses a JSON array of operations', async () => {
    const answer = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expectCleanError(answer, 400, 'BAD_REQUEST');
    expect(answer.body.errors![0].message).toBe('Operation batching disabled.');
    expect(answer.body.data).toBeUndefined();
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple-request POST even with a staff session cookie', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const answer = await send({
        method: 'POST',
        headers: { ...(await server.headersFor(UserRole.ADMIN)), 'content-type': type },
        body: JSON.stringify({ query: 'mutation { createTheme(input: { label: { bg: "CSRF" } }) { id } }' }),
      });
      expectCleanError(answer, 400, 'BAD_REQUEST');
      expect(answer.body.errors![0].message).toMatch(/Cross-Site Request Forgery/);
    }
    const themes = await server.ok('{ themes(filter: { search: "CSRF" }) { totalCount } }');
    expect(themes.themes.totalCount).toBe(0);
  });

  it('refuses a GET query with a session but no preflight header; answers one without a session', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const staff = await server.headersFor(UserRole.ADMIN);
    expectCleanError(await send({ method: 'GET', path, headers: staff }), 400, 'BAD_REQUEST');
    const preflighted = await send({
      method: 'GET',
      path,
      headers: { ...staff, 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    // Without the session cookie there is no authority to forge: a CDN or a link may GET a read.
    const anonymous = await send({ method: 'GET', path });
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data).toEqual({ __typename: 'Query' });
  });
});

describe('request body size', () => {
  const withPadding = (bytes: number) => ({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } });

  it('accepts a body just under 1 MB', async () => {
    const answer = await post(withPadding(LIMITS.bodyBytes - 1000));
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __typename: 'Query' });
  });

  it('answers a body over 1 MB with 413 in JSON, without a stack', async () => {
    const answer = await post(withPadding(LIMITS.bodyBytes));
    expectCleanError(answer, 413, 'PAYLOAD_TOO_LARGE');
    expect(answer.body.errors![0].message).toBe('The request body is larger than 1 MB');
  });

  it('answers malformed JSON with 400 in JSON, without echoing the body', async () => {
    const answer = await post('{"query": "{ secretProbe');
    expectCleanError(answer, 400, 'BAD_REQUEST');
    expect(answer.text).not.toContain('secretProbe');
  });
});

describe('query limits over HTTP', () => {
  it('refuses too deep, too dear and too long operations before running them', async () => {
    const deep = await post({
      query: `{ practices { edges { node { projects { partners { organization {
        municipality { district { code } } } } } } } } }`,
    });
    expect(deep.status).toBe(400);
    expect(deep.body.errors![0]).toMatchObject({
      message: 'Query depth limit of 8 exceeded, found 9.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });

    const dear = await post({
      query:
        'query ($n: Int) { practices(first: $n) { edges { node { projects { practices { projects { id } } } } } } }',
      variables: { n: 1 },
    });
    expect(dear.status).toBe(400);
    expect(dear.body.errors![0].message).toMatch(/^Query cost limit of 20000 exceeded/);

    const long = await post({ query: `{ ${'__typename '.repeat(LIMITS.maxTokens)} }` });
    expect(long.status).toBe(400);
    expect(long.body.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('request id', () => {
  it('is on every error and in the x-request-id header, expected or not', async () => {
    const given = 'partner-trace-42';
    const notFound = await post(
      { query: '{ practice(slug: "no-such-practice") { id } }' },
      { 'x-request-id': given },
    );
    expect(notFound.headers.get('x-request-id')).toBe(given);
    expect(notFound.body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', requestId: given });

    const invalid = await post({ query: '{ practices { nope } }' });
    const id = invalid.headers.get('x-request-id');
    expect(id).toMatch(/^[\w-]{8,}$/);
    expect(invalid.body.errors![0].extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      requestId: id,
    });
    // Apollo's internal status hint is not for clients.
    expect(invalid.body.errors![0].extensions).not.toHaveProperty('http');
  });
});

describe('security headers', () => {
  it('sends a strict CSP and the usual hardening headers on the API and health check', async () => {
    for (const answer of [
      await post({ query: '{ __typename }' }),
      await send({ method: 'GET', path: '/health' }),
    ]) {
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('leaves the development landing page its own nonce-based CSP', async () => {
    const page = await send({ method: 'GET', headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('http-equiv="Content-Security-Policy"');
    expect(page.headers.get('content-security-policy')).toBeNull();
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('development mode', () => {
  it('keeps introspection and suggestions for everyone', async () => {
    const anonymous = await server.as('public');
    const schema = await anonymous.gql('{ __schema { queryType { name } } }');
    expect(schema.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await anonymous.gql('{ practices { totalCont } }');
    expect(typo.errors![0].message).toContain('Did you mean "totalCount"?');
  });
});
