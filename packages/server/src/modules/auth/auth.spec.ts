import { systemActor, UserRole } from '../../common/principal';
import { startModuleServer, TEST_PASSWORD, type TestServer } from '../../test/harness';
import { codes } from '../../test/expect';

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([]);
});
afterAll(() => server.stop());

const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { email roles } }`;

async function post(body: unknown, headers: Record<string, string> = {}, path = '/graphql') {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as any };
}

async function newUser(email: string, roles = [UserRole.EDITOR]) {
  await server.obmen.services.access.createUser(
    { email, name: 'Тест', password: TEST_PASSWORD, roles },
    systemActor('test'),
  );
}

describe('sign-in', () => {
  it('sets an httpOnly SameSite session cookie that `me` recognises, and logout ends it', async () => {
    await newUser('reader@test.example');
    const { response, body } = await post({
      query: LOGIN,
      variables: { email: ' Reader@Test.example ', password: TEST_PASSWORD },
    });
    expect(body.data.login).toEqual({ email: 'reader@test.example', roles: ['EDITOR'] });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^obmen_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = { cookie: cookie.split(';')[0] };

    expect((await post({ query: '{ me { email } }' }, session)).body.data.me).toEqual({
      email: 'reader@test.example',
    });
    const out = await post({ query: 'mutation { logout }' }, session);
    expect(out.body.data.logout).toBe(true);
    expect(out.response.headers.get('set-cookie')).toMatch(/obmen_session=;/);
    expect((await post({ query: '{ me { email } }' }, session)).body.data.me).toBeNull();
    expect(codes((await post({ query: 'mutation { logout }' }, session)).body)).toEqual(['UNAUTHENTICATED']);
  });

  it('says the same for an unknown account and a wrong password', async () => {
    await newUser('known@test.example');
    const unknown = await post({
      query: LOGIN,
      variables: { email: 'nobody@test.example', password: 'whatever-password' },
    });
    const wrong = await post({
      query: LOGIN,
      variables: { email: 'known@test.example', password: 'whatever-password' },
    });
    expect(unknown.body.errors[0].message).toBe(wrong.body.errors[0].message);
    expect(codes(unknown.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('throttles after 5 failures per account and address, through aliases and path spellings', async () => {
    await newUser('target@test.example');
    const attempt = (alias: string) =>
      `${alias}: login(input: { email: "target@test.example", password: "wrong-password-x" }) { email }`;
    // Three failures, one more through another spelling of the path…
    for (const alias of ['a', 'b', 'c'])
      expect(codes((await post({ query: `mutation { ${attempt(alias)} }` })).body)).toEqual([
        'UNAUTHENTICATED',
      ]);
    expect(codes((await post({ query: `mutation { ${attempt('d')} }` }, {}, '/GraphQL/')).body)).toEqual([
      'UNAUTHENTICATED',
    ]);
    // …and aliases buy no extra tries: the first failing alias ends the operation.
    const aliased = await post({ query: `mutation { ${['e', 'f', 'g'].map(attempt).join(' ')} }` });
    expect(codes(aliased.body)).toEqual(['UNAUTHENTICATED']);
    // Now even the right password is refused until the window passes.
    const blocked = await post({
      query: LOGIN,
      variables: { email: 'TARGET@test.example', password: TEST_PASSWORD },
    });
    expect(codes(blocked.body)).toEqual(['RATE_LIMITED']);
    expect(blocked.response.headers.get('set-cookie')).toBeNull();
  });

  it('revokes sessions: your own, and all of a user an admin disables', async () => {
    await newUser('twice@test.example');
    const login = async () => {
      const { response } = await post({
        query: LOGIN,
        variables: { email: 'twice@test.example', password: TEST_PASSWORD },
      });
      return { cookie: response.headers.get('set-cookie')!.split(';')[0] };
    };
    const [first, second] = [await login(), await login()];
    const sessions = (await post({ query: '{ sessions { id revokedAt } }' }, first)).body.data.sessions;
    expect(sessions).toHaveLength(2);
    const mine = (await post({ query: '{ me { id } }' }, second)).body.data.me.id;
    for (const s of sessions)
      await post({ query: `mutation { revokeSession(id: "${s.id}") { revokedAt } }` }, first);
    expect((await post({ query: '{ me { id } }' }, second)).body.data.me).toBeNull();

    const third = await login();
    const { version } = (await post({ query: '{ me { version } }' }, third)).body.data.me;
    await server.ok(
      `mutation { updateUser(input: { id: "${mine}", version: ${version}, active: false }) { active } }`,
    );
    expect((await post({ query: '{ me { id } }' }, third)).body.data.me).toBeNull();
    expect(
      codes(
        (await post({ query: LOGIN, variables: { email: 'twice@test.example', password: TEST_PASSWORD } }))
          .body,
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('stores passwords as argon2id hashes and refuses short ones', async () => {
    const result = await server.gql(
      `mutation { createUser(input: { email: "short@test.example", name: "Къса", password: "short", roles: [EDITOR] }) { id } }`,
    );
    expect(result.errors?.[0].extensions?.fields[0].field).toBe('password');
    await newUser('hashed@test.example');
    const [row] = await server.obmen.database.dataSource.query(
      `SELECT password_hash FROM "user" WHERE email = 'hashed@test.example'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});
