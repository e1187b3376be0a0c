import type { PracticeEditFragment } from '../../gql/graphql';
import { newIndicatorItem } from '../../shared/components/indicator-input';
import {
  createPracticeInput,
  emptyPracticeForm,
  newAdoptionItem,
  practiceFormPath,
  practiceFormValues,
  updatePracticeInput,
  validatePracticeForm,
} from './practice-form';

const withoutKeys = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'key' ? undefined : v)));

function practice(locale: 'BG' | 'EN', overrides: Partial<PracticeEditFragment> = {}): PracticeEditFragment {
  return {
    __typename: 'Practice',
    id: 'p1',
    version: 3,
    status: 'PUBLISHED',
    slug: 'ranna-intervenciya',
    title: locale === 'BG' ? 'Ранна интервенция' : 'Early intervention',
    summary: locale === 'BG' ? 'Резюме' : 'Summary',
    background: 'Предистория',
    practice: null,
    results: locale === 'BG' ? 'Резултати' : 'Results',
    publishedAt: '2015-05-25T09:00:00Z',
    publishAt: null,
    updatedAt: '2024-01-01T09:00:00Z',
    innovator: 'ros',
    localization: {
      __typename: 'Localization',
      requested: locale,
      served: locale,
      stale: false,
      fallbackFields: locale === 'EN' ? ['background'] : [],
    },
    period: { __typename: 'Period', from: '2013-07-01', to: '2015-12-31', precision: 'MONTH' },
    municipalities: [
      { __typename: 'Municipality', code: 'TGV35' },
      { __typename: 'Municipality', code: 'PDV26' },
    ],
    themes: [
      {
        __typename: 'Theme',
        id: 't1',
        slug: 'early-intervention',
        localization: { __typename: 'Localization', requested: locale },
      },
    ],
    targetGroups: [
      {
        __typename: 'TargetGroup',
        id: 'g1',
        slug: 'children',
        localization: { __typename: 'Localization', requested: locale },
      },
    ],
    serviceTypes: [
      {
        __typename: 'ServiceType',
        id: 's1',
        slug: 'day-care',
        localization: { __typename: 'Localization', requested: locale },
      },
    ],
    organization: {
      __typename: 'Organization',
      id: 'o1',
      name: 'Фондация',
      localization: { __typename: 'Localization', requested: locale },
    },
    contact: {
      __typename: 'Contact',
      person: 'Мария Иванова',
      address: null,
      phone: '032 123 456',
      email: 'maria@example.org',
      website: null,
    },
    indicators: [
      {
        __typename: 'Indicator',
        label: locale === 'BG' ? 'Обхванати деца' : 'Children reached',
        value: '120',
        unit: locale === 'BG' ? 'деца' : 'children',
        period: '2015',
        targetGroup: null,
      },
    ],
    adoptions: [
      {
        __typename: 'PracticeAdoption',
        year: 2018,
        note: locale === 'BG' ? 'С общински средства' : 'С общински средства',
        municipality: { __typename: 'Municipality', code: 'SOF46' },
      },
    ],
    ...overrides,
  };
}

describe('practiceFormValues', () => {
  it('fills both languages, leaving English empty where the server fell back to Bulgarian', () => {
    const values = practiceFormValues(practice('BG'), practice('EN'));
    expect(values.title).toEqual({ bg: 'Ранна интервенция', en: 'Early intervention' });
    expect(values.summary).toEqual({ bg: 'Резюме', en: 'Summary' });
    expect(values.background).toEqual({ bg: 'Предистория', en: '' });
    expect(values.practice).toEqual({ bg: '', en: '' });
    expect(values.status).toBe('PUBLISHED');
    expect(values.municipalityCodes).toEqual(['TGV35', 'PDV26']);
    expect(values.themes).toEqual(['early-intervention']);
    expect(values.period).toEqual({ from: '2013-07-01', to: '2015-12-31', precision: 'MONTH' });
    expect(values.organizationId).toBe('o1');
    expect(values.innovator).toBe('ros');
    expect(values.contact).toEqual({
      person: 'Мария Иванова',
      email: 'maria@example.org',
      phone: '032 123 456',
      website: '',
      address: '',
    });
    expect(values.targetGroups).toEqual(['children']);
    expect(values.serviceTypes).toEqual(['day-care']);
    expect(withoutKeys(values.indicators)).toEqual([
      {
        label: { bg: 'Обхванати деца', en: 'Children reached' },
        value: '120',
        unit: { bg: 'деца', en: 'children' },
        period: '2015',
        targetGroup: null,
      },
    ]);
    // The note came back in Bulgarian: not translated.
    expect(withoutKeys(values.adoptions)).toEqual([
      { municipalityCode: 'SOF46', year: 2018, note: { bg: 'С общински средства', en: '' } },
    ]);
    expect(values.publishAt).toBeNull();
  });

  it('never takes Bulgarian text for English', () => {
    expect(practiceFormValues(practice('BG'), null).title.en).toBe('');
    expect(practiceFormValues(practice('BG'), practice('BG')).title.en).toBe('');
  });

  it('starts a new practice as an empty draft', () => {
    const values = practiceFormValues(practice('BG', { period: null }), undefined);
    expect(values.period).toEqual({ from: null, to: null, precision: 'DAY' });
    expect(emptyPracticeForm().status).toBe('DRAFT');
  });
});

