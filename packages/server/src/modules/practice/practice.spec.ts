import { practice } from '../practice';
import { startModuleServer, type TestServer } from '../../test/harness';
import { codes, fields } from '../../test/expect';
import { expectPagesCover, PAGE_FIELDS, type PageSource } from '../../test/paging';

let server: TestServer;
const ids: Record<string, string> = {};

const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);
/** A well-formed id that names nothing. */
const missing = (n: number) => `c0ffee00-0000-4000-8000-${String(n).padStart(12, '0')}`;
const indicator = (bg: string, value: string, x = {}) => ({
  label: { bg },
  value,
  unit: { bg: 'бр.' },
  ...x,
});

const PRACTICE = `id slug title summary background practice results innovator status publishedAt version
  contact { person phone email website } period { from to precision }
  municipalities { code district { code } } themes { slug } targetGroups { slug }
  indicators { label value unit period targetGroup { slug } }
  organization { id name } adoptions { year note municipality { code } }`;

const tryCreate = (input: Record<string, unknown>) =>
  server.gql(`mutation($input: CreatePracticeInput!) { createPractice(input: $input) { ${PRACTICE} } }`, {
    input,
  });
const updatePractice = (input: Record<string, unknown>) =>
  server.gql(`mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { ${PRACTICE} } }`, {
    input,
  });
const getPractice = (id: string) =>
  server.gql(`query($id: ID!) { practice(id: $id) { ${PRACTICE} } }`, { id });
const countPractices = async (): Promise<number> =>
  (await ok(`{ practices { totalCount } }`)).practices.totalCount;

/** Updates `record` from the version it was read at (or `patch.version`). */
const update = (record: { id: string; version: number }, patch: Record<string, unknown>) =>
  updatePractice({ id: record.id, version: record.version, ...patch });

async function createPractice(input: Record<string, unknown>) {
  const result = await tryCreate(input);
  expect(result.errors).toBeUndefined();
  return result.data!.createPractice;
}

/** First word of each slug: enough to tell the list's practices apart. */
const heads = (list: string[]) => list.map((s) => s.split('-')[0]).join(' ');

/** Slugs of one list page; `args` is GraphQL argument text. */
async function slugs(args: string): Promise<string[]> {
  const data = await ok(`{ practices(${args}) { edges { node { slug } } } }`);
  return data.practices.edges.map((e: any) => e.node.slug);
}

beforeAll(async () => {
  server = await startModuleServer([practice]);
  const orgs = await ok(`mutation {
    ngo: createOrganization(input: { name: { bg: "Сдружение „Равновесие“" }, kind: NGO }) { id }
    list: createOrganization(input: { name: { bg: "Фондация „Асоциация Анимус“" }, kind: FOUNDATION }) { id }
    other: createOrganization(input: { name: { bg: "Община Родопи" }, kind: MUNICIPALITY }) { id } }`);
  for (const key of ['ngo', 'list', 'other']) ids[key] = orgs[key].id;
  await ok(`mutation {
    a: createTheme(input: { label: { bg: "Ранна интервенция" }, slug: "early-intervention" }) { id }
    b: createTheme(input: { label: { bg: "Приемна грижа" }, slug: "foster-care" }) { id }
    c: createTargetGroup(input: { label: { bg: "Деца с увреждания" }, slug: "children-with-disabilities" }) { id }
    d: createTargetGroup(input: { label: { bg: "Родители" }, slug: "parents" }) { id } }`);
});
afterAll(() => server.stop());

