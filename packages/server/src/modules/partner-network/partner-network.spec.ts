import { practice } from '../practice';
import { startModuleServer, type TestServer } from '../../test/harness';
import { codes, fields } from '../../test/expect';

let server: TestServer;
const ids: Record<string, string> = {};

const NETWORK = `id slug name description scope version
  coordinator { id }
  memberships { role joinedOn leftOn organization { id } }
  localization { served fallbackFields }`;

const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);

function tryCreate(input: Record<string, unknown>) {
  return server.gql(
    `mutation($input: CreatePartnerNetworkInput!) { createPartnerNetwork(input: $input) { ${NETWORK} } }`,
    { input },
  );
}

async function createNetwork(input: Record<string, unknown>) {
  const result = await tryCreate({ scope: 'REGIONAL', ...input });
  expect(result.errors).toBeUndefined();
  return result.data!.createPartnerNetwork;
}

function updateNetwork(input: Record<string, unknown>) {
  return server.gql(
    `mutation($input: UpdatePartnerNetworkInput!) { updatePartnerNetwork(input: $input) { ${NETWORK} } }`,
    { input },
  );
}

const getNetwork = (id: string, locale = 'BG') =>
  server.gql(`query($id: ID!, $locale: Locale) { partnerNetwork(id: $id, locale: $locale) { ${NETWORK} } }`, {
    id,
    locale,
  });
const deleteNetwork = (id: string, version?: number) =>
  server.gql(
    `mutation($id: ID!, $version: Int) { deletePartnerNetwork(id: $id, version: $version) { id } }`,
    {
      id,
      version,
    },
  );
const countNetworks = async (): Promise<number> =>
  (await ok(`{ partnerNetworks { totalCount } }`)).partnerNetworks.totalCount;

async function slugs(filter: string): Promise<string[]> {
  const data = await ok(`{ partnerNetworks(first: 100, filter: { ${filter} }) { edges { node { slug } } } }`);
  return data.partnerNetworks.edges.map((e: any) => e.node.slug);
}

const MEMBERS = () => [
  { organizationId: ids.m1, joinedOn: '2016-03-01' },
  { organizationId: ids.coord, role: 'COORDINATOR', joinedOn: '2015-01-15' },
  { organizationId: ids.m3, role: 'OBSERVER', joinedOn: '2015-06-01', leftOn: '2017-12-31' },
];

beforeAll(async () => {
  server = await startModuleServer([practice]);
  for (const [key, bg, kind] of [
    ['coord', 'Център за обществена подкрепа – Търговище', 'NGO'],
    ['m1', 'Сдружение „Равновесие“', 'NGO'],
    ['m3', 'Фондация „Идея“', 'FOUNDATION'],
    ['outsider', 'Община Попово', 'MUNICIPALITY'],
  ]) {
    const data = await ok(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      {
        input: { name: { bg }, kind },
      },
    );
    ids[key] = data.createOrganization.id;
  }
});
afterAll(() => server.stop());

