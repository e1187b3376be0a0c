import {
  bgnToEur,
  formatAmount,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatMoney,
  formatMonth,
  formatPeriod,
} from './format';

const NBSP = '\u00a0';

describe('formatDate', () => {
  it('writes a calendar day the official Bulgarian way, closed by "г."', () => {
    expect(formatDate('2015-05-25')).toBe('25 май 2015 г.');
    expect(formatDate('2013-08-06', 'bg')).toBe('6 август 2013 г.');
  });

  it('writes it in English for the English interface, without a mark', () => {
    expect(formatDate('2015-05-25', 'en')).toBe('25 May 2015');
  });

  it('shows instants on the Sofia calendar', () => {
    // 22:30 UTC on 24 May is already 25 May in Sofia (UTC+3 in summer).
    expect(formatDate('2015-05-24T22:30:00Z')).toBe('25 май 2015 г.');
    expect(formatDate(new Date('2020-01-01T12:00:00Z'))).toBe('1 януари 2020 г.');
  });

  it('is empty for nothing or nonsense', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('formatMonth and formatDateTime', () => {
  it('writes a month without "г." and a moment with it', () => {
    expect(formatMonth('2013-07-01')).toBe('юли 2013');
    expect(formatMonth('2013-12-01', 'en')).toBe('December 2013');
    expect(formatDateTime('2015-05-25T11:05:00Z')).toBe('25 май 2015 г., 14:05');
    expect(formatDateTime('2015-05-25T11:05:00Z', 'en')).toBe('25 May 2015, 14:05');
  });
});

describe('formatPeriod', () => {
  it('writes a period of months as "юли 2013", a range of them closed by one "г."', () => {
    expect(formatPeriod({ from: '2013-07-01', to: '2013-07-31', precision: 'MONTH' })).toBe('юли 2013');
    expect(formatPeriod({ from: '2013-07-01', to: '2015-01-31', precision: 'MONTH' })).toBe(
      'юли 2013 – януари 2015 г.',
    );
    expect(formatPeriod({ from: '2013-07-01', to: '2013-12-31', precision: 'MONTH' })).toBe(
      'юли – декември 2013 г.',
    );
    expect(formatPeriod({ from: '2013-07-01', to: null, precision: 'MONTH' })).toBe('от юли 2013');
    expect(formatPeriod({ from: '2013-07-01', to: '2015-01-31', precision: 'MONTH' }, 'en')).toBe(
      'July 2013 – January 2015',
    );
  });

  it('writes years and days with "г." in Bulgarian and without it in English', () => {
    expect(formatPeriod({ from: '2014-01-01', to: '2014-12-31', precision: 'YEAR' })).toBe('2014 г.');
    expect(formatPeriod({ from: '2013-01-01', to: '2015-12-31', precision: 'YEAR' })).toBe('2013 – 2015 г.');
    expect(formatPeriod({ from: '2013-01-01', to: '2015-12-31', precision: 'YEAR' }, 'en')).toBe(
      '2013 – 2015',
    );
    expect(formatPeriod({ from: '2014-03-03', to: null, precision: 'DAY' })).toBe('от 3 март 2014 г.');
    expect(formatPeriod({ from: '2013-08-06', to: '2014-03-03', precision: 'DAY' })).toBe(
      '6 август 2013 – 3 март 2014 г.',
    );
    expect(formatPeriod({ from: '2014-03-03', to: '2014-08-06' })).toBe('3 март – 6 август 2014 г.');
    expect(formatPeriod({ from: null, to: '2014-03-03', precision: 'DAY' }, 'en')).toBe('until 3 March 2014');
  });

  it('is empty for nothing', () => {
    expect(formatPeriod(null)).toBe('');
    expect(formatPeriod({ from: null, to: null, precision: 'YEAR' })).toBe('');
  });
});

describe('money', () => {
  it('writes leva the Bulgarian way: grouped by a non-breaking space, decimal comma, "лв."', () => {
    expect(formatAmount('199994.17', 'BGN')).toBe(`199${NBSP}994,17${NBSP}лв.`);
    expect(formatAmount('0.5', 'BGN')).toBe(`0,50${NBSP}лв.`);
  });

  it('writes euro after the amount in Bulgarian, before it in English', () => {
    expect(formatAmount('102255.40', 'EUR')).toBe(`102${NBSP}255,40${NBSP}€`);
    expect(formatAmount('102255.40', 'EUR', 'en')).toBe('€102,255.40');
  });

  it('keeps every digit of amounts too big for a float', () => {
    expect(formatDecimal('9007199254740993.10')).toBe(
      `9${NBSP}007${NBSP}199${NBSP}254${NBSP}740${NBSP}993,10`,
    );
    expect(formatDecimal('1234.5', 'en')).toBe('1,234.50');
    expect(formatDecimal('12,3')).toBe('');
  });

  it('adds the euro equivalent to leva, from the server or at the fixed rate', () => {
    expect(formatMoney({ amount: '199994.17', currency: 'BGN', amountEur: '102255.40' })).toBe(
      `199${NBSP}994,17${NBSP}лв. (102${NBSP}255,40${NBSP}€)`,
    );
    expect(formatMoney({ amount: '199994.17', currency: 'BGN' })).toBe(
      `199${NBSP}994,17${NBSP}лв. (102${NBSP}255,40${NBSP}€)`,
    );
    expect(formatMoney({ amount: '500', currency: 'EUR', amountEur: '500' })).toBe(`500,00${NBSP}€`);
    expect(formatMoney(null)).toBe('');
  });

  it('converts leva to euro exactly, rounding half up to the cent as the server does', () => {
    expect(bgnToEur('199994.17')).toBe('102255.40');
    expect(bgnToEur('1')).toBe('0.51');
    expect(bgnToEur('0.01')).toBe('0.01');
    expect(bgnToEur('0.02')).toBe('0.01');
    expect(bgnToEur('1000000')).toBe('511291.88');
    expect(bgnToEur('1.95583')).toBe('1.00');
    expect(bgnToEur('-5')).toBe('-2.56');
    expect(bgnToEur('0')).toBe('0.00');
    expect(bgnToEur('abc')).toBeNull();
  });
});
