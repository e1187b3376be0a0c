import { startTestServer, type GraphQLResponse, type TestServer } from '../test/harness';

/**
 * For every content type with an update mutation, an update changes what it names and nothing
 * else: an omitted field (or an omitted English text) keeps its value, null clears it. What a
 * record holds is read from its newest revision (its snapshot has the update input's shape),
 * and the fields come from the update input type, so a field added later is covered as soon
 * as the full fixture sets it, which the first test insists on.
 */
let server: TestServer;
const ids: Record<string, string> = {};
const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);

type Values = Record<string, any>;

const LATER = '2099-01-01T08:00:00.000Z';
const text = (bg: string, en: string) => ({ bg, en });

interface Case {
  type: string;
  /** Every field of the create input set; every text in both languages. */
  full(): Values;
  /** Only what creating requires. */
  minimal(): Values;
  /** The field a one-field update changes: a localized text, or else a plain value. */
  edit: { text: string } | { field: string; value: unknown };
  /** Optional when creating because they have a default: they cannot be emptied either. */
  defaulted: string[];
}

const CASES: Case[] = [
  {
    type: 'Practice',
    full: () => ({
      title: text('Център за ранно детско развитие', 'Early childhood development centre'),
      summary: text('Кратко описание.', 'Short summary.'),
      background: text('<p>Предистория.</p>', '<p>Background.</p>'),
      practice: text('Практика.', 'Practice.'),
      results: text('Резултати.', 'Results.'),
      organizationId: ids.org,
      innovator: 'Сдружение „Бъдеще“',
      contact: {
        person: 'Мария Иванова',
        address: 'ул. „Рила“ 1, Хисаря',
        phone: '+359 337 6 20 00',
        email: 'centre@example.org',
        website: 'https://example.org',
      },
      period: { from: '2014-07-01', to: '2015-12-31', precision: 'MONTH' },
      municipalityCodes: ['PDV37', 'PDV39'],
      themes: ['early-intervention'],
      targetGroups: ['children-at-risk'],
      serviceTypes: ['day-care'],
      indicators: [
        {
          label: text('Обслужени деца', 'Children served'),
          value: '124',
          unit: text('деца', 'children'),
          period: '2015',
          targetGroup: 'children-at-risk',
        },
      ],
      projectIds: [ids.project],
      adoptions: [
        { municipalityCode: 'SHU30', year: 2017, note: text('С общински средства.', 'Municipal funds.') },
      ],
      publishedAt: '2016-02-01T10:00:00.000Z',
      status: 'IN_REVIEW',
      publishAt: LATER,
    }),
    minimal: () => ({ title: { bg: 'Кратка практика' } }),
    edit: { text: 'title' },
    defaulted: ['status'],
  },
  {
    type: 'Project',
    full: () => ({
      title: text('Заедно за децата', 'Together for children'),
      summary: text('Резюме.', 'Summary.'),
      generalGoal: text('Обща цел.', 'General goal.'),
      specificObjectives: [text('Цел 1', 'Goal 1')],
      programmes: [{ name: text('Наставник', 'Mentor'), description: text('Всяка седмица.', 'Weekly.') }],
      activities: [{ name: text('Обучения', 'Training'), description: text('Два пъти.', 'Twice.') }],
      expectedResults: [text('100 деца', '100 children')],
      budget: { amount: '199994.17', currency: 'BGN' },
      grant: { amount: '169995.04', currency: 'BGN' },
      implementationStatus: 'ONGOING',
      contractDate: '2019-03-01',
      funderId: ids.funder,
      fundingProgramme: text('ОП „Развитие на човешките ресурси“', 'OP Human Resources Development'),
      referenceNumber: 'BG05M9OP001-2.004-0001',
      leadOrganizationId: ids.org,
      partners: [{ organizationId: ids.funder, role: 'CO_FUNDER' }],
      documents: [{ title: text('Доклад', 'Report'), url: 'https://example.org/report.pdf' }],
      period: { from: '2016-01-01', to: '2017-06-30', precision: 'DAY' },
      municipalityCodes: ['TGV35'],
      themes: ['early-intervention'],
      targetGroups: ['children-at-risk'],
      serviceTypes: ['day-care'],
      indicators: [{ label: text('Деца', 'Children'), value: '100', unit: text('души', 'people') }],
      status: 'IN_REVIEW',
      publishAt: LATER,
    }),
    minimal: () => ({ title: { bg: 'Кратък проект' } }),
    edit: { text: 'generalGoal' },
    defaulted: ['status'],
  },
  {
    type: 'Organization',
    full: () => ({
      name: text('Сдружение „Родопи“', 'Rhodope Association'),
      kind: 'NGO',
      contact: {
        person: 'Иван Петров',
        address: 'Смолян',
        phone: '+359 301 2 34 56',
        email: 'rodopi@example.bg',
        website: 'https://rodopi.example.bg',
      },
      municipalityCode: 'PDV26',
      description: text('Описание.', 'Description.'),
    }),
    minimal: () => ({ name: { bg: 'Кратка организация' }, kind: 'FOUNDATION' }),
    edit: { text: 'name' },
    defaulted: [],
  },
  {
    type: 'PartnerNetwork',
    full: () => ({
      name: text('Клуб на НПО', 'NGO Club'),
      description: text('Мрежа.', 'Network.'),
      scope: 'REGIONAL',
      coordinatorId: ids.org,
      memberships: [
        { organizationId: ids.funder, role: 'MEMBER', joinedOn: '2016-03-01', leftOn: '2018-12-31' },
      ],
    }),
    minimal: () => ({ name: { bg: 'Кратка мрежа' }, scope: 'NATIONAL' }),
    edit: { text: 'description' },
    defaulted: [],
  },
  {
    type: 'VolunteerProgramme',
    full: () => ({
      name: text('Голям брат / голяма сестра', 'Big brother / big sister'),
      description: text('Наставници.', 'Mentors.'),
      organizationId: ids.org,
      projectId: ids.project,
      municipalityCodes: ['PDV37'],
      status: 'IN_REVIEW',
      publishAt: LATER,
    }),
    minimal: () => ({ name: { bg: 'Кратка програма' } }),
    edit: { text: 'name' },
    defaulted: ['status'],
  },
  {
    type: 'Theme',
    full: () => ({ label: text('Социално включване', 'Social inclusion'), slug: 'social-inclusion' }),
    minimal: () => ({ label: { bg: 'Кратка тема' } }),
    edit: { text: 'label' },
    defaulted: ['slug'],
  },
  {
    type: 'TargetGroup',
    full: () => ({ label: text('Младежи', 'Young people'), slug: 'youth' }),
    minimal: () => ({ label: { bg: 'Кратка група' } }),
    edit: { text: 'label' },
    defaulted: ['slug'],
  },
  {
    type: 'Volunteer',
    full: () => ({
      name: 'Мария Георгиева',
      email: 'maria@example.org',
      phone: '+359 888 123 456',
      municipalityCode: 'PDV26',
      skills: ['менторство'],
      availability: 'събота и неделя',
      consentGivenAt: '2024-03-05T10:00:00.000Z',
      vettingStatus: 'APPROVED',
    }),
    minimal: () => ({ name: 'Петър Колев' }),
    edit: { field: 'name', value: 'М. Георгиева' },
    defaulted: ['vettingStatus'],
  },
  {
    type: 'VolunteerAssignment',
    full: () => ({
      volunteerId: ids.volunteer,
      programmeId: ids.programme,
      role: 'Ментор',
      startsOn: '2020-09-01',
      endsOn: '2021-06-30',
      hoursLogged: '42.5',
    }),
    minimal: () => ({
      volunteerId: ids.volunteer,
      programmeId: ids.programme,
      role: 'Помощник',
      startsOn: '2021-01-01',
    }),
    edit: { field: 'role', value: 'Координатор' },
    defaulted: ['hoursLogged'],
  },
];

