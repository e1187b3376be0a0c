import { Currency, Money, toEur } from './money';

describe('money', () => {
  it('converts BGN to EUR at the fixed rate, rounding half up to the cent', () => {
    expect(toEur('199994.17', Currency.BGN)).toBe('102255.40');
    expect(toEur('1.95583', Currency.BGN)).toBe('1.00');
    expect(toEur('0.01', Currency.BGN)).toBe('0.01');
    expect(toEur('2.93', Currency.BGN)).toBe('1.50');
  });

  it('keeps EUR amounts as they are and never goes through a float', () => {
    expect(toEur('0.10', Currency.EUR)).toBe('0.10');
    expect(Money.of('9007199254740993.10', Currency.EUR)?.amountEur).toBe('9007199254740993.10');
  });

  it('has no money when amount or currency is missing', () => {
    expect(Money.of(null, Currency.BGN)).toBeNull();
    expect(Money.of('1', null)).toBeNull();
  });
});
