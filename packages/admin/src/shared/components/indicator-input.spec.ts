import {
  formatIndicatorInputs,
  indicatorFormPath,
  indicatorInputs,
  indicatorItems,
  indicatorItemsFromInput,
  newIndicatorItem,
  parseIndicatorValue,
  validateIndicators,
} from './indicator-input';

const withoutKeys = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'key' ? undefined : v)));

const read = [
  { label: 'Обхванати деца', value: '120', unit: 'деца', period: '2015', targetGroup: { slug: 'children' } },
  { label: 'Дял', value: '12.5', unit: '%', period: null, targetGroup: null },
];

describe('indicator items', () => {
  it('read both languages in order, leaving English the server copied from Bulgarian empty', () => {
    const en = [
      { ...read[0], label: 'Children reached', unit: 'children' },
      { ...read[1], label: 'Дял', unit: '%' },
    ];
    expect(withoutKeys(indicatorItems(read, en))).toEqual([
      {
        label: { bg: 'Обхванати деца', en: 'Children reached' },
        value: '120',
        unit: { bg: 'деца', en: 'children' },
        period: '2015',
        targetGroup: 'children',
      },
      {
        label: { bg: 'Дял', en: '' },
        value: '12.5',
        unit: { bg: '%', en: '' },
        period: '',
        targetGroup: null,
      },
    ]);
    expect(indicatorItems(read, null)[0].label.en).toBe('');
  });

  it('become inputs with values as API decimals, and come back the same', () => {
    const items = indicatorItems(read, null);
    items[0].value = ' 1 234,5 ';
    items[1].value = '-3';
    const inputs = indicatorInputs(items);
    expect(inputs).toEqual([
      {
        label: { bg: 'Обхванати деца', en: null },
        value: '1234.5',
        unit: { bg: 'деца', en: null },
        period: '2015',
        targetGroup: 'children',
      },
      {
        label: { bg: 'Дял', en: null },
        value: '-3',
        unit: { bg: '%', en: null },
        period: null,
        targetGroup: null,
      },
    ]);
    expect(withoutKeys(indicatorItemsFromInput(inputs))).toEqual([
      { ...withoutKeys(items[0]), value: '1234.5' },
      { ...withoutKeys(items[1]) },
    ]);
    expect(indicatorItemsFromInput(null)).toEqual([]);
  });
});

describe('parseIndicatorValue', () => {
  it.each([
    ['1 234,56', { ok: true, value: '1234.56' }],
    ['−7,5', { ok: true, value: '-7.5' }],
    ['-0', { ok: true, value: '0' }],
    ['', { ok: false, problem: 'required' }],
    ['-', { ok: false, problem: 'invalid' }],
    ['много', { ok: false, problem: 'invalid' }],
    ['1,234', { ok: false, problem: 'tooPrecise' }],
  ])('reads %j', (text, parsed) => {
    expect(parseIndicatorValue(text)).toEqual(parsed);
  });
});

describe('validateIndicators', () => {
  it('requires a Bulgarian label and unit and a readable value, by form path', () => {
    const complete = {
      ...newIndicatorItem(),
      label: { bg: 'Деца', en: '' },
      value: '5',
      unit: { bg: 'бр.', en: '' },
    };
    const blank = newIndicatorItem();
    expect(validateIndicators([complete, blank, { ...complete, value: '5,555' }])).toEqual({
      'indicators.1.label.bg': 'indicators.problems.labelRequired',
      'indicators.1.value': 'indicators.problems.value.required',
      'indicators.1.unit.bg': 'indicators.problems.unitRequired',
      'indicators.2.value': 'indicators.problems.value.tooPrecise',
    });
  });
});

describe('indicatorFormPath', () => {
  it.each([
    ['indicators.2.value', 'indicators.2.value'],
    ['indicators.0.label', 'indicators.0.label.bg'],
    ['indicators.1.unit.en', 'indicators.1.unit.en'],
    ['indicators.3', 'indicators.3.label.bg'],
    ['indicators.0.targetGroup', 'indicators.0.targetGroup'],
    ['indicators.targetGroup', 'indicators'],
    ['indicators', 'indicators'],
    ['indicatorsX.0', null],
    ['title', null],
  ])('puts %s on %s', (server, form) => {
    expect(indicatorFormPath(server)).toBe(form);
  });
});

describe('formatIndicatorInputs', () => {
  it('reads an indicator list in words, target groups by name', () => {
    const inputs = indicatorInputs(indicatorItems(read, null));
    expect(formatIndicatorInputs(inputs, 'bg', (slug) => (slug === 'children' ? 'Деца' : slug))).toBe(
      '1. Обхванати деца: 120 деца (2015, Деца); 2. Дял: 12,50 %',
    );
  });
});
