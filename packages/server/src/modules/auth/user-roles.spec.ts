import { UserRole } from '../../common/principal';
import { badInputFields, codes } from '../../test/expect';
import { startModuleServer, TEST_PASSWORD, testUser, type TestServer } from '../../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([]);
});
afterAll(() => server.stop());

const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id roles version active } }`;

interface Account {
  id: string;
  email: string;
  roles: UserRole[];
  version: number;
}

async function account(role: UserRole): Promise<Account> {
  await server.headersFor(role); // the role's user exists once it has signed in
  const { users } = await server.ok<{ users: Account[] }>('{ users { id email roles version } }');
  return users.find((u) => u.email === testUser(role).email)!;
}

describe('an admin changes roles on the team page', () => {
  it("gives an editor the moderator's role instead, and refuses a stale version", async () => {
    const editor = await account(UserRole.EDITOR);
    const { updateUser } = await server.ok(UPDATE, {
      input: { id: editor.id, version: editor.version, roles: [UserRole.MODERATOR] },
    });
    expect(updateUser.roles).toEqual([UserRole.MODERATOR]);
    expect(updateUser.version).toBeGreaterThan(editor.version);

    const stale = await server.gql(UPDATE, {
      input: { id: editor.id, version: editor.version, roles: [UserRole.EDITOR] },
    });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(updateUser.version);
  });

  it('keeps the version when the user signs in, so an open edit is not refused', async () => {
    const moderator = await account(UserRole.MODERATOR);
    const login = `mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { id } }`;
    await (await server.as('public')).ok(login, { e: testUser(UserRole.MODERATOR).email, p: TEST_PASSWORD });
    expect((await account(UserRole.MODERATOR)).version).toBe(moderator.version);
  });

  it('does not let an admin take away their own admin role', async () => {
    const admin = await account(UserRole.ADMIN);
    const answer = await server.gql(UPDATE, {
      input: { id: admin.id, version: admin.version, roles: [UserRole.EDITOR] },
    });
    expect(badInputFields(answer)).toEqual([
      expect.objectContaining({ field: 'roles', reason: 'ownAdminRole' }),
    ]);
    expect((await account(UserRole.ADMIN)).roles).toEqual([UserRole.ADMIN]);
  });

  it('does not let the last active admin go', async () => {
    const admin = await account(UserRole.ADMIN);
    const answer = await server.gql(UPDATE, {
      input: { id: admin.id, version: admin.version, active: false },
    });
    expect(badInputFields(answer)).toEqual([
      expect.objectContaining({ field: 'active', reason: 'lastAdmin' }),
    ]);

    // With a second admin the first may step down.
    const editor = await account(UserRole.EDITOR);
    await server.ok(UPDATE, {
      input: { id: editor.id, version: editor.version, roles: [UserRole.ADMIN, UserRole.EDITOR] },
    });
    const { updateUser } = await server.ok(UPDATE, {
      input: { id: admin.id, version: admin.version, roles: [UserRole.ADMIN, UserRole.MODERATOR] },
    });
    expect(updateUser.roles).toEqual([UserRole.ADMIN, UserRole.MODERATOR]);
  });

  it('is for admins only', async () => {
    // The editor is an admin by now: a coordinator tries.
    const coordinator = await server.as(UserRole.COORDINATOR);
    const moderator = await account(UserRole.MODERATOR);
    const answer = await coordinator.gql(UPDATE, {
      input: { id: moderator.id, version: moderator.version, roles: [UserRole.EDITOR] },
    });
    expect(codes(answer)).toEqual(['FORBIDDEN']);
  });
});
