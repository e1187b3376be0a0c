import { volunteer } from '../volunteer';
import { startModuleServer, type TestServer } from '../../test/harness';

/**
 * For every content type: create it with everything its input holds, change all of that,
 * restore the first revision, and read it back exactly as it was.
 */
let server: TestServer;
const ids: Record<string, string> = {};
const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);

const LATER = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();

interface Case {
  type: string;
  create(): Record<string, unknown>;
  update(): Record<string, unknown>;
  /** Reads the record as clients see it (both languages where it has texts). */
  read(id: string): Promise<unknown>;
}

const one = async (query: string, id: string) => {
  const data = await ok(query, { id });
  const record = Object.values(data)[0] as Record<string, unknown>;
  const { version: _v, updatedAt: _u, ...rest } = record;
  return rest;
};
const bilingual = (query: (locale: string) => string) => async (id: string) => ({
  bg: await one(query('BG'), id),
  en: await one(query('EN'), id),
});
const edgeNode = async (query: string, id: string) => {
  const data = await ok(query);
  const edges = (Object.values(data)[0] as { edges: { node: Record<string, unknown> }[] }).edges;
  const { version: _v, updatedAt: _u, ...rest } = edges.find((e) => e.node.id === id)!.node;
  return rest;
};

const CASES: Case[] = [
  {
    type: 'Project',
    create: () => ({
      title: { bg: 'Заедно за децата', en: 'Together for children' },
      summary: { bg: 'Резюме.' },
      generalGoal: { bg: 'Обща цел.', en: 'General goal.' },
      specificObjectives: [{ bg: 'Цел 1' }, { bg: 'Цел 2', en: 'Goal 2' }],
      programmes: [{ name: { bg: 'Програма „Наставник“' }, description: { bg: 'Всяка седмица.' } }],
      activities: [{ name: { bg: 'Обучения' } }],
      expectedResults: [{ bg: '100 деца' }],
      budget: { amount: '199994.17', currency: 'BGN' },
      funderId: ids.funder,
      fundingProgramme: { bg: 'ОП „Развитие на човешките ресурси“' },
      referenceNumber: 'BG05M9OP001-2.004-0001',
      leadOrganizationId: ids.org,
      partners: [
        { organizationId: ids.funder, role: 'CO_FUNDER' },
        { organizationId: ids.org, role: 'IMPLEMENTER' },
      ],
      documents: [{ title: { bg: 'Доклад' }, url: 'https://example.org/report.pdf' }],
      period: { from: '2016-01-01', to: '2017-06-30', precision: 'DAY' },
      municipalityCodes: ['TGV35', 'SHU30'],
      themes: ['early-intervention'],
      targetGroups: ['children-at-risk'],
      indicators: [{ label: { bg: 'Деца' }, value: '100', unit: { bg: 'души' } }],
      status: 'DRAFT',
      publishAt: LATER,
    }),
    update: () => ({
      title: { bg: 'Заедно за децата – втори етап' },
      specificObjectives: [],
      programmes: [],
      budget: { amount: '5000', currency: 'EUR' },
      funderId: null,
      partners: [],
      documents: [],
      municipalityCodes: [],
      themes: [],
      targetGroups: [],
      indicators: [],
      period: null,
      publishAt: null,
    }),
    read: bilingual(
      (
        locale,
      ) => `query($id: ID!) { project(id: $id, locale: ${locale}) { id slug status publishAt publishedAt
        title summary generalGoal specificObjectives programmes { name description } activities { name description }
        expectedResults budget { amount currency amountEur } funder { id } fundingProgramme referenceNumber
        leadOrganization { id } partners { role position organization { id } } documents { title url }
        period { from to precision } municipalities { code } themes { slug } targetGroups { slug }
        indicators { label value unit period } localization { served stale fallbackFields } } }`,
    ),
  },
  {
    type: 'Organization',
    create: () => ({
      name: { bg: 'Сдружение „Бъдеще“', en: 'Future Association' },
      kind: 'NGO',
      contact: { person: 'Анна', phone: '+359 601 2345', email: 'info@example.org', address: 'Търговище' },
      municipalityCode: 'TGV35',
      description: { bg: 'Описание.' },
    }),
    update: () => ({
      name: { bg: 'Сдружение „Утре“' },
      kind: 'FOUNDATION',
      contact: null,
      municipalityCode: null,
    }),
    read: bilingual(
      (locale) => `query($id: ID!) { organization(id: $id, locale: ${locale}) { id slug name kind description
        contact { person address phone email website } municipality { code } localization { served stale } } }`,
    ),
  },
  {
    type: 'PartnerNetwork',
    create: () => ({
      name: { bg: 'Клуб на НПО – Търговище' },
      description: { bg: 'Мрежа.' },
      scope: 'REGIONAL',
      coordinatorId: ids.org,
      memberships: [
        { organizationId: ids.org, role: 'COORDINATOR', joinedOn: '2015-01-01' },
        { organizationId: ids.funder, role: 'MEMBER', joinedOn: '2016-03-01', leftOn: '2018-12-31' },
      ],
    }),
    update: () => ({ scope: 'NATIONAL', coordinatorId: null, memberships: [] }),
    read: bilingual(
      (
        locale,
      ) => `query($id: ID!) { partnerNetwork(id: $id, locale: ${locale}) { id slug name description scope
        coordinator { id } memberships { role joinedOn leftOn organization { id } } } }`,
    ),
  },
  {
    type: 'VolunteerProgramme',
    create: () => ({
      name: { bg: 'Голям брат / голяма сестра' },
      description: { bg: 'Наставници.', en: 'Mentors.' },
      organizationId: ids.org,
      municipalityCodes: ['PDV37', 'PDV39'],
      status: 'IN_REVIEW',
      publishAt: LATER,
    }),
    update: () => ({ description: null, organizationId: null, municipalityCodes: [], publishAt: null }),
    read: bilingual(
      (locale) => `query($id: ID!) { volunteerProgramme(id: $id, locale: ${locale}) { id slug name description
        status publishAt organization { id } municipalities { code } localization { served stale } } }`,
    ),
  },
  {
    type: 'Theme',
    create: () => ({ label: { bg: 'Социално включване', en: 'Social inclusion' }, slug: 'social-inclusion' }),
    update: () => ({ label: { bg: 'Включване' }, slug: 'inclusion-2' }),
    read: (id) =>
      edgeNode(
        `{ themes(first: 100, locale: EN) { edges { node { id slug label localization { stale } } } } }`,
        id,
      ),
  },
  {
    type: 'TargetGroup',
    create: () => ({ label: { bg: 'Младежи' } }),
    update: () => ({ label: { bg: 'Младежи 15–29' }, slug: 'youth-15-29' }),
    read: (id) => edgeNode(`{ targetGroups(first: 100) { edges { node { id slug label } } } }`, id),
  },
  {
    type: 'Volunteer',
    create: () => ({
      name: 'Мария Георгиева',
      email: 'maria@example.org',
      phone: '+359 888 123 456',
      municipalityCode: 'PDV26',
      skills: ['менторство', 'музика'],
      availability: 'събота и неделя',
      consentGivenAt: '2024-03-05T10:00:00.000Z',
      vettingStatus: 'APPROVED',
    }),
    update: () => ({
      name: 'М. Георгиева',
      email: null,
      skills: [],
      availability: null,
      vettingStatus: 'REJECTED',
    }),
    read: (id) =>
      edgeNode(
        `{ volunteers(first: 100) { edges { node { id name skills availability consentGivenAt vettingStatus
          contact { email phone } municipality { code } } } } }`,
        id,
      ),
  },
];