/** The newest revision of a record: its version, what it changed and the record as it stands. */
async function latest(type: string, id: string) {
  const data = await ok(
    `query($t: ContentType!, $id: ID!) { revisions(entityType: $t, id: $id, first: 1) {
      edges { node { version changedFields snapshot } } } }`,
    { t: type, id },
  );
  return data.revisions.edges[0].node as { version: number; changedFields: string[]; snapshot: Values };
}

async function create(type: string, input: Values): Promise<string> {
  const data = await ok(`mutation($i: Create${type}Input!) { r: create${type}(input: $i) { id } }`, {
    i: input,
  });
  return data.r.id;
}

/** Updates the record at its current version with `patch`. */
async function update(type: string, id: string, patch: Values): Promise<GraphQLResponse> {
  const { version } = await latest(type, id);
  return server.gql(`mutation($i: Update${type}Input!) { r: update${type}(input: $i) { id } }`, {
    i: { id, version, ...patch },
  });
}

/** The fields of an input type, and which of them it requires. */
async function inputFields(name: string) {
  const data = await ok(`query($n: String!) { __type(name: $n) { inputFields { name type { kind } } } }`, {
    n: name,
  });
  const fields: { name: string; type: { kind: string } }[] = data.__type.inputFields;
  return {
    all: fields.map((f) => f.name).filter((f) => f !== 'id' && f !== 'version'),
    required: new Set(fields.filter((f) => f.type.kind === 'NON_NULL').map((f) => f.name)),
  };
}

