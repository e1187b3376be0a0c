import { practice } from '../practice';
import { startModuleServer, type TestServer } from '../../test/harness';
import { codes, fields } from '../../test/expect';
import { expectPagesCover, PAGE_FIELDS, type PageSource } from '../../test/paging';

let server: TestServer;
const ids: Record<string, string> = {};

const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);
/** A well-formed id that names nothing. */
const missing = (n: number) => `c0ffee00-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** First word of each slug: enough to tell the list's projects apart. */
const heads = (list: string[]) => list.map((s) => s.split('-')[0]).join(' ');

const PROJECT = `id slug title summary generalGoal specificObjectives expectedResults fundingProgramme
  referenceNumber status version programmes { name description } activities { name description }
  budget { amount currency amountEur } funder { id } leadOrganization { id name }
  partners { role position organization { id } } documents { title url } period { from to precision }
  municipalities { code district { code } } themes { slug } targetGroups { slug }
  indicators { label value unit } practices { slug }`;

type Input = Record<string, unknown>;
const tryCreate = (i: Input) =>
  server.gql(`mutation($i: CreateProjectInput!) { r: createProject(input: $i) { ${PROJECT} } }`, { i });
const updateProject = (i: Input) =>
  server.gql(`mutation($i: UpdateProjectInput!) { r: updateProject(input: $i) { ${PROJECT} } }`, { i });
/** Updates `record` from the version it was read at (or `patch.version`). */
const update = (record: { id: string; version: number }, patch: Input) =>
  updateProject({ id: record.id, version: record.version, ...patch });
const getProject = (id: string) => server.gql(`query($id: ID!) { project(id: $id) { ${PROJECT} } }`, { id });
const countProjects = async (): Promise<number> =>
  (await ok(`{ projects { totalCount } }`)).projects.totalCount;

async function createProject(input: Input) {
  const result = await tryCreate(input);
  expect(result.errors).toBeUndefined();
  return result.data!.r;
}

async function slugs(args: string): Promise<string[]> {
  const data = await ok(`{ projects(${args}) { edges { node { slug } } } }`);
  return data.projects.edges.map((e: any) => e.node.slug);
}

const ORGANIZATIONS: Record<string, [string, string]> = {
  lead: ['Сдружение „Бъдеще за децата“', 'NGO'],
  funder: ['Фонд „Социална закрила“', 'FUNDER'],
  hisarya: ['Община Хисаря', 'MUNICIPALITY'],
  krichim: ['Община Кричим', 'MUNICIPALITY'],
  animus: ['Фондация „Асоциация Анимус“', 'FOUNDATION'],
  mine: ['Сдружение „Деца и семейства“', 'NGO'],
  f1: ['Фондация „Америка за България“', 'FUNDER'],
  f2: ['Норвежки финансов механизъм', 'FUNDER'],
  partner: ['Община Шумен', 'MUNICIPALITY'],
  other: ['Сдружение „Шанс“', 'NGO'],
};

beforeAll(async () => {
  server = await startModuleServer([practice]);
  const orgs = Object.entries(ORGANIZATIONS).map(
    ([key, [bg, kind]]) =>
      `${key}: createOrganization(input: { name: { bg: "${bg}" }, kind: ${kind} }) { id }`,
  );
  const data = await ok(`mutation { ${orgs.join('\n')} }`);
  for (const key of Object.keys(ORGANIZATIONS)) ids[key] = data[key].id;
  await ok(`mutation { a: createTheme(input: { label: { bg: "Ранна интервенция" }, slug: "early-intervention" }) { id }
    b: createTheme(input: { label: { bg: "Приемна грижа" }, slug: "foster-care" }) { id }
    c: createTargetGroup(input: { label: { bg: "Родители" }, slug: "parents" }) { id }
    d: createTargetGroup(input: { label: { bg: "Деца в риск" }, slug: "children-at-risk" }) { id } }`);
});
afterAll(() => server.stop());

const FULL = () => ({
  title: { bg: 'Социално включване – за нашите деца', en: 'Social inclusion – for our children' },
  summary: { bg: 'Интегрирани услуги за ранно детско развитие.' },
  generalGoal: { bg: 'Подобряване на достъпа до услуги за деца от 0 до 7 години.' },
  specificObjectives: [{ bg: 'Първа цел' }, { bg: 'Втора цел' }, { bg: 'Трета цел' }],
  programmes: [
    { name: { bg: 'Програма „Първична превенция“' }, description: { bg: 'В училищата' } },
    { name: { bg: 'Програма „Голям брат“' } },
  ],
  activities: [{ name: { bg: 'Организация и управление' } }],
  expectedResults: [{ bg: '120 деца с подобрено развитие' }, { bg: '40 обучени родители' }],
  budget: { amount: '199994.17', currency: 'BGN' },
  funderId: ids.funder,
  fundingProgramme: { bg: 'ОП „Развитие на човешките ресурси“ 2014–2020' },
  referenceNumber: 'BG05M9OP001-2.018-0012',
  leadOrganizationId: ids.lead,
  partners: [
    { organizationId: ids.hisarya },
    { organizationId: ids.krichim, role: 'ASSOCIATE' },
    { organizationId: ids.animus, role: 'TRAINER' },
  ],
  documents: [{ title: { bg: 'Договор' }, url: 'https://eumis2020.government.bg/bg/s/Procedure' }],
  period: { from: '2019-09-15', to: '2020-12-31' },
  municipalityCodes: ['PDV39', 'PDV37'],
  themes: ['early-intervention'],
  targetGroups: ['parents', 'children-at-risk'],
  indicators: [
    { label: { bg: 'Деца' }, value: '120', unit: { bg: 'бр.' } },
    { label: { bg: 'Родители' }, value: '40', unit: { bg: 'бр.' } },
  ],
  status: 'PUBLISHED',
});

describe('creating and editing projects', () => {
  it('creates a project with goals, programmes, money in BGN and EUR, and partners in order', async () => {
    const project = await createProject(FULL());
    expect(project).toMatchObject({
      slug: 'sotsialno-vklyuchvane-za-nashite-detsa',
      title: 'Социално включване – за нашите деца',
      specificObjectives: ['Първа цел', 'Втора цел', 'Трета цел'],
      expectedResults: ['120 деца с подобрено развитие', '40 обучени родители'],
      programmes: [
        { name: 'Програма „Първична превенция“', description: 'В училищата' },
        { name: 'Програма „Голям брат“', description: null },
      ],
      activities: [{ name: 'Организация и управление', description: null }],
      budget: { amount: '199994.17', currency: 'BGN', amountEur: '102255.40' },
      funder: { id: ids.funder },
      leadOrganization: { id: ids.lead, name: 'Сдружение „Бъдеще за децата“' },
      fundingProgramme: 'ОП „Развитие на човешките ресурси“ 2014–2020',
      referenceNumber: 'BG05M9OP001-2.018-0012',
      partners: [
        { role: 'PARTNER', position: 0, organization: { id: ids.hisarya } },
        { role: 'ASSOCIATE', position: 1, organization: { id: ids.krichim } },
        { role: 'TRAINER', position: 2, organization: { id: ids.animus } },
      ],
      documents: [{ title: 'Договор', url: 'https://eumis2020.government.bg/bg/s/Procedure' }],
      period: { from: '2019-09-15', to: '2020-12-31', precision: 'DAY' },
      municipalities: [
        { code: 'PDV37', district: { code: 'PDV' } },
        { code: 'PDV39', district: { code: 'PDV' } },
      ],
      themes: [{ slug: 'early-intervention' }],
      // Ordered by Bulgarian label: Деца в риск, Родители.
      // In the editors' order of the target groups (here: the order they were made in).
      targetGroups: [{ slug: 'parents' }, { slug: 'children-at-risk' }],
      indicators: [
        { label: 'Деца', value: '120.00' },
        { label: 'Родители', value: '40.00' },
      ],
      status: 'PUBLISHED',
      version: 1,
    });
    const twin = await createProject({ title: { bg: 'Социално включване – за нашите деца' } });
    expect(twin).toMatchObject({
      slug: 'sotsialno-vklyuchvane-za-nashite-detsa-2',
      budget: null,
      partners: [],
    });
    expect(twin).toMatchObject({ specificObjectives: [], programmes: [], status: 'DRAFT' });
    const euro = await createProject({
      title: { bg: 'Малък проект' },
      budget: { amount: '5000', currency: 'EUR' },
    });
    expect(euro.budget).toEqual({ amount: '5000.00', currency: 'EUR', amountEur: '5000.00' });
  });

  it('updates with the current version; fields left out keep their values', async () => {
    const created = await createProject({ ...FULL(), title: { bg: 'Заедно за децата на Хисаря' } });
    const result = await update(created, { summary: { bg: 'Ново резюме.' } });
    expect(result.errors).toBeUndefined();
    const { summary: _s, version: _v, ...untouched } = created;
    expect(result.data!.r).toMatchObject({
      ...untouched,
      summary: 'Ново резюме.',
      version: created.version + 1,
    });

    const reordered = await update(created, {
      version: created.version + 1,
      partners: [{ organizationId: ids.animus, role: 'CO_FUNDER' }, { organizationId: ids.hisarya }],
      budget: null,
      specificObjectives: [{ bg: 'Единствена цел' }],
    });
    expect(reordered.data!.r).toMatchObject({
      version: created.version + 2,
      budget: null,
      specificObjectives: ['Единствена цел'],
      expectedResults: created.expectedResults,
      partners: [
        { role: 'CO_FUNDER', position: 0, organization: { id: ids.animus } },
        { role: 'PARTNER', position: 1, organization: { id: ids.hisarya } },
      ],
      municipalities: created.municipalities,
    });
  });

  it('refuses a stale version with CONFLICT and leaves the project unchanged', async () => {
    const budget = { amount: '1000', currency: 'BGN' };
    const created = await createProject({ title: { bg: 'Център за социална рехабилитация' }, budget });
    await update(created, { referenceNumber: 'РД-01-123' });
    const stale = await update(created, { budget: { amount: '9', currency: 'EUR' } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(created.version + 1);
    expect((await getProject(created.id)).data!.project).toMatchObject({
      referenceNumber: 'РД-01-123',
      budget: { amount: '1000.00', currency: 'BGN', amountEur: '511.29' },
      version: created.version + 1,
    });
  });

  it('deletes: gone from lists, by id and from related practices; bad ids are NOT_FOUND', async () => {
    const created = await createProject({ title: { bg: 'Проект за изтриване' } });
    const practice = await ok(
      `mutation($i: CreatePracticeInput!) { p: createPractice(input: $i) { id projects { slug } } }`,
      {
        i: { title: { bg: 'Практика от проекта' }, projectIds: [created.id] },
      },
    );
    expect(practice.p.projects).toEqual([{ slug: 'proekt-za-iztrivane' }]);
    expect((await getProject(created.id)).data!.project.practices).toEqual([{ slug: 'praktika-ot-proekta' }]);
    const before = await countProjects();
    const remove = (id: string, version?: number) =>
      server.gql(`mutation($id: ID!, $v: Int) { deleteProject(id: $id, version: $v) { id } }`, {
        id,
        v: version,
      });
    expect((await remove(created.id, created.version)).errors).toBeUndefined();
    expect(await countProjects()).toBe(before - 1);
    expect(await slugs(`filter: { search: "proekt-za-iztrivane" }`)).toEqual([]);
    expect(codes(await getProject(created.id))).toEqual(['NOT_FOUND']);
    const reread = await ok(`query($id: ID!) { practice(id: $id) { projects { slug } } }`, {
      id: practice.p.id,
    });
    expect(reread.practice.projects).toEqual([]);
    for (const id of [created.id, missing(99), 'BG05M9OP001']) {
      expect(codes(await remove(id))).toEqual(['NOT_FOUND']);
      expect(codes(await updateProject({ id, version: 1, summary: { bg: 'х' } }))).toEqual(['NOT_FOUND']);
    }
  });

  // prettier-ignore
  it.each([
    ['an empty Bulgarian title', { title: { bg: '' } }, 'title.bg'],
    ['an amount with three decimals', { budget: { amount: '12.345', currency: 'BGN' } }, 'budget.amount'],
    ['an amount that is not a number', { budget: { amount: 'abc', currency: 'BGN' } }, 'budget.amount'],
    ['an unknown funder', { funderId: missing(2) }, 'funderId'],
    ['an unknown lead organization', { leadOrganizationId: missing(3) }, 'leadOrganizationId'],
    ['an empty objective', { specificObjectives: [{ bg: 'Цел' }, { bg: '' }] }, 'specificObjectives.1.bg'],
    ['a document URL without http(s)', { documents: [{ title: { bg: 'Отчет' }, url: 'ftp://x' }] }, 'documents.0.url'],
    ['a period ending before it starts', { period: { from: '2020-12-31', to: '2019-09-15' } }, 'period.to'],
    ['an unknown municipality code', { municipalityCodes: ['PDV99'] }, 'municipalityCodes'],
    ['an unknown theme slug', { themes: ['no-such-theme'] }, 'themes'],
  ])('refuses %s, names the field and leaves nothing behind', async (_what, input, field) => {
    const before = await countProjects();
    const result = await tryCreate({ title: { bg: 'Неуспешен проект' }, leadOrganizationId: ids.lead, ...input });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(fields(result)).toContain(field);
    expect(await countProjects()).toBe(before);
  });

  // prettier-ignore
  it.each([
    ['a partner that does not exist', 'Превенция на отпадането от училище', () => [{ organizationId: missing(4) }]],
    ['the same partner twice', 'Училищен медиатор', () => [{ organizationId: ids.hisarya }, { organizationId: ids.hisarya }]],
  ])('writes nothing when the last step fails (%s), so no slug is used up', async (_what, bg, partners) => {
    const before = await countProjects();
    const failed = await tryCreate({ ...FULL(), title: { bg }, partners: partners() });
    expect(codes(failed)).toEqual(['BAD_USER_INPUT']);
    expect(fields(failed)).toEqual(['partners']);
    expect(await countProjects()).toBe(before);
    const created = await createProject({ ...FULL(), title: { bg } });
    expect(created.slug).not.toMatch(/-2$/);
    expect(await countProjects()).toBe(before + 1);
  });
});

describe('the projects list', () => {
  const mine = () => `organizationIds: ["${ids.mine}"]`;
  const found = async (filter: string) =>
    heads((await slugs(`first: 100, filter: { ${mine()}, ${filter.replace('<f2>', ids.f2)} }`)).sort());

  beforeAll(async () => {
    const money = (amount: string, currency: string) => ({ amount, currency });
    const partners = [{ organizationId: ids.partner }];
    const big = { title: { bg: 'Голям брат – голяма сестра', en: 'Big Brother Big Sister' }, partners };
    // prettier-ignore
    const rows: [string, string, string[], string[], string, string | null, string | null, unknown, Input][] = [
      ['Голям брат – голяма сестра', 'PDV37', ['early-intervention'], ['parents'], 'PUBLISHED', '2019-09-15', '2020-12-31', money('199994.17', 'BGN'), { ...big, funderId: ids.f1, referenceNumber: 'BG05M9OP001-2.018-0012' }],
      ['Приемна грижа в Шумен', 'SHU30', ['foster-care'], ['children-at-risk'], 'DRAFT', '2014-01-01', '2015-06-30', money('60000', 'EUR'), { funderId: ids.f2 }],
      ['Ресурсен център Габрово', 'GAB05', [], [], 'IN_REVIEW', '2021-03-01', null, money('100000', 'BGN'), {}],
      ['Социален патронаж Русе', 'RSE27', [], [], 'ARCHIVED', null, null, null, {}],
    ];
    for (const [bg, code, themes, targetGroups, status, from, to, budget, extra] of rows) {
      const tags = { themes, targetGroups, municipalityCodes: [code], status, budget };
      const period = from || to ? { from, to } : null;
      await createProject({ title: { bg }, ...tags, period, leadOrganizationId: ids.mine, ...extra });
    }
    for (let i = 0; i < 3; i += 1)
      await createProject({ title: { bg: 'Клуб за родители' }, leadOrganizationId: ids.mine });
    await createProject({
      title: { bg: 'Подкрепа за майките в Шумен' },
      leadOrganizationId: ids.other,
      partners,
    });
    const network =
      await ok(`mutation { n: createPartnerNetwork(input: { name: { bg: "Мрежа Шумен" }, scope: REGIONAL,
      memberships: [{ organizationId: "${ids.partner}", joinedOn: "2018-01-01" }] }) { id } }`);
    ids.network = network.n.id;
  });

  it.each([
    ['districtCodes', 'districtCodes: ["PDV", "GAB"]', 'golyam resursen'],
    ['municipalityCodes', 'municipalityCodes: ["SHU30"]', 'priemna'],
    ['themes', 'themes: ["foster-care", "early-intervention"]', 'golyam priemna'],
    ['targetGroups', 'targetGroups: ["children-at-risk"]', 'priemna'],
    ['funderIds', 'funderIds: ["<f2>"]', 'priemna'],
    ['statuses', 'statuses: [IN_REVIEW, ARCHIVED]', 'resursen sotsialen'],
    ['activeFrom', 'activeFrom: "2016-01-01"', 'golyam resursen'],
    ['activeTo', 'activeTo: "2015-01-01"', 'priemna'],
    ['activeFrom and activeTo', 'activeFrom: "2015-06-01", activeTo: "2019-12-31"', 'golyam priemna'],
    ['search in Bulgarian', 'search: "шумен"', 'priemna'],
    ['search in English', 'search: "big brother"', 'golyam'],
    ['search by Latin slug', 'search: "resursen-tsentar"', 'resursen'],
    ['search by contract number', 'search: "2.018-0012"', 'golyam'],
  ])('filters by %s', async (_name, filter, expected) => {
    expect(await found(filter)).toBe(expected);
  });

  it('filters by organization (lead or partner), funder and partner network membership', async () => {
    expect(await slugs(`first: 100, filter: { ${mine()} }`)).toHaveLength(7);
    const partnered = ['golyam-brat-golyama-sestra', 'podkrepa-za-maykite-v-shumen'];
    expect((await slugs(`filter: { organizationIds: ["${ids.partner}"] }`)).sort()).toEqual(partnered);
    expect((await slugs(`filter: { networkIds: ["${ids.network}"] }`)).sort()).toEqual(partnered);
    expect(await slugs(`filter: { funderIds: ["${ids.f1}"] }`)).toEqual(['golyam-brat-golyama-sestra']);
  });

  it('orders by budget in EUR, start date and title in either direction', async () => {
    const order = (orderBy: string) => slugs(`first: 100, filter: { ${mine()} }, orderBy: ${orderBy}`);
    // 100 000 BGN is 51 129.19 EUR: less than 60 000 EUR.
    expect(heads((await order('{ field: BUDGET_EUR, direction: DESC }')).slice(0, 3))).toBe(
      'golyam priemna resursen',
    );
    expect(heads((await order('null')).slice(0, 3))).toBe('resursen golyam priemna');
    const asc = await order('{ field: TITLE, direction: ASC }');
    expect(heads(asc)).toBe('golyam klub klub klub priemna resursen sotsialen');
    expect(await order('{ field: TITLE, direction: DESC }')).toEqual([...asc].reverse());
  });

  it.each([
    '{ field: TITLE, direction: ASC }',
    '{ field: TITLE, direction: DESC }',
    '{ field: BUDGET_EUR, direction: ASC }',
    'null',
  ])(
    'pages forwards and backwards with orderBy %s over equal keys, without gaps or duplicates',
    async (orderBy) => {
      const page: PageSource = async (args) => {
        const data = await ok(`{ projects(orderBy: ${orderBy}, filter: { ${mine()} }, ${args}) {
          ${PAGE_FIELDS} edges { node { id } } } }`);
        return { ...data.projects, keys: data.projects.edges.map((e: any) => e.node.id) };
      };
      const all = (await page('first: 100')).keys;
      expect(all).toHaveLength(7);
      await expectPagesCover(page, all, { forwards: 3, backwards: 2 });
    },
  );
});
