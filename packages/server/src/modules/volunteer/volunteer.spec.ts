import { volunteer } from '../volunteer';
import { startModuleServer, type GraphQLResponse, type TestServer } from '../../test/harness';
import { codes, fields } from '../../test/expect';

let server: TestServer;
const ids: Record<string, string> = {};

const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);

const PROGRAMME = `id slug name description status version volunteerCount hoursLogged
  organization { id } project { id } municipalities { code district { code } }`;
const VOLUNTEER = `id name skills availability consentGivenAt vettingStatus version
  contact { email phone } municipality { code district { code } }
  assignments { id role startsOn endsOn hoursLogged programme { id } }`;
const ASSIGNMENT = `id role startsOn endsOn hoursLogged version programme { id } volunteer { id }`;

type Input = Record<string, unknown>;
/** A mutation taking `input`, e.g. createVolunteer; its payload comes back as `data.r`. */
const op = (name: string, selection: string) => (i: Input) =>
  server.gql(
    `mutation($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { r: ${name}(input: $i) { ${selection} } }`,
    { i },
  );
const remove = (name: string, id: string, version?: number) =>
  server.gql(`mutation($id: ID!, $v: Int) { ${name}(id: $id, version: $v) { id } }`, { id, v: version });

async function created(result: Promise<GraphQLResponse>) {
  const r = await result;
  expect(r.errors).toBeUndefined();
  return r.data!.r;
}

const createProgramme = op('createVolunteerProgramme', PROGRAMME);
const updateProgramme = op('updateVolunteerProgramme', PROGRAMME);
const createVolunteer = op('createVolunteer', VOLUNTEER);
const updateVolunteer = op('updateVolunteer', VOLUNTEER);
const createAssignment = op('createVolunteerAssignment', ASSIGNMENT);
const updateAssignment = op('updateVolunteerAssignment', ASSIGNMENT);

const getProgramme = (id: string) =>
  server.gql(`query($id: ID!) { volunteerProgramme(id: $id) { ${PROGRAMME} } }`, { id });
async function volunteers(filter: Record<string, unknown>) {
  const data = await ok(
    `query($f: VolunteerFilter) { volunteers(first: 100, filter: $f) { totalCount edges { node { ${VOLUNTEER} } } } }`,
    { f: filter },
  );
  return data.volunteers.edges.map((e: any) => e.node);
}
const countProgrammes = async (): Promise<number> =>
  (await ok(`{ volunteerProgrammes { totalCount } }`)).volunteerProgrammes.totalCount;
const countVolunteers = async (): Promise<number> =>
  (await ok(`{ volunteers { totalCount } }`)).volunteers.totalCount;

beforeAll(async () => {
  server = await startModuleServer([volunteer]);
  const org = await ok(
    `mutation { createOrganization(input: { name: { bg: "Сдружение „Бъдеще за децата“" }, kind: NGO }) { id } }`,
  );
  ids.org = org.createOrganization.id;
  const project = await ok(
    `mutation { createProject(input: { title: { bg: "Заедно за децата на Хисаря" } }) { id } }`,
  );
  ids.project = project.createProject.id;
});
afterAll(() => server.stop());

