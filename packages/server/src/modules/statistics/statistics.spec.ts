import Decimal from 'decimal.js';
import { UserRole } from '../../common/principal';
import { demoContent } from '../../seed/demo-content';
import { badInputFields } from '../../test/expect';
import { type Client, startTestServer, type TestServer } from '../../test/harness';
import {
  DEMO,
  DEMO_UNITS,
  expected,
  figuresOf,
  type Filter,
  type Kind,
  orgName,
  type Rec,
  STATISTICS,
} from '../../test/statistics-oracle';

/* `statistics` against figures test/statistics-oracle.ts works out by itself from the demo content. */

let server: TestServer;
let publicReader: Client;
/** What the database holds that the figures should count: the demo content and what tests add. */
let records: Rec[];

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  publicReader = await server.as('public');
  records = [...DEMO];
});
afterAll(() => server.stop());

const statisticsAs = async (reader: Client, filter?: Filter, locale?: 'BG' | 'EN') =>
  (await reader.ok(STATISTICS, { filter, locale })).statistics;

async function organizationId(name: string): Promise<string> {
  const data = await server.ok(`{ organizations(first: 100) { edges { node { id name } } } }`);
  return data.organizations.edges.map((e: any) => e.node).find((o: any) => o.name === name).id;
}

interface Added {
  status: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
  record: Rec;
  /** Indicator labels, when the label matters to the rule. */
  labels?: string[];
  /** Unit of each indicator, in Bulgarian. */
  units: string[];
  funderId?: string;
}

/** Creates a practice or project through the API as the record says; returns its id. */
async function add({ status, record, labels, units, funderId }: Added): Promise<string> {
  const indicators = record.indicators.map((indicator, i) => ({
    label: { bg: labels?.[i] ?? `Показател ${i + 1}` },
    value: indicator.value,
    unit: { bg: units[i] },
    targetGroup: indicator.targetGroup,
  }));
  const common = {
    title: { bg: `Запис за статистиката ${Math.random().toString(36).slice(2)}` },
    status,
    municipalityCodes: record.municipalityCodes,
    themes: record.themes,
    targetGroups: record.targetGroups,
    indicators,
    period: record.year === null ? null : { from: `${record.year}-03-01`, precision: 'DAY' },
  };
  if (record.kind === 'practice') {
    const input = {
      ...common,
      adoptions: record.adoptions.map((code) => ({ municipalityCode: code, year: 2020 })),
    };
    const data = await server.ok(`mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id } }`, {
      i: input,
    });
    return data.createPractice.id;
  }
  const input = { ...common, budget: record.budget, funderId: funderId ?? null };
  const data = await server.ok(`mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`, {
    i: input,
  });
  return data.createProject.id;
}

const remove = (kind: 'Practice' | 'Project' | 'Organization' | 'Theme' | 'TargetGroup', id: string) =>
  server.ok(`mutation($id: ID!) { delete${kind}(id: $id) { id } }`, { id });

const person = (value: string, targetGroup: string | null = null) => ({ value, targetGroup, counts: true });
const notPerson = (value: string) => ({ value, targetGroup: null, counts: false });
const rec = (kind: Kind, fields: Partial<Rec>): Rec => ({
  kind,
  municipalityCodes: [],
  themes: [],
  targetGroups: [],
  year: 2021,
  indicators: [],
  budget: null,
  funder: null,
  adoptions: [],
  ...fields,
});

