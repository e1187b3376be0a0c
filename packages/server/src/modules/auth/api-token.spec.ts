import { taxonomy } from '../taxonomy';
import { nomination } from '../nomination';
import { volunteer } from '../volunteer';
import { startModuleServer, type TestServer } from '../../test/harness';
import { codes } from '../../test/expect';

let server: TestServer;
let orgId: string;
beforeAll(async () => {
  server = await startModuleServer([taxonomy, nomination, volunteer]);
  orgId = (
    await server.ok(
      `mutation { createOrganization(input: { name: { bg: "Община Родопи" }, kind: MUNICIPALITY }) { id } }`,
    )
  ).createOrganization.id;
});
afterAll(() => server.stop());

async function createToken(extra = '') {
  const data = await server.ok(
    `mutation { createApiToken(input: { name: "Сайт на общината", organizationId: "${orgId}" ${extra} }) { token apiToken { id prefix allowedOrigins lastUsedAt } } }`,
  );
  return data.createApiToken;
}

async function asToken(token: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as any };
}

describe('partner API tokens', () => {
  it('are shown once, stored hashed, and record their last use', async () => {
    const { token, apiToken } = await createToken();
    expect(token).toMatch(/^obm_[\w-]{40,}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const listed = await server.ok(`{ apiTokens { id prefix lastUsedAt } }`);
    expect(JSON.stringify(listed)).not.toContain(token);
    const rows = await server.obmen.database.dataSource.query(
      'SELECT token_hash FROM api_token WHERE id = $1',
      [apiToken.id],
    );
    expect(rows[0].token_hash).not.toContain(token.slice(4));
    // The token reads (the migrations seed a theme; errors would leave no data).
    expect((await asToken(token, '{ themes { totalCount } }')).body.data.themes.totalCount).toBeGreaterThan(
      0,
    );
    const used = await server.ok(`{ apiTokens { id lastUsedAt } }`);
    expect(used.apiTokens.find((t: any) => t.id === apiToken.id).lastUsedAt).not.toBeNull();
  });

  it('are read-only and never reach volunteers or nominations', async () => {
    const { token } = await createToken();
    expect(
      codes((await asToken(token, `mutation { createTheme(input: { label: { bg: "Тема" } }) { id } }`)).body),
    ).toEqual(['FORBIDDEN']);
    expect(codes((await asToken(token, `{ volunteers { totalCount } }`)).body)).toEqual(['FORBIDDEN']);
    expect(codes((await asToken(token, `{ nominations { totalCount } }`)).body)).toEqual(['FORBIDDEN']);
  });

  it('stop working when revoked or expired, with a clear error', async () => {
    const { token, apiToken } = await createToken();
    await server.ok(`mutation { revokeApiToken(id: "${apiToken.id}") { revokedAt } }`);
    const revoked = await asToken(token, '{ themes { totalCount } }');
    expect(revoked.response.status).toBe(401);
    expect(codes(revoked.body)).toEqual(['UNAUTHENTICATED']);
    const expired = await createToken(`expiresAt: "2020-01-01T00:00:00Z"`);
    expect(codes((await asToken(expired.token, '{ themes { totalCount } }')).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codes((await asToken('obm_made-up', '{ themes { totalCount } }')).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('serve browsers only from their allowed origins (CORS)', async () => {
    const { token } = await createToken(`allowedOrigins: ["https://rodopi.bg/partners"]`);
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://rodopi.bg',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://rodopi.bg');
    const allowed = await asToken(token, '{ themes { totalCount } }', { origin: 'https://rodopi.bg' });
    expect(allowed.body.data.themes.totalCount).toBeGreaterThan(0);
    expect(allowed.response.headers.get('access-control-allow-origin')).toBe('https://rodopi.bg');
    const other = await asToken(token, '{ themes { totalCount } }', { origin: 'https://evil.example' });
    expect(codes(other.body)).toEqual(['FORBIDDEN']);
    expect(other.response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('are issued to an organization or a network, not both or neither', async () => {
    const neither = await server.gql(`mutation { createApiToken(input: { name: "x" }) { token } }`);
    expect(codes(neither)).toEqual(['BAD_USER_INPUT']);
  });
});
