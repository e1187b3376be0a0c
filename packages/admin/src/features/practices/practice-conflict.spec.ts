import { newIndicatorItem } from '../../shared/components/indicator-input';
import { emptyPracticeForm, newAdoptionItem, updatePracticeInput } from './practice-form';
import { practiceValuesFromInput } from './practice-conflict';

const withoutKeys = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'key' ? undefined : v)));

describe('practiceValuesFromInput', () => {
  it('is the inverse of updatePracticeInput', () => {
    const values = {
      ...emptyPracticeForm(),
      title: { bg: 'Център за ранна интервенция', en: 'Early intervention centre' },
      results: { bg: 'Резултати', en: '' },
      status: 'IN_REVIEW' as const,
      organizationId: 'o1',
      innovator: 'ros',
      contact: { person: 'Мария', email: 'maria@example.org', phone: '', website: '', address: 'Пловдив' },
      municipalityCodes: ['PDV26', 'PDV39'],
      themes: ['early-intervention'],
      targetGroups: ['children'],
      period: { from: '2013-07-01', to: '2015-12-31', precision: 'MONTH' as const },
      indicators: [
        {
          ...newIndicatorItem(),
          label: { bg: 'Деца', en: 'Children' },
          value: '120',
          unit: { bg: 'души', en: '' },
          period: '2015',
          targetGroup: 'children',
        },
      ],
      adoptions: [
        { ...newAdoptionItem(), municipalityCode: 'SOF46', year: 2018, note: { bg: 'Бележка', en: '' } },
      ],
      publishAt: '2027-05-25T07:00:00.000Z',
    };
    expect(
      withoutKeys(practiceValuesFromInput(updatePracticeInput(values, 'p1', 3), emptyPracticeForm())),
    ).toEqual(withoutKeys(values));
  });

  it('reads the server record shape, keeping what the input lacks', () => {
    const base = { ...emptyPracticeForm(), themes: ['kept'], innovator: 'kept' };
    const values = practiceValuesFromInput(
      {
        summary: null,
        period: { from: null, to: null, precision: 'DAY' },
        indicators: [],
        contact: { person: null, email: 'a@b.bg' },
        publishAt: null,
      },
      base,
    );
    expect(values.summary).toEqual({ bg: '', en: '' });
    expect(values.period).toEqual({ from: null, to: null, precision: 'DAY' });
    expect(values.themes).toEqual(['kept']);
    expect(values.innovator).toBe('kept');
    expect(values.contact.email).toBe('a@b.bg');
    expect(values.publishAt).toBeNull();
  });
});