/** Every localized text inside a value, with its path. */
function texts(value: unknown, path: string): [string, Values][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}.${i}`));
  if (!value || typeof value !== 'object') return [];
  if ('bg' in value) return [[path, value as Values]];
  return Object.entries(value).flatMap(([key, v]) => texts(v, path ? `${path}.${key}` : key));
}

const records: Record<string, { full: string; minimal: string }> = {};

beforeAll(async () => {
  server = await startTestServer();
  ids.org = await create('Organization', { name: { bg: 'Община Хисаря' }, kind: 'MUNICIPALITY' });
  ids.funder = await create('Organization', { name: { bg: 'Фонд' }, kind: 'FUNDER' });
  ids.project = await create('Project', { title: { bg: 'Свързан проект' } });
  ids.programme = await create('VolunteerProgramme', { name: { bg: 'Читалище' } });
  ids.volunteer = await create('Volunteer', { name: 'Анна Димитрова' });
  await create('Theme', { slug: 'early-intervention', label: { bg: 'Ранна интервенция' } });
  await create('TargetGroup', { slug: 'children-at-risk', label: { bg: 'Деца в риск' } });
  for (const c of CASES)
    records[c.type] = { full: await create(c.type, c.full()), minimal: await create(c.type, c.minimal()) };
});
afterAll(() => server.stop());

const each = CASES.map((c) => [c.type, c] as const);
const localizedEach = each.filter(([, c]) => 'text' in c.edit);

describe('a partial update changes only what it names', () => {
  it.each(each)(
    '%s: the full record sets every field of its update input, texts in both languages',
    async (type) => {
      const { all } = await inputFields(`Update${type}Input`);
      const full = (await latest(type, records[type].full)).snapshot;
      const minimal = (await latest(type, records[type].minimal)).snapshot;
      const unset = all.filter((field) => JSON.stringify(full[field]) === JSON.stringify(minimal[field]));
      expect(unset).toEqual([]);
      const untranslated = texts(full, '').filter(([, t]) => !t.en);
      expect(untranslated).toEqual([]);
    },
  );

  it.each(each)(
    'changing one field of a %s keeps every other field and every translation',
    async (type, c) => {
      const id = records[type].full;
      const before = await latest(type, id);
      const [field, value, expected] =
        'text' in c.edit
          ? [
              c.edit.text,
              { bg: 'Нов български текст' },
              { bg: 'Нов български текст', en: before.snapshot[c.edit.text].en },
            ]
          : [c.edit.field, c.edit.value, c.edit.value];
      expect((await update(type, id, { [field]: value })).errors).toBeUndefined();
      const after = await latest(type, id);
      expect(after.changedFields).toEqual([field]);
      expect(after.snapshot).toEqual({ ...before.snapshot, [field]: expected });
    },
  );

  it.each(localizedEach)('%s: en: null clears only that English text', async (type, c) => {
    const id = records[type].full;
    const field = (c.edit as { text: string }).text;
    const before = await latest(type, id);
    const bg = before.snapshot[field].bg;
    expect((await update(type, id, { [field]: { bg, en: null } })).errors).toBeUndefined();
    const after = await latest(type, id);
    expect(after.snapshot).toEqual({ ...before.snapshot, [field]: { bg, en: null } });
  });

  it.each(each)('%s: null empties an optional field and is refused for a required one', async (type, c) => {
    const { all, required } = await inputFields(`Create${type}Input`);
    const updatable = (await inputFields(`Update${type}Input`)).all;
    const id = records[type].full;
    const empty = (await latest(type, records[type].minimal)).snapshot;
    for (const field of updatable) {
      expect(all).toContain(field);
      const before = await latest(type, id);
      const result = await update(type, id, { [field]: null });
      const after = await latest(type, id);
      if (required.has(field) || c.defaulted.includes(field)) {
        expect({ field, errors: result.errors?.map((e) => e.extensions) }).toEqual({
          field,
          errors: [
            expect.objectContaining({
              code: 'BAD_USER_INPUT',
              fields: [expect.objectContaining({ field, reason: 'isNotEmpty' })],
            }),
          ],
        });
        expect(after).toEqual(before);
      } else {
        expect({ field, errors: result.errors }).toEqual({ field, errors: undefined });
        expect(after.snapshot).toEqual({ ...before.snapshot, [field]: empty[field] });
      }
    }
  });
});

describe('translations through partial updates', () => {
  const PRACTICE = `mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id } }`;
  const read = async (id: string) =>
    (
      await ok(
        `query($id: ID!) { practice(id: $id, locale: EN) { title summary localization { served stale } } }`,
        { id },
      )
    ).practice;

  const edit = async (id: string, patch: Values) =>
    expect((await update('Practice', id, patch)).errors).toBeUndefined();

  it('keeps English marked stale after a Bulgarian-only change, until it is translated or cleared', async () => {
    const { createPractice } = await ok(PRACTICE, {
      i: { title: text('Домашен патронаж', 'Home care'), summary: text('Грижа у дома.', 'Care at home.') },
    });
    const id = createPractice.id;
    expect(await read(id)).toEqual({
      title: 'Home care',
      summary: 'Care at home.',
      localization: { served: 'EN', stale: false },
    });
    await edit(id, { title: { bg: 'Патронажна грижа' } });
    expect(await read(id)).toEqual({
      title: 'Home care',
      summary: 'Care at home.',
      localization: { served: 'EN', stale: true },
    });
    await edit(id, { title: text('Патронажна грижа', 'Home nursing') });
    expect((await read(id)).localization).toEqual({ served: 'EN', stale: false });
    await edit(id, {
      title: { bg: 'Патронажна грижа', en: null },
      summary: { bg: 'Грижа у дома.', en: null },
    });
    // No English is left, so a later Bulgarian change leaves nothing out of date.
    await edit(id, { summary: { bg: 'Грижа у дома за възрастни.' } });
    expect(await read(id)).toEqual({
      title: 'Патронажна грижа',
      summary: 'Грижа у дома за възрастни.',
      localization: { served: 'BG', stale: false },
    });
  });

  it('an English text alone is refused: the Bulgarian text is required in every localized input', async () => {
    const { createPractice } = await ok(PRACTICE, { i: { title: text('Приемна грижа', 'Foster care') } });
    const result = await update('Practice', createPractice.id, { title: { en: 'Foster families' } });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'title', message: expect.stringContaining('"bg"') })],
    });
    expect((await read(createPractice.id)).title).toBe('Foster care');
  });
});
