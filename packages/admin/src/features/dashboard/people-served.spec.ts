import { isPeopleServed, peopleServed } from './people-served';

const indicator = (value: string, unit: string, label = 'Показател', slug?: string) => ({
  label,
  value,
  unit,
  targetGroup: slug ? { slug, label: slug } : null,
});

describe('isPeopleServed', () => {
  it.each([
    'лица',
    'души',
    'деца',
    'деца и лица',
    'потребители',
    'потребители (деца и лица с увреждания)',
    'лица и семейства',
    'участници',
    'people',
    'children and adults',
    'users (children and adults with disabilities)',
    'people and families',
    'beneficiaries',
  ])('counts a unit that names people: %s', (unit) => {
    expect(isPeopleServed({ unit, label: 'Обслужени' })).toBe(true);
  });

  it.each([
    'приемни семейства',
    'foster families',
    'кръгли маси',
    'round tables',
    'лични асистенти',
    'personal assistants',
    'потребители месечно',
    'users per month',
    'лица годишно',
    'лева',
    '%',
  ])('leaves out families, events, staff, rates and other units: %s', (unit) => {
    expect(isPeopleServed({ unit, label: 'Показател' })).toBe(false);
  });

  it('leaves out capacities and planned figures whatever the unit', () => {
    expect(isPeopleServed({ unit: 'потребители', label: 'Капацитет на планирания център' })).toBe(false);
    expect(isPeopleServed({ unit: 'users', label: 'Capacity of the planned centre' })).toBe(false);
  });

  it('matches whole words only', () => {
    expect(isPeopleServed({ unit: 'лицензи', label: '' })).toBe(false);
    expect(isPeopleServed({ unit: 'mentors', label: '' })).toBe(false);
    expect(isPeopleServed({ unit: 'ДЕЦА', label: '' })).toBe(true);
  });
});

describe('peopleServed', () => {
  it('adds the counted values exactly, by target group, largest first', () => {
    const result = peopleServed([
      {
        indicators: [
          indicator('124.00', 'потребители', 'Обслужени', 'people-with-disabilities'),
          indicator('30.00', 'деца и лица', 'Мобилни услуги', 'people-with-disabilities'),
          indicator('187.00', 'потребители', 'Топъл обяд', 'people-in-poverty'),
          indicator('4.00', 'приемни семейства', 'Приемни семейства', 'families'),
          indicator('40.00', 'потребители месечно', 'Капацитет', 'people-with-disabilities'),
        ],
      },
      { indicators: [indicator('0.50', 'лица'), indicator('nonsense', 'лица')] },
    ]);
    expect(result.total).toBe('341.50');
    expect(result.counted).toBe(4);
    expect(result.skipped).toBe(3);
    expect(result.byTargetGroup.map((g) => [g.key, g.total, g.indicators])).toEqual([
      ['people-in-poverty', '187', 1],
      ['people-with-disabilities', '154', 2],
      ['', '0.50', 1],
    ]);
    expect(result.byTargetGroup[0].value).toBe(187);
  });

  it('is zero for no records', () => {
    expect(peopleServed([])).toEqual({ total: '0', counted: 0, skipped: 0, byTargetGroup: [] });
  });
});