describe('creating and editing practices', () => {
  it('creates a practice with texts, places, tags, ordered indicators and adoptions', async () => {
    const contact = {
      person: 'Невена Маджарова',
      phone: '0601 61234',
      email: 'a@csop.bg',
      website: 'https://csop.bg',
    };
    const practice = await createPractice({
      title: { bg: 'Център за обществена подкрепа', en: 'Community support centre' },
      summary: { bg: 'Подкрепа за деца и семейства в риск.' },
      background: { bg: 'Общата цел на проекта е деинституционализация.' },
      practice: { bg: 'Ранна интервенция в семейна среда.' },
      results: { bg: 'Осигурен достъп до алтернативни социални услуги.' },
      organizationId: ids.ngo,
      innovator: ' ros ',
      contact,
      status: 'PUBLISHED',
      period: { from: '2013-07-01', to: '2015-12-31', precision: 'MONTH' },
      municipalityCodes: ['TGV35', 'TGV24'],
      themes: ['foster-care', 'early-intervention'],
      targetGroups: ['parents'],
      indicators: [
        indicator('Обслужени деца', '124', { targetGroup: 'children-with-disabilities' }),
        indicator('Обучени специалисти', '18.5', { period: '2014' }),
        indicator('Консултации', '0.75'),
      ],
      adoptions: [{ municipalityCode: 'VAR06', year: 2017, note: { bg: 'С местни средства' } }],
    });
    expect(practice).toMatchObject({
      slug: 'tsentar-za-obshtestvena-podkrepa',
      title: 'Център за обществена подкрепа',
      summary: 'Подкрепа за деца и семейства в риск.',
      innovator: 'ros',
      status: 'PUBLISHED',
      version: 1,
      contact,
      period: { from: '2013-07-01', to: '2015-12-31', precision: 'MONTH' },
      municipalities: [
        { code: 'TGV24', district: { code: 'TGV' } },
        { code: 'TGV35', district: { code: 'TGV' } },
      ],
      // Ordered by Bulgarian label: Приемна грижа, Ранна интервенция.
      // In the editors' order of the themes (here: the order they were made in).
      themes: [{ slug: 'early-intervention' }, { slug: 'foster-care' }],
      targetGroups: [{ slug: 'parents' }],
      organization: { id: ids.ngo, name: 'Сдружение „Равновесие“' },
      adoptions: [{ year: 2017, note: 'С местни средства', municipality: { code: 'VAR06' } }],
    });
    expect(
      practice.indicators.map((i: any) => [i.label, i.value, i.unit, i.period, i.targetGroup?.slug]),
    ).toEqual([
      ['Обслужени деца', '124.00', 'бр.', null, 'children-with-disabilities'],
      ['Обучени специалисти', '18.50', 'бр.', '2014', undefined],
      ['Консултации', '0.75', 'бр.', null, undefined],
    ]);
    expect(practice.publishedAt).not.toBeNull();

    const twin = await createPractice({ title: { bg: 'Център за обществена подкрепа' } });
    expect(twin).toMatchObject({
      slug: 'tsentar-za-obshtestvena-podkrepa-2',
      status: 'DRAFT',
      publishedAt: null,
    });
    expect((await ok(`{ practice(slug: "${twin.slug}") { id } }`)).practice.id).toBe(twin.id);
  });

  it('updates with the current version; fields left out keep their values', async () => {
    const created = await createPractice({
      title: { bg: 'Мобилни екипи за ранна интервенция' },
      organizationId: ids.ngo,
      municipalityCodes: ['PDV26'],
      themes: ['early-intervention'],
      targetGroups: ['parents'],
      indicators: [indicator('Семейства', '40')],
      period: { from: '2016-08-15', to: '2018-08-15' },
    });
    const summary = { bg: 'Екипи посещават семействата по домовете им.' };
    const result = await update(created, { summary });
    expect(result.errors).toBeUndefined();
    const updated = result.data!.updatePractice;
    const { summary: _summary, version: _version, ...untouched } = created;
    expect(updated).toMatchObject({ ...untouched, summary: summary.bg, version: created.version + 1 });

    const published = await update(created, { version: updated.version, status: 'PUBLISHED', themes: [] });
    expect(published.data!.updatePractice).toMatchObject({
      version: updated.version + 1,
      status: 'PUBLISHED',
      themes: [],
      municipalities: [{ code: 'PDV26', district: { code: 'PDV' } }],
    });
    expect(published.data!.updatePractice.publishedAt).not.toBeNull();
  });

  it('refuses a stale version with CONFLICT and leaves the practice unchanged', async () => {
    const created = await createPractice({
      title: { bg: 'Клуб на приемните родители' },
      themes: ['foster-care'],
    });
    await update(created, { summary: { bg: 'Среща всеки месец.' } });
    const stale = await update(created, { title: { bg: 'Х' }, themes: [] });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(created.version + 1);
    expect((await getPractice(created.id)).data!.practice).toMatchObject({
      title: 'Клуб на приемните родители',
      summary: 'Среща всеки месец.',
      themes: [{ slug: 'foster-care' }],
      version: created.version + 1,
    });
  });

  it('deletes: gone from the list, by id and by slug; unknown or malformed ids are NOT_FOUND', async () => {
    const created = await createPractice({ title: { bg: 'Социално предприятие „Шанс“' } });
    const before = await countPractices();
    const remove = (id: string) =>
      server.gql(`mutation($id: ID!) { deletePractice(id: $id) { id } }`, { id });
    expect((await remove(created.id)).errors).toBeUndefined();
    expect(await countPractices()).toBe(before - 1);
    expect(await slugs(`filter: { search: "Шанс" }`)).toEqual([]);
    expect(codes(await getPractice(created.id))).toEqual(['NOT_FOUND']);
    expect(codes(await server.gql(`{ practice(slug: "${created.slug}") { id } }`))).toEqual(['NOT_FOUND']);
    for (const id of [created.id, missing(99), 'abc']) {
      expect(codes(await remove(id))).toEqual(['NOT_FOUND']);
      expect(codes(await updatePractice({ id, version: 1, summary: { bg: 'х' } }))).toEqual(['NOT_FOUND']);
    }
  });

  // prettier-ignore
  it.each([
    ['an empty Bulgarian title', { title: { bg: '' } }, 'title.bg'],
    ['a Bulgarian title of spaces only', { title: { bg: '   ' } }, 'title.bg'],
    ['an unknown municipality code', { municipalityCodes: ['TGV35', 'XYZ01'] }, 'municipalityCodes'],
    ['an unknown theme slug', { themes: ['no-such-theme'] }, 'themes'],
    ['an unknown target group slug', { targetGroups: ['no-such-group'] }, 'targetGroups'],
    ['a non-existing organization', { organizationId: missing(1) }, 'organizationId'],
    ['a malformed organization id', { organizationId: 'ros' }, 'organizationId'],
    ['a period ending before it starts', { period: { from: '2015-12-31', to: '2013-07-01' } }, 'period.to'],
    ['an invalid e-mail', { contact: { email: 'не-е-имейл' } }, 'contact.email'],
    ['a website without http(s)', { contact: { website: 'flgr.bg' } }, 'contact.website'],
    ['an indicator with three decimals', { indicators: [indicator('Х', '12.345')] }, 'indicators.0.value'],
    ['an indicator for an unknown target group', { indicators: [indicator('А', '1'), indicator('Х', '1', { targetGroup: 'x' })] }, 'indicators.1.targetGroup'],
    ['an adoption in an unknown municipality', { adoptions: [{ municipalityCode: 'VAR06', year: 2019 }, { municipalityCode: 'XYZ99', year: 2020 }] }, 'adoptions.1.municipalityCode'],
    ['an adoption year out of range', { adoptions: [{ municipalityCode: 'VAR06', year: 1890 }] }, 'adoptions.0.year'],
    ['an unknown project', { projectIds: [missing(2)] }, 'projectIds'],
  ])('refuses %s, names the field and leaves nothing behind', async (_what, input, field) => {
    const before = await countPractices();
    const title = { bg: 'Дневен център за възрастни хора' };
    const result = await tryCreate({ title, municipalityCodes: ['PDV22'], themes: ['early-intervention'], ...input });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fields(result)).toContain(field);
    expect(await countPractices()).toBe(before);
    expect(await slugs(`filter: { search: "dneven-tsentar-za-vazrastni" }`)).toEqual([]);
  });

  it('writes nothing when the last step of a create fails, so no slug is used up', async () => {
    const before = await countPractices();
    const input = {
      title: { bg: 'Защитено жилище в Хасково' },
      municipalityCodes: ['TGV35'],
      organizationId: ids.ngo,
      indicators: [indicator('Настанени', '8')],
    };
    const failed = await tryCreate({ ...input, themes: ['early-intervention', 'no-such-theme'] });
    expect(fields(failed)).toEqual(['themes']);
    expect(await countPractices()).toBe(before);
    const created = await createPractice({ ...input, themes: ['early-intervention'] });
    expect(created.slug).toBe('zashtiteno-zhilishte-v-haskovo');
    expect(await countPractices()).toBe(before + 1);
  });
});

