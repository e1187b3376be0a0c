import { volunteer as volunteerModule } from '../volunteer';
import { systemActor, UserRole } from '../../common/principal';
import { volunteersInScope } from './volunteer.scope';
import { startModuleServer, type Client, type TestServer } from '../../test/harness';
import { codes } from '../../test/expect';

let server: TestServer;
let coordinator: Client;
const ids: Record<string, string> = {};
const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);

const VOLUNTEER = `id name version skills availability consentGivenAt vettingStatus contact { email phone }`;
const list = async (client: Client, first = 100) =>
  (
    await client.ok<any>(`{ volunteers(first: ${first}) { totalCount edges { node { ${VOLUNTEER} } } } }`)
  ).volunteers.edges.map((e: any) => e.node);

async function volunteer(name: string, email: string, programmeId: string | null, hours = '10') {
  const created = await ok(
    `mutation($i: CreateVolunteerInput!) { createVolunteer(input: $i) { id version } }`,
    {
      i: {
        name,
        email,
        phone: '+359 888 000 111',
        municipalityCode: 'PDV26',
        skills: ['менторство'],
        availability: 'събота',
        consentGivenAt: '2024-03-05T10:30:00.000Z',
        vettingStatus: 'APPROVED',
      },
    },
  );
  const id = created.createVolunteer.id;
  if (programmeId) {
    await ok(
      `mutation($i: CreateVolunteerAssignmentInput!) { createVolunteerAssignment(input: $i) { id } }`,
      {
        i: { volunteerId: id, programmeId, role: 'Наставник', startsOn: '2024-01-01', hoursLogged: hours },
      },
    );
  }
  return id as string;
}

beforeAll(async () => {
  server = await startModuleServer([volunteerModule]);
  for (const key of ['mine', 'other']) {
    const p = await ok(
      `mutation($n: String!) { createVolunteerProgramme(input: { name: { bg: $n } }) { id } }`,
      {
        n: `Програма ${key}`,
      },
    );
    ids[key] = p.createVolunteerProgramme.id;
  }
  coordinator = await server.as(UserRole.COORDINATOR);
  await coordinator.ok(`{ me { id } }`);
  const user = (await server.obmen.services.access.listUsers()).find(
    (u) => u.email === 'coordinator@test.example',
  )!;
  ids.coordinator = user.id;
  await server.obmen.services.access.updateUser(
    { id: user.id, version: user.version, programmeIds: [ids.mine] },
    systemActor('test'),
  );
  ids.mineV = await volunteer('Анна Маринова', 'anna@example.org', ids.mine, '12.5');
  ids.otherV = await volunteer('Борис Колев', 'boris@example.org', ids.other);
  ids.bothV = await volunteer('Вера Янкова', 'vera@example.org', ids.other);
  await ok(`mutation($i: CreateVolunteerAssignmentInput!) { createVolunteerAssignment(input: $i) { id } }`, {
    i: { volunteerId: ids.bothV, programmeId: ids.mine, role: 'Помощник', startsOn: '2024-02-01' },
  });
  ids.poolV = await volunteer('Галя Петкова', 'galya@example.org', null);
});
afterAll(() => server.stop());