describe('inputs', () => {
  it('creates with every field the form edits', () => {
    const values = { ...emptyPracticeForm(), title: { bg: 'Нова', en: '' }, municipalityCodes: ['PDV26'] };
    expect(createPracticeInput(values)).toEqual({
      title: { bg: 'Нова', en: null },
      summary: null,
      background: null,
      practice: null,
      results: null,
      status: 'DRAFT',
      organizationId: null,
      innovator: null,
      contact: { person: null, email: null, phone: null, website: null, address: null },
      municipalityCodes: ['PDV26'],
      themes: [],
      targetGroups: [],
      serviceTypes: [],
      period: null,
      indicators: [],
      adoptions: [],
      publishAt: null,
    });
  });

  it('sends indicators, adoptions and contact as the API takes them', () => {
    const values = {
      ...emptyPracticeForm(),
      innovator: '  ros ',
      contact: { ...emptyPracticeForm().contact, email: ' maria@example.org ' },
      indicators: [
        {
          ...newIndicatorItem(),
          label: { bg: 'Деца', en: '' },
          value: '1 234,5',
          unit: { bg: 'бр.', en: 'pcs' },
        },
      ],
      adoptions: [{ ...newAdoptionItem(), municipalityCode: 'SOF46', year: 2019, note: { bg: '', en: '' } }],
    };
    expect(createPracticeInput(values)).toMatchObject({
      innovator: 'ros',
      contact: { email: 'maria@example.org', person: null },
      indicators: [
        { label: { bg: 'Деца', en: null }, value: '1234.5', unit: { bg: 'бр.', en: 'pcs' }, period: null },
      ],
      adoptions: [{ municipalityCode: 'SOF46', year: 2019, note: null }],
    });
  });

  it('sends the schedule, but never with a status published by hand', () => {
    const scheduled = {
      ...emptyPracticeForm(),
      status: 'IN_REVIEW' as const,
      publishAt: '2027-05-25T07:00:00.000Z',
    };
    expect(createPracticeInput(scheduled).publishAt).toBe('2027-05-25T07:00:00.000Z');
    expect(createPracticeInput({ ...scheduled, status: 'PUBLISHED' }).publishAt).toBeNull();
  });

  it('updates with the id and the version that was read', () => {
    const values = practiceFormValues(practice('BG'), practice('EN'));
    const input = updatePracticeInput(values, 'p1', 3);
    expect(input.id).toBe('p1');
    expect(input.version).toBe(3);
    expect(input.title).toEqual({ bg: 'Ранна интервенция', en: 'Early intervention' });
    expect(input.period).toEqual({ from: '2013-07-01', to: '2015-12-31', precision: 'MONTH' });
    expect(input.background).toEqual({ bg: 'Предистория', en: null });
  });
});

describe('validatePracticeForm', () => {
  it('requires the Bulgarian title, Bulgarian text beside English, and a period in order', () => {
    const values = emptyPracticeForm();
    values.summary = { bg: '', en: 'Summary' };
    values.period = { from: '2015-01-01', to: '2014-01-01', precision: 'DAY' };
    expect(validatePracticeForm(values)).toEqual({
      'title.bg': 'practices.form.titleRequired',
      'summary.bg': 'practices.form.bgRequired',
      'period.to': 'practices.form.periodOrder',
    });
  });

  it('checks contact, indicators and adoptions on their fields', () => {
    const values = {
      ...practiceFormValues(practice('BG'), null),
      contact: { ...emptyPracticeForm().contact, email: 'maria@' },
      indicators: [newIndicatorItem()],
      adoptions: [
        { ...newAdoptionItem(), municipalityCode: 'SOF46', year: 2018 },
        { ...newAdoptionItem(), municipalityCode: 'SOF46', year: 2018 },
        { ...newAdoptionItem(), year: 1850, note: { bg: '', en: 'Note' } },
      ],
    };
    expect(validatePracticeForm(values)).toEqual({
      'contact.email': 'contact.problems.emailInvalid',
      'indicators.0.label.bg': 'indicators.problems.labelRequired',
      'indicators.0.value': 'indicators.problems.value.required',
      'indicators.0.unit.bg': 'indicators.problems.unitRequired',
      'adoptions.1.municipalityCode': 'adoptions.problems.twice',
      'adoptions.2.municipalityCode': 'adoptions.problems.municipalityRequired',
      'adoptions.2.year': 'adoptions.problems.yearInvalid',
      'adoptions.2.note.bg': 'practices.form.bgRequired',
    });
  });

  it('accepts a complete practice', () => {
    expect(validatePracticeForm(practiceFormValues(practice('BG'), practice('EN')))).toEqual({});
  });
});

describe('practiceFormPath', () => {
  it('places server field errors on form fields', () => {
    expect(practiceFormPath('title.bg')).toBe('title.bg');
    expect(practiceFormPath('summary')).toBe('summary.bg');
    expect(practiceFormPath('period.to')).toBe('period.to');
    expect(practiceFormPath('period')).toBe('period.from');
    expect(practiceFormPath('municipalityCodes')).toBe('municipalityCodes');
    expect(practiceFormPath('municipalityCodes.2')).toBe('municipalityCodes');
    expect(practiceFormPath('themes.0')).toBe('themes');
    expect(practiceFormPath('projectIds')).toBeNull();
    expect(practiceFormPath('slug')).toBeNull();
  });

  it.each([
    ['indicators.2.value', 'indicators.2.value'],
    ['indicators.1.label', 'indicators.1.label.bg'],
    ['indicators.targetGroup', 'indicators'],
    ['contact.email', 'contact.email'],
    ['adoptions.0.year', 'adoptions.0.year'],
    ['adoptions.1', 'adoptions.1.municipalityCode'],
    ['adoptions.1.note', 'adoptions.1.note.bg'],
    ['adoptions.municipalityCode', 'adoptions'],
    ['organizationId', 'organizationId'],
    ['targetGroups.1', 'targetGroups'],
    ['publishAt', 'publishAt'],
  ])('puts the server error on %s on %s', (server, form) => {
    expect(practiceFormPath(server)).toBe(form);
  });
});
