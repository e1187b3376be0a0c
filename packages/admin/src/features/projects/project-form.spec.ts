import type { ProjectEditFragment } from '../../gql/graphql';
import {
  createProjectInput,
  emptyProjectForm,
  knownOrganizations,
  newDocumentItem,
  newPartnerItem,
  newProgrammeItem,
  newTextItem,
  projectFormValues,
  projectValuesFromInput,
  updateProjectInput,
} from './project-form';
import { projectFormPath, validateProjectForm } from './project-form-checks';

const localization = (requested: 'BG' | 'EN', fallbackFields: string[] = []) => ({
  __typename: 'Localization' as const,
  requested,
  served: requested,
  stale: false,
  fallbackFields,
});
const org = (id: string, name: string) => ({
  __typename: 'Organization' as const,
  id,
  name,
  localization: { __typename: 'Localization' as const, requested: 'BG' as const },
});
const programme = (name: string, description: string | null) => ({
  __typename: 'ProjectProgramme' as const,
  name,
  description,
});

function read(overrides: Partial<ProjectEditFragment> = {}): ProjectEditFragment {
  return {
    __typename: 'Project',
    id: 'p1',
    version: 2,
    status: 'PUBLISHED',
    slug: 'iniciativa',
    title: 'Инициатива',
    summary: 'Резюме',
    generalGoal: null,
    specificObjectives: ['Първа цел', 'Втора цел'],
    programmes: [programme('Превенция', 'Описание')],
    activities: [],
    expectedResults: [],
    fundingProgramme: 'ОП РЧР',
    referenceNumber: 'BG05M9OP001',
    publishedAt: null,
    updatedAt: '2024-01-01T00:00:00.000Z',
    localization: localization('BG'),
    period: { __typename: 'Period', from: '2019-09-15', to: '2020-12-31', precision: 'DAY' },
    budget: { __typename: 'Money', amount: '199994.17', currency: 'BGN' },
    funder: org('f1', 'Европейски социален фонд'),
    leadOrganization: org('l1', 'Фондация'),
    partners: [
      {
        __typename: 'ProjectPartner',
        id: 'pp2',
        role: 'TRAINER',
        position: 1,
        organization: org('o2', 'НБУ'),
      },
      {
        __typename: 'ProjectPartner',
        id: 'pp1',
        role: 'PARTNER',
        position: 0,
        organization: org('o1', 'Община'),
      },
      { __typename: 'ProjectPartner', id: 'pp3', role: 'PARTNER', position: 2, organization: null },
    ],
    municipalities: [{ __typename: 'Municipality', code: 'PDV26' }],
    themes: [{ __typename: 'Theme', id: 't1', slug: 'early-intervention', localization: localization('BG') }],
    targetGroups: [],
    serviceTypes: [],
    indicators: [
      {
        __typename: 'Indicator',
        label: 'Обучени специалисти',
        value: '45',
        unit: 'души',
        period: '2020',
        targetGroup: null,
      },
    ],
    documents: [{ __typename: 'ProjectDocument', title: 'Отчет', url: 'https://example.org/otchet.pdf' }],
    publishAt: null,
    ...overrides,
  } as ProjectEditFragment;
}

const withoutKeys = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'key' ? undefined : v)));

