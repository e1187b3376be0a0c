import { createHash } from 'node:crypto';
import { UserRole } from '../../common/principal';
import { startTestServer, type TestServer } from '../../test/harness';

/*
 * With OBMEN_TRUSTED_DOCUMENTS the public and partner tokens run only what an admin registered;
 * signed-in staff (the admin SPA) are not limited.
 */
const KNOWN = 'query Themes { themes(first: 2) { totalCount } }';
const OTHER = 'query Orgs { organizations(first: 1) { totalCount } }';
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
const REGISTER =
  'mutation($documents: [String!]!) { registerPersistedQueries(documents: $documents) { sha256Hash operationNames } }';

let server: TestServer;
/** Runs a document as the public (the harness's own client is signed in). */
const asPublic = async (query: string) => (await server.as('public')).gql(query);
beforeAll(async () => {
  process.env.OBMEN_TRUSTED_DOCUMENTS = 'true';
  server = await startTestServer();
});
afterAll(async () => {
  delete process.env.OBMEN_TRUSTED_DOCUMENTS;
  await server?.stop();
});

async function byHash(hash: string, headers: Record<string, string> = {}) {
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
  const response = await fetch(`${server.url}/graphql?${new URLSearchParams({ extensions })}`, { headers });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

describe('trusted documents', () => {
  it('refuse a document nobody registered to the public and to partners, by text or by hash', async () => {
    const answer = await asPublic(OTHER);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'untrustedDocument' });
    const partner = await server.as('partner');
    expect((await partner.gql(OTHER)).errors?.[0].extensions?.reason).toBe('untrustedDocument');
    const staff = await server.as(UserRole.EDITOR);
    expect((await staff.gql(OTHER)).errors).toBeUndefined();
  });

  it('run once an admin registered them, by hash with no text ever sent', async () => {
    const admin = await server.as(UserRole.ADMIN);
    const registered = await admin.ok<{
      registerPersistedQueries: { sha256Hash: string; operationNames: string[] }[];
    }>(REGISTER, { documents: [KNOWN] });
    expect(registered.registerPersistedQueries).toEqual([
      { sha256Hash: hashOf(KNOWN), operationNames: ['Themes'] },
    ]);
    const answer = await byHash(hashOf(KNOWN));
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ themes: { totalCount: expect.any(Number) } });
    expect((await asPublic(KNOWN)).errors).toBeUndefined();
    const partner = await server.as('partner');
    expect((await partner.gql(KNOWN)).errors).toBeUndefined();
  });

  it('are registered by admins only, and only when valid against the schema', async () => {
    const editor = await server.as(UserRole.EDITOR);
    expect((await editor.gql(REGISTER, { documents: [OTHER] })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const admin = await server.as(UserRole.ADMIN);
    const invalid = await admin.gql(REGISTER, { documents: [OTHER, '{ noSuchField }'] });
    expect(invalid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'documents.1', reason: 'invalid' })],
    });
    // All or nothing: the valid one was not registered either.
    expect((await asPublic(OTHER)).errors?.[0].extensions?.reason).toBe('untrustedDocument');
  });
});