describe('statistics', () => {
  it('sorted every unit of the demo content by hand', () => {
    const units = [...demoContent.practices, ...demoContent.projects].flatMap((r) =>
      r.indicators.map((i) => i.unit.bg),
    );
    expect(units.filter((unit) => !(unit in DEMO_UNITS))).toEqual([]);
  });

  it('equal hand-computed sums over the demo content, exact to the cent, for the public and for staff', async () => {
    const figures = figuresOf(await statisticsAs(publicReader));
    expect(figures).toEqual(expected(DEMO));
    // The demo content has something in every figure, so the comparison above says something.
    expect(figures.people.indicatorCount).toBeGreaterThan(0);
    expect(figures.people.excludedIndicatorCount).toBeGreaterThan(0);
    expect(Object.keys(figures.adoptions).length).toBeGreaterThan(0);
    expect(figures.budgetTotals).not.toEqual(['0.00', '0.00']);
    // Staff see drafts in lists, but statistics are of published content for everyone.
    expect(figuresOf(await statisticsAs(await server.as(UserRole.EDITOR)))).toEqual(figures);
  });

  it('order rows by their figure, largest first, and years oldest first', async () => {
    const s = await statisticsAs(publicReader);
    const descending = (values: number[]) => expect(values).toEqual([...values].sort((a, b) => b - a));
    descending(s.peopleServed.byDistrict.map((r: any) => Number(r.people)));
    descending(s.peopleServed.byTargetGroup.map((r: any) => Number(r.people)));
    descending(s.projectsByFunder.map((r: any) => Number(r.budget.eur)));
    descending(s.practicesByTheme.map((r: any) => r.count));
    const years = s.practicesByYear.map((r: any) => r.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('name districts, themes, target groups and funders in the language asked for', async () => {
    const [bg, en] = [await statisticsAs(publicReader), await statisticsAs(publicReader, {}, 'EN')];
    const tgv = (s: any) => s.practicesByDistrict.find((r: any) => r.district.code === 'TGV').district.name;
    expect([tgv(bg), tgv(en)]).toEqual(['Търговище', 'Targovishte']);
    const theme = demoContent.themes.find((t) => t.slug === 'early-intervention')!;
    const label = (s: any) => s.practicesByTheme.find((r: any) => r.theme.slug === theme.slug).theme.label;
    expect([label(bg), label(en)]).toEqual([theme.label.bg, theme.label.en]);
    const group = demoContent.targetGroups.find((t) => t.slug === 'people-in-poverty')!;
    const groupLabel = (s: any) =>
      s.peopleServed.byTargetGroup.find((r: any) => r.targetGroup?.slug === group.slug).targetGroup.label;
    expect([groupLabel(bg), groupLabel(en)]).toEqual([group.label.bg, group.label.en]);
    const esf = demoContent.organizations.find((o) => o.key === 'esf')!;
    const funders = (s: any) => s.projectsByFunder.map((r: any) => r.funder?.name);
    expect(funders(bg)).toContain(esf.name.bg);
    expect(funders(en)).toContain(esf.name.en ?? esf.name.bg);
  });

  it('refuse a bad filter with BAD_USER_INPUT naming each mistake', async () => {
    const refused = async (filter: Record<string, unknown>) =>
      badInputFields(await publicReader.gql(STATISTICS, { filter })).map((f) => [f.field, f.reason]);
    expect(await refused({ yearFrom: 2020, yearTo: 2019 })).toEqual([['filter.yearTo', 'periodOrder']]);
    expect(await refused({ yearFrom: 1000 })).toEqual([['filter.yearFrom', 'min']]);
    expect(await refused({ yearTo: 12345 })).toEqual([['filter.yearTo', 'max']]);
    expect(await refused({ districtCodes: ['TGV', 'XXX'], municipalityCodes: ['PDV99'] })).toEqual([
      ['filter.districtCodes', 'unknownReference'],
      ['filter.municipalityCodes', 'unknownReference'],
    ]);
    expect(
      await refused({ themes: ['early-intervention', 'no-such-theme'], targetGroups: ['nobody'] }),
    ).toEqual([
      ['filter.themes', 'unknownReference'],
      ['filter.targetGroups', 'unknownReference'],
    ]);
    expect(await refused({ districtCodes: Array.from({ length: 29 }, () => 'TGV') })).toEqual([
      ['filter.districtCodes', 'arrayMaxSize'],
    ]);
  });

  it('are not changed by drafts, records in review or archived, or records in the trash', async () => {
    const before = await statisticsAs(publicReader);
    const esf = await organizationId(orgName('esf'));
    const hidden = rec('project', {
      municipalityCodes: ['SOF46', 'PDV26'],
      themes: ['early-intervention', 'employment'],
      targetGroups: ['families'],
      indicators: [person('500', 'families'), person('70')],
      budget: { amount: '12345.67', currency: 'EUR' },
      funder: orgName('esf'),
    });
    const units = ['лица', 'деца'];
    for (const status of ['DRAFT', 'IN_REVIEW', 'ARCHIVED'] as const) {
      await add({ status, record: hidden, units, funderId: esf });
      await add({
        status,
        record: { ...hidden, kind: 'practice', budget: null, funder: null, adoptions: ['VAR01'] },
        units,
      });
    }
    const trashedProject = await add({ status: 'PUBLISHED', record: hidden, units, funderId: esf });
    const trashedPractice = await add({
      status: 'PUBLISHED',
      record: { ...hidden, kind: 'practice', budget: null, funder: null, adoptions: ['VAR01'] },
      units,
    });
    // Published, it counts...
    expect((await statisticsAs(publicReader)).practiceCount).toBe(before.practiceCount + 1);
    await remove('Project', trashedProject);
    await remove('Practice', trashedPractice);
    // ...in the trash, it does not: for the public and for staff.
    expect(await statisticsAs(publicReader)).toEqual(before);
    expect(await statisticsAs(await server.as(UserRole.ADMIN))).toEqual(before);
  });

  it('add published records exactly: each budget converted once, half-up to the cent', async () => {
    const fundName = 'Фонд за статистиката';
    const fund = await server.ok(
      `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
      { i: { name: { bg: fundName }, kind: 'FUNDER' } },
    );
    const esf = await organizationId(orgName('esf'));
    const added: (Added & { record: Rec })[] = [
      // 0.01 BGN is 0.0051 EUR: each rounds to 0.01 EUR, so two make 0.02 (not 0.01 from 0.02 BGN).
      ...[1, 2].map(() => ({
        status: 'PUBLISHED' as const,
        record: rec('project', { budget: { amount: '0.01', currency: 'BGN' }, funder: fundName }),
        units: [],
        funderId: fund.createOrganization.id,
      })),
      // 1000.01 EUR is 1955.8495583 BGN: 1955.85.
      {
        status: 'PUBLISHED',
        record: rec('project', {
          municipalityCodes: ['SOF46', 'SFO07'],
          budget: { amount: '1000.01', currency: 'EUR' },
          funder: orgName('esf'),
          indicators: [person('12.50', 'families'), notPerson('3')],
        }),
        units: ['участници', 'доброволци'],
        funderId: esf,
      },
      {
        status: 'PUBLISHED',
        record: rec('practice', {
          municipalityCodes: ['VAR06', 'VAR01', 'TGV35'],
          themes: ['employment', 'early-intervention'],
          targetGroups: ['unemployed'],
          year: 2013,
          adoptions: ['VAR13', 'SFO07', 'TGV02'],
          indicators: [person('7', 'unemployed'), notPerson('40'), person('0')],
        }),
        labels: ['Назначени', 'Капацитет на центъра', 'Нови потребители'],
        units: ['младежи', 'лица', 'ПОТРЕБИТЕЛИ'],
      },
    ];
    const ids: string[] = [];
    for (const item of added) {
      ids.push(await add(item));
      records.push(item.record);
    }
    const s = await statisticsAs(publicReader);
    expect(figuresOf(s)).toEqual(expected(records));
    // The EUR sum is the sum of the amounts each project shows (Money.amountEur).
    const listed = await publicReader.ok(
      `{ projects(first: 100) { edges { node { budget { amountEur } } } } }`,
    );
    const shown = listed.projects.edges
      .map((e: any) => e.node.budget?.amountEur ?? '0')
      .reduce((total: Decimal, amount: string) => total.plus(amount), new Decimal(0));
    expect(s.budgetTotals.eur).toBe(shown.toFixed(2));
    expect(ids).toHaveLength(added.length);
  });

  it('leave out themes, target groups and funders in the trash, and count their records still', async () => {
    const theme = await server.ok(
      `mutation { createTheme(input: { label: { bg: "Тема за кошчето" } }) { id slug } }`,
    );
    const group = await server.ok(
      `mutation { createTargetGroup(input: { label: { bg: "Група за кошчето" } }) { id slug } }`,
    );
    const funder = await server.ok(
      `mutation { createOrganization(input: { name: { bg: "Фонд за кошчето" }, kind: FUNDER }) { id } }`,
    );
    const { slug: themeSlug } = theme.createTheme;
    const { slug: groupSlug } = group.createTargetGroup;
    const project = rec('project', {
      municipalityCodes: ['BLG03'],
      themes: [themeSlug, 'employment'],
      targetGroups: [groupSlug],
      indicators: [person('9', groupSlug)],
      budget: { amount: '100.00', currency: 'BGN' },
      funder: 'Фонд за кошчето',
    });
    const practice = rec('practice', { themes: [themeSlug], targetGroups: [groupSlug], year: 2022 });
    await add({
      status: 'PUBLISHED',
      record: project,
      units: ['лица'],
      funderId: funder.createOrganization.id,
    });
    await add({ status: 'PUBLISHED', record: practice, units: [] });
    records.push(project, practice);
    expect(figuresOf(await statisticsAs(publicReader))).toEqual(expected(records));

    await remove('Theme', theme.createTheme.id);
    await remove('TargetGroup', group.createTargetGroup.id);
    await remove('Organization', funder.createOrganization.id);
    for (const record of [project, practice]) {
      record.themes = record.themes.filter((slug) => slug !== themeSlug);
      record.targetGroups = [];
      record.indicators = record.indicators.map((i) => ({ ...i, targetGroup: null }));
      record.funder = null;
    }
    const s = await statisticsAs(publicReader);
    expect(figuresOf(s)).toEqual(expected(records));
    expect(JSON.stringify(s)).not.toMatch(/кошчето/);
    // A slug in the trash is no filter either.
    const answer = await publicReader.gql(STATISTICS, { filter: { themes: [themeSlug] } });
    expect(badInputFields(answer).map((f) => f.field)).toEqual(['filter.themes']);
  });

  it.each<[string, Filter]>([
    ['a district', { districtCodes: ['PDV'] }],
    ['two districts', { districtCodes: ['TGV', 'VAR'] }],
    ['a municipality', { municipalityCodes: ['PDV26'] }],
    ['a theme', { themes: ['early-intervention'] }],
    ['target groups', { targetGroups: ['families', 'unemployed'] }],
    ['a year range', { yearFrom: 2013, yearTo: 2016 }],
    ['a year onwards', { yearFrom: 2019 }],
    ['everything at once', { districtCodes: ['PDV', 'TGV'], themes: ['child-protection'], yearTo: 2017 }],
  ])('narrow every figure to %s', async (_, filter) => {
    const all = figuresOf(await statisticsAs(publicReader));
    const narrowed = figuresOf(await statisticsAs(publicReader, filter));
    expect(narrowed).toEqual(expected(records, filter));
    expect(narrowed).not.toEqual(all);
    expect(narrowed.practiceCount + narrowed.projectCount).toBeGreaterThan(0);
  });

  it('count the records the lists show for the same filter', async () => {
    const filter = { districtCodes: ['PDV'], themes: ['child-protection'] };
    const lists = await publicReader.ok(
      `query($f: PracticeFilter, $g: ProjectFilter) {
        practices(filter: $f) { totalCount } projects(filter: $g) { totalCount } }`,
      { f: filter, g: filter },
    );
    const s = await statisticsAs(publicReader, filter);
    expect([s.practiceCount, s.projectCount]).toEqual([
      lists.practices.totalCount,
      lists.projects.totalCount,
    ]);
  });

  it('run one statement per figure, however many records there are', async () => {
    const filter = { themes: ['employment'], districtCodes: ['PDV'] };
    const statements = () => server.countStatements(() => statisticsAs(publicReader, filter));
    const before = await statements();
    // Counts share one; the filter's slugs are checked in one more.
    expect(before).toBe(9);
    await add({
      status: 'PUBLISHED',
      record: rec('practice', {
        municipalityCodes: ['PDV26', 'PDV01'],
        themes: ['employment'],
        indicators: [person('1'), person('2')],
        adoptions: ['PDV22'],
      }),
      units: ['лица', 'деца'],
    });
    expect(await statements()).toBe(before);
  });
});