describe("a coordinator's volunteers", () => {
  it('lists only volunteers of the programmes they coordinate, with contact data', async () => {
    const mine = await list(coordinator);
    expect(mine.map((v: any) => v.name).sort()).toEqual(['Анна Маринова', 'Вера Янкова']);
    expect(mine.find((v: any) => v.id === ids.mineV).contact).toEqual({
      email: 'anna@example.org',
      phone: '+359 888 000 111',
    });
    const all = await list(server);
    expect(all).toHaveLength(4);
    expect(all.every((v: any) => v.contact?.email)).toBe(true);
  });

  it('never shows contact data of another programme’s volunteer, whichever way it is reached', async () => {
    // Through an assignment of a volunteer of their own who is also in another programme: fine.
    const both = await coordinator.ok<any>(
      `{ volunteers { edges { node { id assignments { programme { id } volunteer { id contact { email } } } } } } }`,
    );
    const vera = both.volunteers.edges.find((e: any) => e.node.id === ids.bothV).node;
    expect(vera.assignments.map((a: any) => a.volunteer.contact.email)).toEqual([
      'vera@example.org',
      'vera@example.org',
    ]);
    // Taking another programme's volunteer into their own programme is refused: it would open the contact data.
    const take = await coordinator.gql(
      `mutation($i: CreateVolunteerAssignmentInput!) { createVolunteerAssignment(input: $i) { volunteer { contact { email } } } }`,
      { i: { volunteerId: ids.otherV, programmeId: ids.mine, role: 'Наставник', startsOn: '2024-05-01' } },
    );
    expect(codes(take)).toEqual(['FORBIDDEN']);
    expect(take.data).toBeNull();
    // A stale version must not hand out the record in the CONFLICT error either.
    const stale = await coordinator.gql(
      `mutation($i: UpdateVolunteerInput!) { updateVolunteer(input: $i) { id } }`,
      { i: { id: ids.otherV, version: 99, name: 'X' } },
    );
    expect(codes(stale)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(stale)).not.toContain('boris@example.org');
    const exported = await coordinator.gql(`query($id: ID!) { exportVolunteerData(id: $id) }`, {
      id: ids.otherV,
    });
    expect(codes(exported)).toEqual(['FORBIDDEN']);
    // The rule behind Volunteer.contact, asked directly: the other programme's volunteer is out.
    const principal = {
      kind: 'user' as const,
      userId: ids.coordinator,
      sessionId: 's',
      roles: [UserRole.COORDINATOR],
    };
    const visible = await volunteersInScope(server.obmen.database.dataSource.manager, principal, [
      ids.mineV,
      ids.otherV,
      ids.bothV,
      ids.poolV,
    ]);
    expect([...visible].sort()).toEqual([ids.mineV, ids.bothV].sort());
  });

  it('costs the same number of statements for a page of 1 or of 3 volunteers with contact', async () => {
    const page = (n: number) => () => list(coordinator, n);
    await page(1)();
    expect(await server.countStatements(page(1))).toBe(await server.countStatements(page(3)));
  });

  it('may change and delete only volunteers and assignments within their programmes', async () => {
    const forbidden = [
      coordinator.gql(
        `mutation($id: ID!) { updateVolunteer(input: { id: $id, version: 1, name: "X" }) { id } }`,
        { id: ids.otherV },
      ),
      coordinator.gql(`mutation($id: ID!) { deleteVolunteer(id: $id) { id } }`, { id: ids.otherV }),
      coordinator.gql(
        `mutation($id: ID!) { updateVolunteer(input: { id: $id, version: 1, name: "X" }) { id } }`,
        { id: ids.poolV },
      ),
      coordinator.gql(`mutation($id: ID!) { eraseVolunteer(id: $id) { id } }`, { id: ids.otherV }),
    ];
    for (const r of await Promise.all(forbidden)) expect(codes(r)).toEqual(['FORBIDDEN']);
    const others = await ok(
      `query($id: ID!) { volunteers(filter: { programmeIds: [$id] }) { edges { node { assignments { id version programme { id } } } } } }`,
      {
        id: ids.other,
      },
    );
    const foreign = others.volunteers.edges[0].node.assignments.find(
      (a: any) => a.programme.id === ids.other,
    );
    const edit = await coordinator.gql(
      `mutation($id: ID!, $v: Int!) { updateVolunteerAssignment(input: { id: $id, version: $v, hoursLogged: "99" }) { id } }`,
      { id: foreign.id, v: foreign.version },
    );
    expect(codes(edit)).toEqual(['FORBIDDEN']);
    const remove = await coordinator.gql(`mutation($id: ID!) { deleteVolunteerAssignment(id: $id) { id } }`, {
      id: foreign.id,
    });
    expect(codes(remove)).toEqual(['FORBIDDEN']);
    const mine = (await list(coordinator)).find((v: any) => v.id === ids.mineV);
    const updated = await coordinator.ok<any>(
      `mutation($id: ID!, $v: Int!) { updateVolunteer(input: { id: $id, version: $v, availability: "неделя" }) { availability } }`,
      { id: ids.mineV, v: mine.version },
    );
    expect(updated.updateVolunteer.availability).toBe('неделя');
  });

  it('creates a volunteer with no assignment, keeps it in view, and assigns it only to their programmes', async () => {
    const created = await coordinator.ok<any>(
      `mutation { createVolunteer(input: { name: "Дима Стоянова", email: "dima@example.org" }) { id version contact { email } } }`,
    );
    const { id, version, contact } = created.createVolunteer;
    expect(contact).toEqual({ email: 'dima@example.org' });
    expect((await list(coordinator)).map((v: any) => v.id)).toContain(id);
    await coordinator.ok(
      `mutation($id: ID!, $v: Int!) { updateVolunteer(input: { id: $id, version: $v, skills: ["музика"] }) { id } }`,
      {
        id,
        v: version,
      },
    );
    const assign = (programmeId: string) =>
      coordinator.gql(
        `mutation($i: CreateVolunteerAssignmentInput!) { createVolunteerAssignment(input: $i) { id programme { id } } }`,
        { i: { volunteerId: id, programmeId, role: 'Наставник', startsOn: '2024-06-01' } },
      );
    expect(codes(await assign(ids.other))).toEqual(['FORBIDDEN']);
    expect((await assign(ids.mine)).data!.createVolunteerAssignment.programme.id).toBe(ids.mine);
    // An unassigned volunteer from the shared pool may be taken into their programme.
    const pool = await coordinator.gql(
      `mutation($i: CreateVolunteerAssignmentInput!) { createVolunteerAssignment(input: $i) { volunteer { contact { email } } } }`,
      { i: { volunteerId: ids.poolV, programmeId: ids.mine, role: 'Наставник', startsOn: '2024-06-01' } },
    );
    expect(pool.data!.createVolunteerAssignment.volunteer.contact.email).toBe('galya@example.org');
  });
});

