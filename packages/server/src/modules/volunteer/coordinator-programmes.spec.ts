import { volunteer } from '../volunteer';
import { UserRole } from '../../common/principal';
import { startModuleServer, testUser, type TestServer } from '../../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([volunteer]);
});
afterAll(() => server.stop());

interface Row {
  id: string;
  email: string;
  version: number;
  programmes: { name: string }[];
}
const USERS = `{ users { id email version programmes { name } } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { version } }`;

async function programme(name: string): Promise<string> {
  const { createVolunteerProgramme } = await server.ok(
    `mutation($n: String!) { createVolunteerProgramme(input: { name: { bg: $n } }) { id } }`,
    { n: name },
  );
  return createVolunteerProgramme.id;
}

const userOf = (users: Row[], role: UserRole) => users.find((u) => u.email === testUser(role).email)!;

describe("the team list's programmes", () => {
  it("names a coordinator's programmes, set by an admin, in as many statements for any number", async () => {
    for (const role of [UserRole.COORDINATOR, UserRole.MODERATOR, UserRole.EDITOR])
      await server.headersFor(role);
    const [first, second, third] = [
      await programme('Читалища'),
      await programme('Библиотеки'),
      await programme('Музеи'),
    ];
    let { users } = await server.ok<{ users: Row[] }>(USERS);
    const coordinator = userOf(users, UserRole.COORDINATOR);
    await server.ok(UPDATE, {
      input: { id: coordinator.id, version: coordinator.version, programmeIds: [first, second] },
    });
    const one = await server.countStatements(() => server.ok(USERS));

    ({ users } = await server.ok<{ users: Row[] }>(USERS));
    expect(userOf(users, UserRole.COORDINATOR).programmes.map((p) => p.name)).toEqual([
      'Библиотеки',
      'Читалища',
    ]);
    expect(userOf(users, UserRole.COORDINATOR).version).toBeGreaterThan(coordinator.version);

    // More coordinators with more programmes: the list still costs the same.
    for (const n of [1, 2, 3]) {
      const { createUser } = await server.ok(
        `mutation($e: String!) { createUser(input: { email: $e, name: "Координатор", password: "a-long-password-1", roles: [COORDINATOR] }) { id version } }`,
        { e: `coordinator${n}@test.example` },
      );
      await server.ok(UPDATE, {
        input: { id: createUser.id, version: createUser.version, programmeIds: [third, first] },
      });
    }
    expect(await server.countStatements(() => server.ok(USERS))).toBe(one);
  });
});