describe('projectFormValues', () => {
  it('reads both languages, leaving out English the server filled in from Bulgarian', () => {
    const en = read({
      localization: localization('EN', ['summary', 'specificObjectives']),
      title: 'Initiative',
      summary: 'Резюме',
      fundingProgramme: 'OP HRD',
      specificObjectives: ['First objective', 'Втора цел'],
      programmes: [programme('Prevention', 'Описание')],
      documents: [{ __typename: 'ProjectDocument', title: 'Report', url: 'https://example.org/otchet.pdf' }],
    });
    const values = projectFormValues(read(), en);
    expect(values.title).toEqual({ bg: 'Инициатива', en: 'Initiative' });
    expect(values.summary).toEqual({ bg: 'Резюме', en: '' });
    expect(values.fundingProgramme).toEqual({ bg: 'ОП РЧР', en: 'OP HRD' });
    expect(withoutKeys(values.specificObjectives)).toEqual([
      { bg: 'Първа цел', en: 'First objective' },
      { bg: 'Втора цел', en: '' },
    ]);
    expect(withoutKeys(values.programmes)).toEqual([
      { name: { bg: 'Превенция', en: 'Prevention' }, description: { bg: 'Описание', en: '' } },
    ]);
    expect(withoutKeys(values.documents)).toEqual([
      { title: { bg: 'Отчет', en: 'Report' }, url: 'https://example.org/otchet.pdf' },
    ]);
    expect(withoutKeys(values.indicators)).toEqual([
      {
        label: { bg: 'Обучени специалисти', en: '' },
        value: '45',
        unit: { bg: 'души', en: '' },
        period: '2020',
        targetGroup: null,
      },
    ]);
    const scheduled = read({ status: 'IN_REVIEW', publishAt: '2027-05-25T07:00:00.000Z' });
    expect(projectFormValues(scheduled, en).publishAt).toBe('2027-05-25T07:00:00.000Z');
  });

  it('orders partners by position and drops those whose organization is gone', () => {
    const values = projectFormValues(read(), null);
    expect(withoutKeys(values.partners)).toEqual([
      { organizationId: 'o1', role: 'PARTNER' },
      { organizationId: 'o2', role: 'TRAINER' },
    ]);
    expect(values.budget).toEqual({ amount: '199994.17', currency: 'BGN' });
    expect(new Set(values.specificObjectives.map((i) => i.key)).size).toBe(2);
    expect(knownOrganizations(read()).map((o) => o.id)).toEqual(['f1', 'l1', 'o2', 'o1']);
  });
});

describe('project inputs', () => {
  it('send texts trimmed, lists in order, no budget as null, and the version read', () => {
    const values = {
      ...emptyProjectForm(),
      title: { bg: ' Проект ', en: '' },
      specificObjectives: [{ ...newTextItem(), bg: 'Цел', en: 'Goal ' }],
      activities: [{ ...newProgrammeItem(), name: { bg: 'Дейност', en: '' } }],
      partners: [{ ...newPartnerItem(), organizationId: 'o1', role: 'IMPLEMENTER' as const }],
      period: { from: '2020-01-01', to: null, precision: 'MONTH' as const },
    };
    const input = createProjectInput(values);
    expect(input).toMatchObject({
      title: { bg: 'Проект', en: null },
      summary: null,
      specificObjectives: [{ bg: 'Цел', en: 'Goal' }],
      activities: [{ name: { bg: 'Дейност', en: null }, description: null }],
      budget: null,
      referenceNumber: null,
      partners: [{ organizationId: 'o1', role: 'IMPLEMENTER' }],
      period: { from: '2020-01-01', to: null, precision: 'MONTH' },
      status: 'DRAFT',
      indicators: [],
      documents: [],
      publishAt: null,
    });
    expect(
      updateProjectInput({ ...values, budget: { amount: '1500.5', currency: 'EUR' } }, 'p1', 3),
    ).toMatchObject({ id: 'p1', version: 3, budget: { amount: '1500.5', currency: 'EUR' } });
  });

  it('come back as the same form values (after a conflict merge)', () => {
    const values = projectFormValues(read(), null);
    const input = updateProjectInput(values, 'p1', 2);
    expect(withoutKeys(projectValuesFromInput(input, emptyProjectForm()))).toEqual(withoutKeys(values));
  });

  it('read the server record shape, keeping what the input lacks', () => {
    const base = { ...emptyProjectForm(), referenceNumber: 'keep' };
    const values = projectValuesFromInput(
      { title: { bg: 'Т', en: null }, budget: null, period: { from: null, to: null, precision: 'YEAR' } },
      base,
    );
    expect(values.title).toEqual({ bg: 'Т', en: '' });
    expect(values.budget).toEqual({ amount: '', currency: 'BGN' });
    expect(values.period).toEqual({ from: null, to: null, precision: 'YEAR' });
    expect(values.referenceNumber).toBe('keep');
  });
});

