import { organization } from '../organization';
import { startModuleServer, type TestServer } from '../../test/harness';
import { codes, fields } from '../../test/expect';

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([organization]);
});
afterAll(() => server.stop());

const ORGANIZATION = `id slug name description kind version
  contact { person address phone email website }
  municipality { code nameBg district { code } }
  localization { requested served stale fallbackFields }`;

function tryCreate(input: Record<string, unknown>) {
  return server.gql(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORGANIZATION} } }`,
    { input },
  );
}

async function createOrganization(input: Record<string, unknown>) {
  const result = await tryCreate({ kind: 'NGO', ...input });
  expect(result.errors).toBeUndefined();
  return result.data!.createOrganization;
}

function updateOrganization(input: Record<string, unknown>) {
  return server.gql(
    `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${ORGANIZATION} } }`,
    { input },
  );
}

function deleteOrganization(id: string, version?: number) {
  return server.gql(
    `mutation($id: ID!, $version: Int) { deleteOrganization(id: $id, version: $version) { id } }`,
    { id, version },
  );
}

function getOrganization(id: string, locale = 'BG') {
  return server.gql(
    `query($id: ID!, $locale: Locale) { organization(id: $id, locale: $locale) { ${ORGANIZATION} } }`,
    {
      id,
      locale,
    },
  );
}

async function slugs(filter: Record<string, unknown>, extra = '') {
  const data = await server.ok(
    `query($filter: OrganizationFilter) { organizations(first: 100, filter: $filter${extra}) { totalCount edges { node { slug } } } }`,
    { filter },
  );
  return data.organizations.edges.map((e: any) => e.node.slug);
}

describe('organizations', () => {
  it('creates an organization with contact, seat municipality and a transliterated slug', async () => {
    const org = await createOrganization({
      name: { bg: 'Център за обществена подкрепа', en: 'Community Support Centre' },
      description: { bg: 'Социални услуги за деца и семейства в Търговище.' },
      contact: {
        person: 'Невена Маджарова',
        address: 'ул. „Славянска“ 2, Търговище',
        phone: '+359 601 6 12 34',
        email: 'Office@CSC-Targovishte.bg',
        website: 'https://csc-targovishte.bg',
      },
      municipalityCode: 'TGV35',
    });
    expect(org).toMatchObject({
      slug: 'tsentar-za-obshtestvena-podkrepa',
      name: 'Център за обществена подкрепа',
      description: 'Социални услуги за деца и семейства в Търговище.',
      kind: 'NGO',
      version: 1,
      contact: {
        person: 'Невена Маджарова',
        address: 'ул. „Славянска“ 2, Търговище',
        phone: '+359 601 6 12 34',
        email: 'office@csc-targovishte.bg',
        website: 'https://csc-targovishte.bg',
      },
      municipality: { code: 'TGV35', nameBg: 'Търговище', district: { code: 'TGV' } },
    });

    const twin = await createOrganization({ name: { bg: 'Център за обществена подкрепа' } });
    expect(twin.slug).toBe('tsentar-za-obshtestvena-podkrepa-2');
    expect(twin.contact).toEqual({ person: null, address: null, phone: null, email: null, website: null });
    expect(twin.municipality).toBeNull();
    // Word-final "ия" is "ia" (Art. 5 of the Transliteration Act).
    const foundation = await createOrganization({
      name: { bg: 'Фондация „Деца на България“' },
      kind: 'FOUNDATION',
    });
    expect(foundation.slug).toBe('fondatsia-detsa-na-bulgaria');

    const en = await getOrganization(org.id, 'EN');
    expect(en.data!.organization).toMatchObject({
      name: 'Community Support Centre',
      description: 'Социални услуги за деца и семейства в Търговище.',
      localization: { requested: 'EN', served: 'EN', stale: false, fallbackFields: ['description'] },
    });
  });

  it('updates with the current version; fields left out stay as they were', async () => {
    const org = await createOrganization({
      name: { bg: 'Сдружение „Родопи“' },
      contact: { person: 'Иван Петров', email: 'rodopi@example.bg' },
      municipalityCode: 'PDV26',
      description: { bg: 'Местна инициативна група.' },
    });
    const result = await updateOrganization({
      id: org.id,
      version: org.version,
      description: { bg: 'Местна инициативна група за развитие на селските райони.' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateOrganization).toMatchObject({
      version: org.version + 1,
      slug: org.slug,
      name: 'Сдружение „Родопи“',
      kind: 'NGO',
      description: 'Местна инициативна група за развитие на селските райони.',
      contact: { person: 'Иван Петров', email: 'rodopi@example.bg' },
      municipality: { code: 'PDV26' },
    });

    const moved = await updateOrganization({
      id: org.id,
      version: org.version + 1,
      kind: 'FOUNDATION',
      municipalityCode: 'PDV22',
    });
    expect(moved.data!.updateOrganization).toMatchObject({
      version: org.version + 2,
      kind: 'FOUNDATION',
      municipality: { code: 'PDV22', district: { code: 'PDV' } },
      contact: { person: 'Иван Петров' },
    });
  });

  it('refuses a stale version with CONFLICT and leaves the record unchanged', async () => {
    const org = await createOrganization({ name: { bg: 'Община Попово' }, kind: 'MUNICIPALITY' });
    await updateOrganization({ id: org.id, version: org.version, contact: { phone: '0608 4 00 00' } });
    const stale = await updateOrganization({
      id: org.id,
      version: org.version,
      name: { bg: 'Община Омуртаг' },
    });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(org.version + 1);
    const now = await getOrganization(org.id);
    expect(now.data!.organization).toMatchObject({
      name: 'Община Попово',
      version: org.version + 1,
      contact: { phone: '0608 4 00 00' },
    });
  });

  it('deletes: the organization leaves the lists and its id answers NOT_FOUND', async () => {
    const org = await createOrganization({ name: { bg: 'Читалище „Просвета 1870“' } });
    expect(await slugs({ search: 'Просвета' })).toEqual(['chitalishte-prosveta-1870']);
    expect(codes(await deleteOrganization(org.id, org.version + 1))).toEqual(['CONFLICT']);
    expect((await deleteOrganization(org.id, org.version)).errors).toBeUndefined();
    expect(await slugs({ search: 'Просвета' })).toEqual([]);
    expect(codes(await getOrganization(org.id))).toEqual(['NOT_FOUND']);
    expect(codes(await deleteOrganization(org.id))).toEqual(['NOT_FOUND']);
    expect(codes(await updateOrganization({ id: org.id, version: 2, kind: 'NGO' }))).toEqual(['NOT_FOUND']);
  });

  it('answers NOT_FOUND for unknown and malformed ids', async () => {
    for (const id of ['0b5a8c8e-1d2f-4c3b-9a7e-6f5d4c3b2a19', '42']) {
      expect(codes(await getOrganization(id))).toEqual(['NOT_FOUND']);
      expect(codes(await deleteOrganization(id))).toEqual(['NOT_FOUND']);
      expect(codes(await updateOrganization({ id, version: 1, kind: 'NGO' }))).toEqual(['NOT_FOUND']);
    }
  });

  it.each([
    ['an empty Bulgarian name', { name: { bg: '' } }, 'name.bg'],
    ['a name of spaces only', { name: { bg: '   ' } }, 'name.bg'],
    ['an unknown municipality code', { municipalityCode: 'XYZ99' }, 'municipalityCode'],
    ['a malformed municipality code', { municipalityCode: 'PDV2' }, 'municipalityCode'],
    ['an invalid e-mail', { contact: { email: 'office(at)flgr.bg' } }, 'contact.email'],
    ['a website without http(s)', { contact: { website: 'www.flgr.bg' } }, 'contact.website'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, input, field) => {
    const before = (await server.ok(`{ organizations { totalCount } }`)).organizations.totalCount;
    const result = await tryCreate({ name: { bg: 'Сдружение „Бъдеще“' }, kind: 'NGO', ...input });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fields(result)).toContain(field);
    expect((await server.ok(`{ organizations { totalCount } }`)).organizations.totalCount).toBe(before);
  });

  it('filters by kind, district, municipality, ids and search in Bulgarian or Latin, and orders by name', async () => {
    const a = await createOrganization({ name: { bg: 'Асоциация Шумен' }, municipalityCode: 'SHU30' });
    const b = await createOrganization({
      name: { bg: 'Фонд „Социална закрила“' },
      kind: 'FUNDER',
      municipalityCode: 'SOF46',
    });
    const c = await createOrganization({
      name: { bg: 'Бизнес клуб Шумен' },
      kind: 'BUSINESS',
      municipalityCode: 'SHU30',
    });
    expect(await slugs({ kinds: ['FUNDER'] })).toEqual([b.slug]);
    expect(await slugs({ districtCodes: ['SHU'] })).toEqual([a.slug, c.slug]);
    expect(await slugs({ municipalityCodes: ['SOF46'] })).toEqual([b.slug]);
    expect(await slugs({ organizationIds: [c.id, b.id] })).toEqual([c.slug, b.slug]);
    expect(await slugs({ search: 'шумен' }, ', orderBy: { field: NAME, direction: ASC }')).toEqual([
      a.slug,
      c.slug,
    ]);
    // Searched without an order: by relevance, the newer of two equal matches first.
    expect(await slugs({ search: 'шумен' })).toEqual([c.slug, a.slug]);
    expect(await slugs({ search: 'sotsialna-zakrila' })).toEqual([b.slug]);
    expect(await slugs({ districtCodes: ['SHU'] }, ', orderBy: { field: NAME, direction: DESC }')).toEqual([
      c.slug,
      a.slug,
    ]);
    const tooMany = await server.gql(`{ organizations(first: 101) { totalCount } }`);
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(fields(tooMany)).toEqual(['first']);
  });
});