describe("a coordinator's programmes", () => {
  it('may update the programmes they coordinate, not the others', async () => {
    const read = (id: string) =>
      coordinator.ok<any>(`query($id: ID!) { volunteerProgramme(id: $id) { version } }`, { id });
    const update = async (id: string) =>
      coordinator.gql(
        `mutation($id: ID!, $v: Int!) { updateVolunteerProgramme(input: { id: $id, version: $v, description: { bg: "Всяка събота." } }) { description } }`,
        { id, v: (await read(id)).volunteerProgramme.version },
      );
    expect((await update(ids.mine)).data!.updateVolunteerProgramme.description).toBe('Всяка събота.');
    expect(codes(await update(ids.other))).toEqual(['FORBIDDEN']);
  });
});

describe('GDPR: export and erasure', () => {
  const totals = async () =>
    (
      await ok(`query($id: ID!) { volunteerProgramme(id: $id) { volunteerCount hoursLogged } }`, {
        id: ids.mine,
      })
    ).volunteerProgramme;

  it('exports everything stored about a volunteer, and audits the export', async () => {
    const { exportVolunteerData: data } = await coordinator.ok<any>(
      `query($id: ID!) { exportVolunteerData(id: $id) }`,
      {
        id: ids.mineV,
      },
    );
    expect(data).toMatchObject({
      profile: { id: ids.mineV, name: 'Анна Маринова', municipalityCode: 'PDV26', skills: ['менторство'] },
      contact: { email: 'anna@example.org', phone: '+359 888 000 111' },
      consent: { givenAt: '2024-03-05T10:30:00.000Z' },
      vetting: { status: 'APPROVED' },
      assignments: [
        {
          programme: { id: ids.mine, name: { bg: 'Програма mine' } },
          role: 'Наставник',
          hoursLogged: '12.50',
        },
      ],
    });
    expect(data.revisions.map((r: any) => r.action)).toEqual(['CREATE', 'UPDATE']);
    expect(data.auditEntries.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['volunteer.create', 'volunteerassignment.create', 'volunteer.update']),
    );
    const audit = await ok(
      `query($id: ID!) { auditLog(filter: { entityId: $id, action: "volunteer.export" }) { edges { node { actorId } } } }`,
      {
        id: ids.mineV,
      },
    );
    expect(audit.auditLog.edges).toEqual([{ node: { actorId: ids.coordinator } }]);
    // A volunteer without assignments, in the trash, exports too.
    const lone = await volunteer('Емил Радев', 'emil@example.org', null);
    await ok(`mutation($id: ID!) { deleteVolunteer(id: $id) { id } }`, { id: lone });
    const trashed = await ok(`query($id: ID!) { exportVolunteerData(id: $id) }`, { id: lone });
    expect(trashed.exportVolunteerData).toMatchObject({
      assignments: [],
      contact: { email: 'emil@example.org' },
    });
    expect(trashed.exportVolunteerData.profile.deletedAt).toEqual(expect.any(String));
  });

  it('erasure anonymises the person and their history, keeps the programme totals, and is idempotent', async () => {
    const before = await totals();
    const erase = () =>
      coordinator.ok<any>(`mutation($id: ID!) { eraseVolunteer(id: $id) { ${VOLUNTEER} } }`, {
        id: ids.mineV,
      });
    const erased = (await erase()).eraseVolunteer;
    expect(erased).toMatchObject({
      name: 'Изтрит доброволец',
      skills: [],
      availability: null,
      vettingStatus: 'NOT_STARTED',
      consentGivenAt: '2024-03-05T00:00:00.000Z',
      contact: { email: null, phone: null },
    });
    expect(await totals()).toEqual(before);
    expect((await erase()).eraseVolunteer).toEqual(erased);
    const audit = await ok(
      `query($id: ID!) { auditLog(filter: { entityId: $id, action: "volunteer.erase" }) { totalCount } }`,
      {
        id: ids.mineV,
      },
    );
    expect(audit.auditLog.totalCount).toBe(1);
    // No revision keeps the old data, so no restore can bring it back.
    const history = await ok(
      `query($id: ID!) { revisions(entityType: Volunteer, id: $id) { edges { node { id snapshot } } } }`,
      {
        id: ids.mineV,
      },
    );
    expect(JSON.stringify(history)).not.toMatch(/Анна|anna@|888 000|менторство|PDV26/);
    const oldest = history.revisions.edges.at(-1).node.id;
    await ok(`mutation($id: ID!) { restoreRevision(id: $id) { id } }`, { id: oldest });
    const exported = await ok(`query($id: ID!) { exportVolunteerData(id: $id) }`, { id: ids.mineV });
    expect(JSON.stringify(exported.exportVolunteerData.profile)).not.toContain('Анна');
    expect(exported.exportVolunteerData.contact).toEqual({ email: null, phone: null });
  });
});
