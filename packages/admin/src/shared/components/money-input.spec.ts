import { eurEquivalent, formatAmountInput, isAmount, parseAmount } from './money-input';

const ok = (amount: string) => ({ ok: true, amount });
const problem = (p: string) => ({ ok: false, problem: p });

describe('parseAmount', () => {
  it('reads Bulgarian amounts', () => {
    expect(parseAmount('199 994,17')).toEqual(ok('199994.17'));
    expect(parseAmount('199\u00a0994,17')).toEqual(ok('199994.17'));
    expect(parseAmount('1 000 000')).toEqual(ok('1000000'));
    expect(parseAmount('0,5')).toEqual(ok('0.5'));
    expect(parseAmount(',5')).toEqual(ok('0.5'));
    expect(parseAmount('1.234.567,89')).toEqual(ok('1234567.89'));
  });

  it('reads API and English amounts', () => {
    expect(parseAmount('199994.17')).toEqual(ok('199994.17'));
    expect(parseAmount('199,994.17')).toEqual(ok('199994.17'));
    expect(parseAmount('1,234,567')).toEqual(ok('1234567'));
    expect(parseAmount(' +12 ')).toEqual(ok('12'));
  });

  it('drops zeros that change nothing', () => {
    expect(parseAmount('007,50')).toEqual(ok('7.5'));
    expect(parseAmount('12,00')).toEqual(ok('12'));
    expect(parseAmount('0')).toEqual(ok('0'));
  });

  it('is empty for nothing', () => {
    expect(parseAmount('')).toEqual(ok(''));
    expect(parseAmount('   ')).toEqual(ok(''));
  });

  it('refuses what is not an amount', () => {
    expect(parseAmount('abc')).toEqual(problem('invalid'));
    expect(parseAmount('12 лв.')).toEqual(problem('invalid'));
    expect(parseAmount('1,2,3')).toEqual(problem('invalid'));
    expect(parseAmount('1.234,5.6')).toEqual(problem('invalid'));
    expect(parseAmount(',')).toEqual(problem('invalid'));
    expect(parseAmount('-5')).toEqual(problem('negative'));
    expect(parseAmount('1,234')).toEqual(problem('tooPrecise'));
    expect(parseAmount('1,230')).toEqual(problem('tooPrecise'));
    expect(parseAmount('0.001')).toEqual(problem('tooPrecise'));
    expect(parseAmount('1234567890123')).toEqual(problem('tooLarge'));
    expect(parseAmount('123456789012,99')).toEqual(ok('123456789012.99'));
  });
});

describe('formatAmountInput', () => {
  it('shows API decimals the Bulgarian way, with two decimals', () => {
    expect(formatAmountInput('199994.17', 'bg')).toBe('199\u00a0994,17');
    expect(formatAmountInput('12', 'bg')).toBe('12,00');
    expect(formatAmountInput('0.5', 'bg')).toBe('0,50');
    expect(formatAmountInput('199994.17', 'en')).toBe('199,994.17');
  });

  it('round-trips through parseAmount', () => {
    for (const amount of ['199994.17', '1000000', '0.5', '123456789012.99']) {
      expect(parseAmount(formatAmountInput(amount, 'bg'))).toEqual(ok(amount));
      expect(parseAmount(formatAmountInput(amount, 'en'))).toEqual(ok(amount));
    }
  });

  it('leaves text that is no amount as it is', () => {
    expect(formatAmountInput('12 лв.', 'bg')).toBe('12 лв.');
    expect(formatAmountInput('', 'bg')).toBe('');
  });
});

describe('eurEquivalent', () => {
  it('converts leva at 1.95583, half-up to the cent', () => {
    expect(eurEquivalent('199994.17', 'BGN')).toBe('102255.40');
    expect(eurEquivalent('1.95583', 'BGN')).toBeNull();
    expect(eurEquivalent('100', 'BGN')).toBe('51.13');
  });

  it('is null for euro and for what is not an amount', () => {
    expect(eurEquivalent('100', 'EUR')).toBeNull();
    expect(eurEquivalent('abc', 'BGN')).toBeNull();
    expect(isAmount('1.5')).toBe(true);
    expect(isAmount('1.555')).toBe(false);
  });
});
