import type { PracticeEditFragment } from '../../gql/graphql';
import {
  createPracticeInput,
  emptyPracticeForm,
  localizedInput,
  practiceFormPath,
  practiceFormValues,
  updatePracticeInput,
  validatePracticeForm,
} from './practice-form';

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
    updatedAt: '2024-01-01T09:00:00Z',
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
  it('trims texts; empty English is null; an empty optional text is cleared', () => {
    expect(localizedInput({ bg: ' Заглавие ', en: '  ' })).toEqual({ bg: 'Заглавие', en: null });
    expect(localizedInput({ bg: '', en: '' })).toBeNull();
    expect(localizedInput({ bg: '', en: 'Only English' })).toEqual({ bg: '', en: 'Only English' });
  });

  it('creates with every field the form edits', () => {
    const values = { ...emptyPracticeForm(), title: { bg: 'Нова', en: '' }, municipalityCodes: ['PDV26'] };
    expect(createPracticeInput(values)).toEqual({
      title: { bg: 'Нова', en: null },
      summary: null,
      background: null,
      practice: null,
      results: null,
      status: 'DRAFT',
      municipalityCodes: ['PDV26'],
      themes: [],
      period: null,
    });
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
      'title.bg': 'titleRequired',
      'summary.bg': 'bgRequired',
      'period.to': 'periodOrder',
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
    expect(practiceFormPath('indicators.0.value')).toBeNull();
  });
});