describe('English and Bulgarian', () => {
  it('serves English with Bulgarian fallbacks and marks English stale after a Bulgarian edit', async () => {
    const created = await createPractice({
      title: { bg: 'Училище за родители', en: 'School for parents' },
      summary: { bg: 'Срещи с психолог.' },
    });
    const query = `query($id: ID!, $locale: Locale) { practice(id: $id, locale: $locale) {
      title summary localization { requested served stale fallbackFields } } }`;
    const read = async (locale: string) => (await ok(query, { id: created.id, locale })).practice;
    expect(await read('EN')).toEqual({
      title: 'School for parents',
      summary: 'Срещи с психолог.',
      localization: { requested: 'EN', served: 'EN', stale: false, fallbackFields: ['summary'] },
    });
    const title = { bg: 'Училище за родители и осиновители', en: 'School for parents' };
    expect((await update(created, { title })).errors).toBeUndefined();
    expect(await read('EN')).toMatchObject({ title: title.en, localization: { served: 'EN', stale: true } });
    expect(await read('BG')).toMatchObject({ title: title.bg, localization: { served: 'BG', stale: true } });
  });
});

describe('the practices list', () => {
  const mine = () => `organizationIds: ["${ids.list}"]`;
  const found = async (filter: string) =>
    heads((await slugs(`first: 100, filter: { ${mine()}, ${filter} }`)).sort());

  beforeAll(async () => {
    // prettier-ignore
    const rows: [string, string | null, string, string[], string[], string, string | null, string | null, string | null][] = [
      ['Мобилни екипи в Родопите', 'Mobile teams in the Rhodopes', 'PDV26', ['early-intervention'], ['parents'], 'PUBLISHED', '2016-08-15', '2018-08-15', '2018-01-10'],
      ['Приемна грижа в Търговище', null, 'TGV35', ['foster-care'], ['children-with-disabilities'], 'DRAFT', '2013-07-01', '2015-12-31', '2016-02-01'],
      ['Дневен център в Пловдив', null, 'PDV22', [], [], 'IN_REVIEW', '2019-01-01', null, '2020-03-01'],
      ['Социален патронаж в София', null, 'SOF46', [], [], 'ARCHIVED', null, null, '2012-05-05'],
    ];
    for (const [bg, en, code, themes, targetGroups, status, from, to, published] of rows) {
      const period = from || to ? { from, to } : null;
      const publishedAt = published && `${published}T10:00:00Z`;
      const tags = { themes, targetGroups, municipalityCodes: [code] };
      await createPractice({
        title: { bg, en },
        ...tags,
        status,
        period,
        publishedAt,
        organizationId: ids.list,
      });
    }
    const club = { title: { bg: 'Клуб за родители' }, organizationId: ids.list };
    for (let i = 0; i < 3; i += 1) await createPractice(club);
    const elsewhere = { title: { bg: 'Приемна грижа в Родопи' }, themes: ['foster-care'] };
    await createPractice({ ...elsewhere, organizationId: ids.other });
    const network =
      await ok(`mutation { n: createPartnerNetwork(input: { name: { bg: "Мрежа за детето" }, scope: NATIONAL,
      memberships: [{ organizationId: "${ids.list}", joinedOn: "2015-01-01" },
        { organizationId: "${ids.other}", joinedOn: "2010-01-01", leftOn: "2012-01-01" }] }) { id } }`);
    ids.network = network.n.id;
  });

  it.each([
    ['districtCodes', 'districtCodes: ["PDV"]', 'dneven mobilni'],
    ['municipalityCodes', 'municipalityCodes: ["TGV35", "SOF46"]', 'priemna sotsialen'],
    ['themes (any of)', 'themes: ["foster-care", "early-intervention"]', 'mobilni priemna'],
    ['targetGroups', 'targetGroups: ["parents"]', 'mobilni'],
    ['statuses', 'statuses: [PUBLISHED, ARCHIVED]', 'mobilni sotsialen'],
    ['activeFrom', 'activeFrom: "2016-01-01"', 'dneven mobilni'],
    ['activeTo', 'activeTo: "2015-01-01"', 'priemna'],
    ['activeFrom and activeTo', 'activeFrom: "2015-06-01", activeTo: "2016-09-01"', 'mobilni priemna'],
    ['search in Bulgarian', 'search: "родопите"', 'mobilni'],
    ['search in English', 'search: "RHODOPES"', 'mobilni'],
    ['search by Latin slug', 'search: "priemna-grizha"', 'priemna'],
  ])('filters by %s', async (_name, filter, expected) => {
    expect(await found(filter)).toBe(expected);
  });

  it('filters by organization and by current members of a partner network', async () => {
    const all = await slugs(`first: 100, filter: { ${mine()} }`);
    expect(all).toHaveLength(7);
    expect(await slugs(`filter: { organizationIds: ["${ids.other}"] }`)).toEqual(['priemna-grizha-v-rodopi']);
    const members = await slugs(`first: 100, filter: { networkIds: ["${ids.network}"] }`);
    expect(members.sort()).toEqual([...all].sort());
  });

  it('orders by title, publication and start date in either direction', async () => {
    const order = (orderBy: string) => slugs(`first: 100, filter: { ${mine()} }, orderBy: ${orderBy}`);
    const asc = await order('{ field: TITLE, direction: ASC }');
    expect(heads(asc)).toBe('dneven klub klub klub mobilni priemna sotsialen');
    expect(await order('{ field: TITLE, direction: DESC }')).toEqual([...asc].reverse());
    // Default: newest published first; never published last.
    expect(heads((await order('null')).slice(0, 4))).toBe('dneven mobilni priemna sotsialen');
    const byStart = (await order('{ field: PERIOD_FROM, direction: DESC }')).slice(0, 3);
    expect(heads(byStart)).toBe('dneven mobilni priemna');
  });

  it.each([
    '{ field: TITLE, direction: ASC }',
    '{ field: TITLE, direction: DESC }',
    '{ field: PERIOD_FROM, direction: ASC }',
    'null',
  ])(
    'pages forwards and backwards with orderBy %s over equal keys, without gaps or duplicates',
    async (orderBy) => {
      const page: PageSource = async (args) => {
        const data = await ok(`{ practices(orderBy: ${orderBy}, filter: { ${mine()} }, ${args}) {
          ${PAGE_FIELDS} edges { node { id } } } }`);
        return { ...data.practices, keys: data.practices.edges.map((e: any) => e.node.id) };
      };
      const all = (await page('first: 100')).keys;
      expect(all).toHaveLength(7);
      await expectPagesCover(page, all, { forwards: 2, backwards: 2 });
    },
  );
});
