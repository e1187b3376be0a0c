import { volunteer } from '../volunteer';
import { systemActor, UserRole } from '../../common/principal';
import { startModuleServer, type Client, type GraphQLResponse, type TestServer } from '../../test/harness';

let server: TestServer;
let coordinator: Client;
const ids: Record<string, string> = {};
const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);

const VOLUNTEER = `query($id: ID!) { volunteer(id: $id) { id name contact { email } assignments { role } } }`;
const lookup = (client: Client, id: string) => client.gql<any>(VOLUNTEER, { id });
const notFound = (r: GraphQLResponse) => ({ code: r.errors?.[0].extensions?.code, data: r.data });

async function createVolunteer(client: Client, name: string, programmeId: string | null): Promise<string> {
  const { createVolunteer } = await client.ok<any>(
    `mutation($i: CreateVolunteerInput!) { createVolunteer(input: $i) { id } }`,
    { i: { name, email: `${name.toLowerCase()}@example.org` } },
  );
  if (programmeId) {
    await ok(
      `mutation($i: CreateVolunteerAssignmentInput!) { createVolunteerAssignment(input: $i) { id } }`,
      {
        i: { volunteerId: createVolunteer.id, programmeId, role: 'Наставник', startsOn: '2024-01-01' },
      },
    );
  }
  return createVolunteer.id;
}

beforeAll(async () => {
  server = await startModuleServer([volunteer]);
  for (const key of ['mine', 'other']) {
    const { createVolunteerProgramme } = await ok(
      `mutation($n: String!) { createVolunteerProgramme(input: { name: { bg: $n } }) { id } }`,
      { n: `Програма ${key}` },
    );
    ids[key] = createVolunteerProgramme.id;
  }
  coordinator = await server.as(UserRole.COORDINATOR);
  await coordinator.ok(`{ me { id } }`);
  const user = (await server.obmen.services.access.listUsers()).find(
    (u) => u.email === 'coordinator@test.example',
  )!;
  await server.obmen.services.access.updateUser(
    { id: user.id, version: user.version, programmeIds: [ids.mine] },
    systemActor('test'),
  );
  ids.mineV = await createVolunteer(server, 'Anna', ids.mine);
  ids.otherV = await createVolunteer(server, 'Boris', ids.other);
  ids.adminsPoolV = await createVolunteer(server, 'Galya', null);
  ids.ownPoolV = await createVolunteer(coordinator, 'Dora', null);
});
afterAll(() => server.stop());

describe('volunteer(id)', () => {
  it('gives a coordinator the volunteers of their programmes and those they added, contact included', async () => {
    expect((await lookup(coordinator, ids.mineV)).data.volunteer).toEqual({
      id: ids.mineV,
      name: 'Anna',
      contact: { email: 'anna@example.org' },
      assignments: [{ role: 'Наставник' }],
    });
    expect((await lookup(coordinator, ids.ownPoolV)).data.volunteer.name).toBe('Dora');
  });

  it('answers NOT_FOUND for anyone else’s volunteer, as for an unknown or malformed id', async () => {
    const unknown = notFound(await lookup(coordinator, '00000000-0000-4000-8000-000000000000'));
    expect(unknown).toEqual({ code: 'NOT_FOUND', data: null });
    expect(notFound(await lookup(coordinator, ids.otherV))).toEqual(unknown);
    expect(notFound(await lookup(coordinator, ids.adminsPoolV))).toEqual(unknown);
    expect(notFound(await lookup(coordinator, 'not-an-id'))).toEqual(unknown);
  });

  it('gives an admin every volunteer, but not a deleted one', async () => {
    expect((await lookup(server, ids.otherV)).data.volunteer.contact).toEqual({ email: 'boris@example.org' });
    await ok(`mutation($id: ID!) { deleteVolunteer(id: $id) { id } }`, { id: ids.otherV });
    expect(notFound(await lookup(server, ids.otherV)).code).toBe('NOT_FOUND');
  });

  it('is refused to editors and the public, as the list is', async () => {
    const editor = await server.as(UserRole.EDITOR);
    expect((await lookup(editor, ids.mineV)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const visitor = await server.as('public');
    expect((await lookup(visitor, ids.mineV)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