describe('project documents, indicators and schedule', () => {
  it('send documents trimmed, indicator values as decimals, and no schedule with a status published by hand', () => {
    const values = {
      ...projectFormValues(read(), null),
      status: 'IN_REVIEW' as const,
      publishAt: '2027-05-25T07:00:00.000Z',
      documents: [
        { ...newDocumentItem(), title: { bg: ' Отчет ', en: '' }, url: ' https://example.org/a.pdf ' },
      ],
    };
    values.indicators[0].value = '1 045,5';
    const input = updateProjectInput(values, 'p1', 2);
    expect(input.documents).toEqual([{ title: { bg: 'Отчет', en: null }, url: 'https://example.org/a.pdf' }]);
    expect(input.indicators?.[0]).toMatchObject({ value: '1045.5', unit: { bg: 'души', en: null } });
    expect(input.publishAt).toBe('2027-05-25T07:00:00.000Z');
    expect(updateProjectInput({ ...values, status: 'PUBLISHED' }, 'p1', 2).publishAt).toBeNull();
  });

  it('check document titles and addresses and indicator values on their fields', () => {
    const values = {
      ...projectFormValues(read(), null),
      documents: [
        { ...newDocumentItem(), title: { bg: 'Отчет', en: '' }, url: 'https://example.org/a.pdf' },
        { ...newDocumentItem(), title: { bg: '', en: 'Report' }, url: 'example.org' },
      ],
    };
    values.indicators[0].value = 'много';
    expect(validateProjectForm(values)).toEqual({
      'documents.1.title.bg': 'projects.form.problems.bgRequired',
      'documents.1.url': 'documents.problems.urlInvalid',
      'indicators.0.value': 'indicators.problems.value.invalid',
    });
  });
});

describe('validateProjectForm', () => {
  it('finds what the browser can check', () => {
    const values = {
      ...emptyProjectForm(),
      summary: { bg: '', en: 'English only' },
      specificObjectives: [newTextItem(), { ...newTextItem(), en: 'Goal' }],
      programmes: [{ ...newProgrammeItem(), description: { bg: 'Описание', en: '' } }],
      budget: { amount: '1,234', currency: 'BGN' as const },
      partners: [
        { ...newPartnerItem(), organizationId: 'o1' },
        { ...newPartnerItem(), organizationId: 'o1' },
        newPartnerItem(),
      ],
      period: { from: '2020-02-01', to: '2020-01-01', precision: 'DAY' as const },
    };
    expect(validateProjectForm(values)).toEqual({
      'title.bg': 'projects.form.problems.titleRequired',
      'summary.bg': 'projects.form.problems.bgRequired',
      'specificObjectives.0.bg': 'projects.form.problems.itemEmpty',
      'specificObjectives.1.bg': 'projects.form.problems.bgRequired',
      'programmes.0.name.bg': 'projects.form.problems.nameRequired',
      'budget.amount': 'inputs.money.tooPrecise',
      'partners.1.organizationId': 'projects.form.problems.partnerTwice',
      'partners.2.organizationId': 'projects.form.problems.partnerRequired',
      'period.to': 'projects.form.problems.periodOrder',
    });
  });

  it('accepts a complete project', () => {
    expect(validateProjectForm(projectFormValues(read(), null))).toEqual({});
  });
});

describe('projectFormPath', () => {
  it.each([
    ['title.bg', 'title.bg'],
    ['generalGoal', 'generalGoal.bg'],
    ['specificObjectives.1.bg', 'specificObjectives.1.bg'],
    ['expectedResults.2', 'expectedResults.2.bg'],
    ['programmes.0.name.bg', 'programmes.0.name.bg'],
    ['activities.3.description', 'activities.3.description.bg'],
    ['programmes.1', 'programmes.1.name.bg'],
    ['partners.0.organizationId', 'partners.0.organizationId'],
    ['partners', 'partners'],
    ['budget.amount', 'budget.amount'],
    ['budget', 'budget.amount'],
    ['municipalityCodes.4', 'municipalityCodes'],
    ['period', 'period.from'],
    ['funderId', 'funderId'],
    ['documents.1.url', 'documents.1.url'],
    ['documents.0.title', 'documents.0.title.bg'],
    ['documents.2', 'documents.2.title.bg'],
    ['indicators.2.value', 'indicators.2.value'],
    ['indicators.0.unit', 'indicators.0.unit.bg'],
    ['publishAt', 'publishAt'],
  ])('puts %s on %s', (server, form) => {
    expect(projectFormPath(server)).toBe(form);
  });

  it('is null for fields the form does not have', () => {
    expect(projectFormPath('documents.0.size')).toBeNull();
    expect(projectFormPath('slug')).toBeNull();
  });
});