describe('partner networks', () => {
  it('creates a network with coordinator and membership history, oldest first', async () => {
    const network = await createNetwork({
      name: { bg: 'Клуб на неправителствените организации – Търговище', en: 'NGO Club Targovishte' },
      description: { bg: 'Обединява организациите от областта.' },
      coordinatorId: ids.coord,
      memberships: MEMBERS(),
    });
    expect(network).toMatchObject({
      slug: 'klub-na-nepravitelstvenite-organizatsii-targovishte',
      name: 'Клуб на неправителствените организации – Търговище',
      scope: 'REGIONAL',
      version: 1,
      coordinator: { id: ids.coord },
      memberships: [
        { role: 'COORDINATOR', joinedOn: '2015-01-15', leftOn: null, organization: { id: ids.coord } },
        { role: 'OBSERVER', joinedOn: '2015-06-01', leftOn: '2017-12-31', organization: { id: ids.m3 } },
        { role: 'MEMBER', joinedOn: '2016-03-01', leftOn: null, organization: { id: ids.m1 } },
      ],
    });
    const en = (await getNetwork(network.id, 'EN')).data!.partnerNetwork;
    expect(en).toMatchObject({
      name: 'NGO Club Targovishte',
      localization: { served: 'EN', fallbackFields: ['description'] },
    });
    const twin = await createNetwork({
      name: { bg: 'Клуб на неправителствените организации – Търговище' },
      scope: 'NATIONAL',
    });
    expect(twin).toMatchObject({
      slug: 'klub-na-nepravitelstvenite-organizatsii-targovishte-2',
      memberships: [],
      coordinator: null,
    });
  });

  it('shows the newest practices and projects of its current members only', async () => {
    const network = await createNetwork({
      name: { bg: 'Мрежа за ранно детско развитие' },
      memberships: MEMBERS(),
    });
    const practice = (title: string, organizationId: string, publishedAt: string) =>
      ok(`mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`, {
        input: { title: { bg: title }, organizationId, publishedAt },
      });
    await practice('Практика на член', ids.m1, '2019-05-01T00:00:00Z');
    await practice('Практика на координатора', ids.coord, '2020-05-01T00:00:00Z');
    await practice('Практика на напуснал член', ids.m3, '2021-05-01T00:00:00Z');
    await practice('Практика на външна организация', ids.outsider, '2022-05-01T00:00:00Z');
    await ok(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
      input: {
        title: { bg: 'Проект с партньор координатора' },
        leadOrganizationId: ids.outsider,
        partners: [{ organizationId: ids.coord }],
      },
    });
    const data = await ok(
      `query($id: ID!) { partnerNetwork(id: $id) {
      practices { slug } top: practices(first: 1) { slug } projects { slug } } }`,
      { id: network.id },
    );
    expect(data.partnerNetwork.practices.map((p: any) => p.slug)).toEqual([
      'praktika-na-koordinatora',
      'praktika-na-chlen',
    ]);
    expect(data.partnerNetwork.top).toEqual([{ slug: 'praktika-na-koordinatora' }]);
    expect(data.partnerNetwork.projects).toEqual([{ slug: 'proekt-s-partnyor-koordinatora' }]);
    const tooMany = await server.gql(
      `query($id: ID!) { partnerNetwork(id: $id) { practices(first: 51) { id } } }`,
      { id: network.id },
    );
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it('updates with the current version; fields left out keep their values; memberships are replaced', async () => {
    const network = await createNetwork({
      name: { bg: 'Мрежа „Родопи“' },
      description: { bg: 'Старо описание.' },
      coordinatorId: ids.coord,
      memberships: MEMBERS(),
    });
    const result = await updateNetwork({
      id: network.id,
      version: network.version,
      description: { bg: 'Ново описание.' },
    });
    expect(result.errors).toBeUndefined();
    const updated = result.data!.updatePartnerNetwork;
    expect(updated).toMatchObject({
      version: network.version + 1,
      slug: network.slug,
      name: 'Мрежа „Родопи“',
      description: 'Ново описание.',
      scope: 'REGIONAL',
      coordinator: { id: ids.coord },
      memberships: network.memberships,
    });
    const replaced = await updateNetwork({
      id: network.id,
      version: updated.version,
      scope: 'NATIONAL',
      memberships: [{ organizationId: ids.outsider, joinedOn: '2023-01-01' }],
    });
    expect(replaced.data!.updatePartnerNetwork).toMatchObject({
      version: updated.version + 1,
      scope: 'NATIONAL',
      description: 'Ново описание.',
      memberships: [
        { role: 'MEMBER', joinedOn: '2023-01-01', leftOn: null, organization: { id: ids.outsider } },
      ],
    });
  });

  it('refuses a stale version with CONFLICT and leaves the network unchanged', async () => {
    const network = await createNetwork({ name: { bg: 'Мрежа „Дунав“' }, memberships: [MEMBERS()[0]] });
    await updateNetwork({ id: network.id, version: network.version, scope: 'MUNICIPAL' });
    const stale = await updateNetwork({
      id: network.id,
      version: network.version,
      name: { bg: 'Друго' },
      memberships: [],
    });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(network.version + 1);
    expect((await getNetwork(network.id)).data!.partnerNetwork).toMatchObject({
      name: 'Мрежа „Дунав“',
      scope: 'MUNICIPAL',
      memberships: [{ organization: { id: ids.m1 } }],
    });
  });

  it('deletes: gone from the list and by id; unknown or malformed ids are NOT_FOUND', async () => {
    const network = await createNetwork({ name: { bg: 'Мрежа за изтриване' } });
    expect(await slugs('search: "Мрежа за изтриване"')).toEqual(['mrezha-za-iztrivane']);
    expect(codes(await deleteNetwork(network.id, network.version + 1))).toEqual(['CONFLICT']);
    expect((await deleteNetwork(network.id, network.version)).errors).toBeUndefined();
    expect(await slugs('search: "Мрежа за изтриване"')).toEqual([]);
    expect(codes(await getNetwork(network.id))).toEqual(['NOT_FOUND']);
    for (const id of [network.id, '3e2d1c0b-a987-4654-b321-0fedcba98765', 'klub']) {
      expect(codes(await deleteNetwork(id))).toEqual(['NOT_FOUND']);
      expect(codes(await updateNetwork({ id, version: 1, scope: 'NATIONAL' }))).toEqual(['NOT_FOUND']);
    }
  });

  it.each([
    ['an empty Bulgarian name', { name: { bg: '' } }, 'name.bg'],
    ['an unknown coordinator', { coordinatorId: 'c0ffee00-0000-4000-8000-000000000005' }, 'coordinatorId'],
    [
      'an unknown member',
      { memberships: [{ organizationId: 'c0ffee00-0000-4000-8000-000000000006', joinedOn: '2020-01-01' }] },
      'memberships',
    ],
    [
      'a malformed member id',
      { memberships: [{ organizationId: 'ros', joinedOn: '2020-01-01' }] },
      'memberships.0.organizationId',
    ],
    [
      'a membership ending before it starts',
      { memberships: [{ organizationId: 'm1', joinedOn: '2020-01-01', leftOn: '2019-01-01' }] },
      'memberships.0.leftOn',
    ],
  ])('refuses %s, names the field and leaves nothing behind', async (_what, input, field) => {
    const before = await countNetworks();
    const resolved = JSON.parse(JSON.stringify(input).replace('"m1"', JSON.stringify(ids.m1)));
    const result = await tryCreate({ name: { bg: 'Неуспешна мрежа' }, scope: 'REGIONAL', ...resolved });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fields(result)).toContain(field);
    expect(await countNetworks()).toBe(before);
  });

  it('refuses the same membership twice as bad input and writes nothing, so no slug is used up', async () => {
    const before = await countNetworks();
    const twice = [MEMBERS()[0], { ...MEMBERS()[0], role: 'OBSERVER' }];
    const failed = await tryCreate({
      name: { bg: 'Мрежа на читалищата' },
      scope: 'NATIONAL',
      memberships: twice,
    });
    expect(await countNetworks()).toBe(before);
    expect((await createNetwork({ name: { bg: 'Мрежа на читалищата' } })).slug).toBe(
      'mrezha-na-chitalishtata',
    );
    expect(codes(failed)).toEqual(['BAD_USER_INPUT']);
    expect(fields(failed)).toContain('memberships');
  });

  it('does not count an organization as a current member before it has joined', async () => {
    const future = await createNetwork({
      name: { bg: 'Бъдеща мрежа' },
      scope: 'NATIONAL',
      memberships: [{ organizationId: ids.m3, joinedOn: '2999-01-01' }],
    });
    expect(await slugs(`organizationIds: ["${ids.m3}"], search: "badeshta-mrezha"`)).toEqual([]);
    expect(future.slug).toBe('badeshta-mrezha');
  });

  it('filters by scope, current member organizations and search in Bulgarian or Latin', async () => {
    const a = await createNetwork({
      name: { bg: 'Общинска мрежа Попово' },
      scope: 'MUNICIPAL',
      memberships: [{ organizationId: ids.outsider, joinedOn: '2020-01-01' }],
    });
    const b = await createNetwork({
      name: { bg: 'Бивши членове' },
      scope: 'MUNICIPAL',
      memberships: [{ organizationId: ids.outsider, joinedOn: '2010-01-01', leftOn: '2012-01-01' }],
    });
    expect(await slugs('scopes: [MUNICIPAL]')).toEqual(expect.arrayContaining([a.slug, b.slug]));
    expect(await slugs('scopes: [MUNICIPAL], search: "попово"')).toEqual([a.slug]);
    expect(await slugs(`organizationIds: ["${ids.outsider}"], scopes: [MUNICIPAL]`)).toEqual([a.slug]);
    expect(await slugs('search: "bivshi-chlenove"')).toEqual([b.slug]);
    const tooMany = await server.gql(`{ partnerNetworks(first: 101) { totalCount } }`);
    expect(fields(tooMany)).toEqual(['first']);
  });
});
