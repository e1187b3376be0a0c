import { createHash } from 'node:crypto';
import { UserRole } from '../common/principal';
import { startTestServer, type TestServer } from '../test/harness';

/*
 * A partner's persisted query over GET, as a CDN would fetch it: no custom header, public caching
 * with a strong ETag and 304 for an unchanged answer; a staff cookie gets neither public caching
 * nor a pass around the CSRF check.
 */
let server: TestServer;
let graphql: string;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
  graphql = `${server.url}/graphql`;
});
afterAll(() => server.stop());

const QUERY = 'query Latest($first: Int) { practices(first: $first) { edges { node { slug title } } } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const persisted = { persistedQuery: { version: 1, sha256Hash: HASH } };

function getUrl(variables: object = { first: 2 }): string {
  const params = new URLSearchParams({
    extensions: JSON.stringify(persisted),
    variables: JSON.stringify(variables),
  });
  return `${graphql}?${params}`;
}

beforeAll(async () => {
  // Registered the APQ way: the query once with its hash.
  const registered = await fetch(graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { first: 2 }, extensions: persisted }),
  });
  expect(registered.status).toBe(200);
});

describe('a persisted query over GET', () => {
  it('answers without any custom header, cacheable by anyone, with a strong ETag', async () => {
    const answer = await fetch(getUrl());
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { data: { practices: { edges: unknown[] } } };
    expect(body.data.practices.edges).toHaveLength(2);
    expect(answer.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    expect(answer.headers.get('etag')).toMatch(/^"[^"]+"$/); // strong: no W/
  });

  it('answers 304 without a body when the ETag still matches, 200 when the answer changed', async () => {
    const first = await fetch(getUrl());
    const etag = first.headers.get('etag')!;
    // As a CDN revalidates. (fetch alone would add "Cache-Control: no-cache" to a conditional request,
    // which rightly asks the server for a full answer.)
    const revalidate = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    const again = await fetch(getUrl(), { headers: revalidate });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await fetch(getUrl({ first: 1 }), { headers: revalidate });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('is never cached publicly for a signed-in user, who also needs the preflight header', async () => {
    const staff = await server.headersFor(UserRole.ADMIN);
    const refused = await fetch(getUrl(), { headers: staff });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /Cross-Site Request Forgery/,
    );
    const answer = await fetch(getUrl(), { headers: { ...staff, 'apollo-require-preflight': '1' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps a partner token private and refuses a mutation over GET', async () => {
    const partner = await fetch(getUrl(), { headers: await server.headersFor('partner') });
    expect(partner.status).toBe(200);
    expect(partner.headers.get('cache-control')).toMatch(/^private, max-age=\d+$/);
    const mutation = `${graphql}?query=${encodeURIComponent('mutation { deleteTheme(id: "x") { id } }')}`;
    const refused = await fetch(mutation);
    expect(refused.status).toBe(405);
    expect(refused.headers.get('cache-control')).not.toMatch(/public/);
  });

  it('leaves a POST and an answer with errors out of every cache', async () => {
    const post = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ practices(first: 1) { totalCount } }' }),
    });
    expect(post.headers.get('cache-control')).toBe('no-store');
    const failed = await fetch(
      `${graphql}?query=${encodeURIComponent('{ practice(slug: "no-such") { id } }')}`,
    );
    expect(failed.headers.get('cache-control')).toBe('no-store');
  });
});