beforeAll(async () => {
  server = await startModuleServer([volunteer]);
  ids.org = (
    await ok(
      `mutation { createOrganization(input: { name: { bg: "Община Търговище" }, kind: MUNICIPALITY }) { id } }`,
    )
  ).createOrganization.id;
  ids.funder = (
    await ok(`mutation { createOrganization(input: { name: { bg: "Фонд" }, kind: FUNDER }) { id } }`)
  ).createOrganization.id;
  await ok(
    `mutation { createTheme(input: { slug: "early-intervention", label: { bg: "Ранна интервенция" } }) { id } }`,
  );
  await ok(
    `mutation { createTargetGroup(input: { slug: "children-at-risk", label: { bg: "Деца в риск" } }) { id } }`,
  );
});
afterAll(() => server.stop());

describe('restoring a revision brings every field and relation back', () => {
  it.each(CASES.map((c) => [c.type, c] as const))('%s', async (type, c) => {
    const created = await ok(
      `mutation($i: Create${type}Input!) { r: create${type}(input: $i) { id version } }`,
      {
        i: c.create(),
      },
    );
    const { id, version } = created.r;
    const original = await c.read(id);
    await ok(`mutation($i: Update${type}Input!) { r: update${type}(input: $i) { version } }`, {
      i: { id, version, ...c.update() },
    });
    expect(await c.read(id)).not.toEqual(original);
    const first = await ok(
      `query($t: ContentType!, $id: ID!) { revisions(entityType: $t, id: $id, last: 1) { edges { node { id version } } } }`,
      { t: type, id },
    );
    expect(first.revisions.edges[0].node.version).toBe(1);
    const restored = await ok(`mutation($id: ID!) { restoreRevision(id: $id) { action version } }`, {
      id: first.revisions.edges[0].node.id,
    });
    expect(restored.restoreRevision).toEqual({ action: 'RESTORE', version: 3 });
    expect(await c.read(id)).toEqual(original);
  });

  it('VolunteerAssignment', async () => {
    const programme = await ok(
      `mutation { createVolunteerProgramme(input: { name: { bg: "Читалище" } }) { id } }`,
    );
    const volunteer = await ok(`mutation { createVolunteer(input: { name: "Петър Колев" }) { id } }`);
    const created = await ok(
      `mutation($i: CreateVolunteerAssignmentInput!) { createVolunteerAssignment(input: $i) { id version } }`,
      {
        i: {
          volunteerId: volunteer.createVolunteer.id,
          programmeId: programme.createVolunteerProgramme.id,
          role: 'Ментор',
          startsOn: '2020-09-01',
          endsOn: '2021-06-30',
          hoursLogged: '42.5',
        },
      },
    );
    const { id, version } = created.createVolunteerAssignment;
    const read = async () =>
      (
        await ok(`query($id: ID!) { volunteerProgramme(id: $id) { volunteerCount hoursLogged } }`, {
          id: programme.createVolunteerProgramme.id,
        })
      ).volunteerProgramme;
    const original = await read();
    await ok(
      `mutation($i: UpdateVolunteerAssignmentInput!) { updateVolunteerAssignment(input: $i) { id } }`,
      {
        i: { id, version, role: 'Координатор', endsOn: null, hoursLogged: '100' },
      },
    );
    const history = await ok(
      `query($id: ID!) { revisions(entityType: VolunteerAssignment, id: $id) { edges { node { id action snapshot } } } }`,
      { id },
    );
    const create = history.revisions.edges[1].node;
    expect(create.snapshot).toMatchObject({ role: 'Ментор', endsOn: '2021-06-30', hoursLogged: '42.50' });
    await ok(`mutation($id: ID!) { restoreRevision(id: $id) { id } }`, { id: create.id });
    expect(await read()).toEqual(original);
    const latest = await ok(
      `query($id: ID!) { revisions(entityType: VolunteerAssignment, id: $id, first: 1) { edges { node { snapshot } } } }`,
      { id },
    );
    expect(latest.revisions.edges[0].node.snapshot).toEqual(create.snapshot);
  });
});
