import { emptyPracticeForm, updatePracticeInput } from '../practices/practice-form';
import { practiceValuesFromInput } from './practice-conflict';

describe('practiceValuesFromInput', () => {
  it('is the inverse of updatePracticeInput', () => {
    const values = {
      ...emptyPracticeForm(),
      title: { bg: 'Център за ранна интервенция', en: 'Early intervention centre' },
      results: { bg: 'Резултати', en: '' },
      status: 'IN_REVIEW' as const,
      municipalityCodes: ['PDV26', 'PDV39'],
      themes: ['early-intervention'],
      period: { from: '2013-07-01', to: '2015-12-31', precision: 'MONTH' as const },
    };
    expect(practiceValuesFromInput(updatePracticeInput(values, 'p1', 3), emptyPracticeForm())).toEqual(
      values,
    );
  });

  it('reads the server record shape, keeping what the input lacks', () => {
    const base = { ...emptyPracticeForm(), themes: ['kept'] };
    const values = practiceValuesFromInput(
      { summary: null, period: { from: null, to: null, precision: 'DAY' }, indicators: [] },
      base,
    );
    expect(values.summary).toEqual({ bg: '', en: '' });
    expect(values.period).toEqual({ from: null, to: null, precision: 'DAY' });
    expect(values.themes).toEqual(['kept']);
  });
});