describe('volunteer programmes', () => {
  it('creates a programme with organization, project and municipalities; a twin name gets -2', async () => {
    const programme = await created(
      createProgramme({
        name: { bg: 'Голям брат / голяма сестра', en: 'Big Brother / Big Sister' },
        description: { bg: 'Доброволци наставници на деца в риск.' },
        organizationId: ids.org,
        projectId: ids.project,
        municipalityCodes: ['PDV39', 'PDV37'],
        status: 'PUBLISHED',
      }),
    );
    expect(programme).toMatchObject({
      slug: 'golyam-brat-golyama-sestra',
      name: 'Голям брат / голяма сестра',
      status: 'PUBLISHED',
      version: 1,
      organization: { id: ids.org },
      project: { id: ids.project },
      municipalities: [
        { code: 'PDV37', district: { code: 'PDV' } },
        { code: 'PDV39', district: { code: 'PDV' } },
      ],
      volunteerCount: 0,
    });
    expect(Number(programme.hoursLogged)).toBe(0);
    const twin = await created(createProgramme({ name: { bg: 'Голям брат / голяма сестра' } }));
    expect(twin).toMatchObject({ slug: 'golyam-brat-golyama-sestra-2', status: 'DRAFT', municipalities: [] });
  });

  it('updates with the current version, keeps what was left out, and refuses a stale version', async () => {
    const programme = await created(
      createProgramme({
        name: { bg: 'Доброволци в читалището' },
        organizationId: ids.org,
        projectId: ids.project,
        municipalityCodes: ['SHU30'],
      }),
    );
    const updated = await created(
      updateProgramme({ id: programme.id, version: programme.version, description: { bg: 'Всяка събота.' } }),
    );
    expect(updated).toMatchObject({
      version: programme.version + 1,
      description: 'Всяка събота.',
      organization: { id: ids.org },
      project: { id: ids.project },
      municipalities: [{ code: 'SHU30' }],
      status: 'DRAFT',
    });
    const stale = await updateProgramme({
      id: programme.id,
      version: programme.version,
      municipalityCodes: [],
    });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(updated.version);
    expect((await getProgramme(programme.id)).data!.volunteerProgramme).toMatchObject({
      description: 'Всяка събота.',
      municipalities: [{ code: 'SHU30' }],
      version: updated.version,
    });
  });

  it('deletes: gone from the list and by id; unknown or malformed ids are NOT_FOUND', async () => {
    const programme = await created(createProgramme({ name: { bg: 'Програма за изтриване' } }));
    const before = await countProgrammes();
    expect(
      (await remove('deleteVolunteerProgramme', programme.id, programme.version)).errors,
    ).toBeUndefined();
    expect(await countProgrammes()).toBe(before - 1);
    expect(codes(await getProgramme(programme.id))).toEqual(['NOT_FOUND']);
    for (const id of [programme.id, '5b6c7d8e-9f00-4a1b-8c2d-3e4f5a6b7c8d', 'x']) {
      expect(codes(await remove('deleteVolunteerProgramme', id))).toEqual(['NOT_FOUND']);
      expect(codes(await updateProgramme({ id, version: 1, status: 'ARCHIVED' }))).toEqual(['NOT_FOUND']);
    }
  });

  // prettier-ignore
  it.each([
    ['an empty Bulgarian name', { name: { bg: '' } }, 'name.bg'],
    ['an unknown municipality code', { municipalityCodes: ['PDV37', 'ABC12'] }, 'municipalityCodes'],
    ['an unknown organization', { organizationId: 'c0ffee00-0000-4000-8000-000000000007' }, 'organizationId'],
    ['an unknown project', { projectId: 'c0ffee00-0000-4000-8000-000000000008' }, 'projectId'],
  ])('refuses %s, names the field and leaves nothing behind', async (_what, input, field) => {
    const before = await countProgrammes();
    const result = await createProgramme({
      name: { bg: 'Неуспешна програма' },
      municipalityCodes: ['PDV37'],
      ...input,
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fields(result)).toContain(field);
    expect(await countProgrammes()).toBe(before);
  });

  it('filters programmes by district, municipality, organization, status and search', async () => {
    const a = await created(
      createProgramme({
        name: { bg: 'Доброволци в Габрово' },
        municipalityCodes: ['GAB05'],
        status: 'ARCHIVED',
        organizationId: ids.org,
      }),
    );
    const slugs = async (filter: string) =>
      (
        await ok(`{ volunteerProgrammes(first: 100, filter: { ${filter} }) { edges { node { slug } } } }`)
      ).volunteerProgrammes.edges.map((e: any) => e.node.slug);
    expect(await slugs('districtCodes: ["GAB"]')).toEqual([a.slug]);
    expect(await slugs('municipalityCodes: ["GAB05"]')).toEqual([a.slug]);
    expect(await slugs(`organizationIds: ["${ids.org}"], statuses: [ARCHIVED]`)).toEqual([a.slug]);
    expect(await slugs('search: "габрово"')).toEqual([a.slug]);
    expect(await slugs('search: "dobrovoltsi-v-gabrovo"')).toEqual([a.slug]);
    expect(fields(await server.gql(`{ volunteerProgrammes(first: 101) { totalCount } }`))).toEqual(['first']);
  });
});

describe('volunteers and their assignments', () => {
  beforeAll(async () => {
    const programme = await created(
      createProgramme({ name: { bg: 'Наставничество' }, municipalityCodes: ['PDV37'] }),
    );
    ids.programme = programme.id;
  });

  it('creates a volunteer with personal data kept apart, and reads it back', async () => {
    const volunteer = await created(
      createVolunteer({
        name: 'Мария Иванова',
        email: 'Maria.Ivanova@abv.bg',
        phone: '+359 888 123 456',
        municipalityCode: 'PDV37',
        skills: [' Английски език ', 'Работа с деца', ' '],
        availability: 'Събота и неделя',
        consentGivenAt: '2020-09-01T08:00:00.000Z',
        vettingStatus: 'IN_PROGRESS',
      }),
    );
    const [read] = await volunteers({ search: 'Мария Иванова' });
    expect(read).toEqual(volunteer);
    expect(read).toMatchObject({
      name: 'Мария Иванова',
      contact: { email: 'maria.ivanova@abv.bg', phone: '+359 888 123 456' },
      municipality: { code: 'PDV37', district: { code: 'PDV' } },
      skills: ['Английски език', 'Работа с деца'],
      availability: 'Събота и неделя',
      consentGivenAt: '2020-09-01T08:00:00.000Z',
      vettingStatus: 'IN_PROGRESS',
      version: 1,
      assignments: [],
    });
  });

  it('updates a volunteer, keeps what was left out, refuses a stale version and deletes', async () => {
    const v = await created(
      createVolunteer({ name: 'Петър Георгиев', email: 'petar@example.bg', municipalityCode: 'SHU30' }),
    );
    const updated = await created(
      updateVolunteer({ id: v.id, version: v.version, skills: ['Футбол'], vettingStatus: 'APPROVED' }),
    );
    expect(updated).toMatchObject({
      version: v.version + 1,
      name: 'Петър Георгиев',
      skills: ['Футбол'],
      vettingStatus: 'APPROVED',
      contact: { email: 'petar@example.bg' },
      municipality: { code: 'SHU30' },
    });
    const stale = await updateVolunteer({ id: v.id, version: v.version, name: 'Друг' });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(updated.version);
    expect((await volunteers({ search: 'Петър Георгиев' }))[0]).toMatchObject({
      name: 'Петър Георгиев',
      version: updated.version,
    });

    expect((await remove('deleteVolunteer', v.id)).errors).toBeUndefined();
    expect(await volunteers({ search: 'Петър Георгиев' })).toEqual([]);
    for (const id of [v.id, 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', '17']) {
      expect(codes(await remove('deleteVolunteer', id))).toEqual(['NOT_FOUND']);
      expect(codes(await updateVolunteer({ id, version: 2, name: 'Х' }))).toEqual(['NOT_FOUND']);
    }
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['an invalid e-mail', { email: 'maria@' }, 'email'],
    ['an invalid phone', { phone: 'звънни ми' }, 'phone'],
    ['an unknown municipality code', { municipalityCode: 'XYZ99' }, 'municipalityCode'],
    ['a malformed municipality code', { municipalityCode: 'Хисаря' }, 'municipalityCode'],
  ])('refuses a volunteer with %s, names the field and writes nothing', async (_what, input, field) => {
    const before = await countVolunteers();
    const result = await createVolunteer({ name: 'Иван Иванов', ...input });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fields(result)).toContain(field);
    expect(await countVolunteers()).toBe(before);
  });

  it('assigns a volunteer to a programme, counts the hours, updates and removes the assignment', async () => {
    const v = await created(createVolunteer({ name: 'Елена Димитрова', municipalityCode: 'PDV37' }));
    const a = await created(
      createAssignment({
        volunteerId: v.id,
        programmeId: ids.programme,
        role: 'Ментор',
        startsOn: '2020-10-01',
        endsOn: '2021-06-30',
        hoursLogged: '42.5',
      }),
    );
    expect(a).toMatchObject({
      role: 'Ментор',
      startsOn: '2020-10-01',
      endsOn: '2021-06-30',
      version: 1,
      hoursLogged: '42.50',
    });
    expect(a).toMatchObject({ programme: { id: ids.programme }, volunteer: { id: v.id } });
    const [read] = await volunteers({ programmeIds: [ids.programme], search: 'Елена' });
    expect(read.assignments).toEqual([
      {
        id: a.id,
        role: 'Ментор',
        startsOn: '2020-10-01',
        endsOn: '2021-06-30',
        hoursLogged: '42.50',
        programme: { id: ids.programme },
      },
    ]);
    const totals = async () => (await getProgramme(ids.programme)).data!.volunteerProgramme;
    expect(await totals()).toMatchObject({ volunteerCount: 1, hoursLogged: '42.50' });

    const updated = await created(updateAssignment({ id: a.id, version: a.version, hoursLogged: '50' }));
    expect(updated).toMatchObject({ version: a.version + 1, role: 'Ментор', endsOn: '2021-06-30' });
    expect((await totals()).hoursLogged).toBe('50.00');
    const stale = await updateAssignment({ id: a.id, version: a.version, role: 'Координатор' });
    expect(codes(stale)).toEqual(['CONFLICT']);
    const reversed = await updateAssignment({ id: a.id, version: updated.version, endsOn: '2020-01-01' });
    expect(fields(reversed)).toEqual(['endsOn']);
    expect((await volunteers({ search: 'Елена' }))[0].assignments[0]).toMatchObject({
      role: 'Ментор',
      endsOn: '2021-06-30',
    });

    expect((await remove('deleteVolunteerAssignment', a.id, updated.version)).errors).toBeUndefined();
    expect((await volunteers({ search: 'Елена' }))[0].assignments).toEqual([]);
    expect(await volunteers({ programmeIds: [ids.programme], search: 'Елена' })).toEqual([]);
    expect(await totals()).toMatchObject({ volunteerCount: 0 });
    expect(Number((await totals()).hoursLogged)).toBe(0);
    expect(codes(await updateAssignment({ id: a.id, version: 3, role: 'Х' }))).toEqual(['NOT_FOUND']);
    expect(codes(await remove('deleteVolunteerAssignment', 'nope'))).toEqual(['NOT_FOUND']);
  });

  // prettier-ignore
  it.each([
    ['an unknown volunteer', { volunteerId: 'c0ffee00-0000-4000-8000-000000000009' }, 'volunteerId'],
    ['an unknown programme', { programmeId: 'c0ffee00-0000-4000-8000-00000000000a' }, 'programmeId'],
    ['an end before the start', { startsOn: '2021-01-01', endsOn: '2020-12-31' }, 'endsOn'],
    ['negative hours', { hoursLogged: '-3' }, 'hoursLogged'],
    ['hours with three decimals', { hoursLogged: '1.234' }, 'hoursLogged'],
    ['an empty role', { role: '' }, 'role'],
  ])('refuses an assignment with %s, naming the field', async (_what, input, field) => {
    const v = await created(createVolunteer({ name: 'Стоян Колев' }));
    const result = await createAssignment({
      volunteerId: v.id,
      programmeId: ids.programme,
      role: 'Помощник',
      startsOn: '2021-01-01',
      ...input,
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fields(result)).toContain(field);
    const [read] = (await volunteers({ search: 'Стоян Колев' })).filter((x: any) => x.id === v.id);
    expect(read.assignments).toEqual([]);
  });

  it('filters volunteers by district, municipality, programme and vetting status', async () => {
    const v = await created(
      createVolunteer({ name: 'Гергана Русева', municipalityCode: 'RSE27', vettingStatus: 'REJECTED' }),
    );
    const names = async (filter: Record<string, unknown>) =>
      (await volunteers(filter)).map((x: any) => x.name);
    expect(await names({ districtCodes: ['RSE'] })).toEqual(['Гергана Русева']);
    expect(await names({ municipalityCodes: ['RSE27'] })).toEqual(['Гергана Русева']);
    expect(await names({ vettingStatuses: ['REJECTED'] })).toEqual(['Гергана Русева']);
    await created(
      createAssignment({
        volunteerId: v.id,
        programmeId: ids.programme,
        role: 'Помощник',
        startsOn: '2022-02-01',
      }),
    );
    expect(await names({ programmeIds: [ids.programme] })).toContain('Гергана Русева');
  });

  it('no longer counts a deleted volunteer in the programme totals', async () => {
    const programme = await created(createProgramme({ name: { bg: 'Лятна ваканция' } }));
    const v = await created(createVolunteer({ name: 'Димитър Стоянов' }));
    await created(
      createAssignment({
        volunteerId: v.id,
        programmeId: programme.id,
        role: 'Аниматор',
        startsOn: '2023-07-01',
        hoursLogged: '12',
      }),
    );
    expect((await getProgramme(programme.id)).data!.volunteerProgramme.volunteerCount).toBe(1);
    expect((await remove('deleteVolunteer', v.id)).errors).toBeUndefined();
    expect(await volunteers({ programmeIds: [programme.id] })).toEqual([]);
    expect((await getProgramme(programme.id)).data!.volunteerProgramme.volunteerCount).toBe(0);
  });
});
