import { parseTypedDate } from './typed-date';

describe('parseTypedDate', () => {
  it.each([
    ['20.11.2026', '2026-11-20'],
    ['1.7.2013 г.', '2013-07-01'],
    ['01/07/2013', '2013-07-01'],
    ['20 ноември 2026', '2026-11-20'],
    ['20 Ноември 2026 г.', '2026-11-20'],
    ['3 November 2026', '2026-11-03'],
    ['3 nov 2026', '2026-11-03'],
    ['2026-11-20', '2026-11-20'],
    ['29.02.2024', '2024-02-29'],
  ])('reads %s', (text, expected) => {
    expect(parseTypedDate(text)).toBe(expected);
  });

  it.each([
    '',
    '2',
    '20.11.',
    '20.11.26',
    '20 ноември 202',
    '31.02.2025',
    '29.02.2025',
    '20 смарт 2026',
    '32.01.2026',
  ])('waits for a real day: %s', (text) => {
    expect(parseTypedDate(text)).toBeNull();
  });
});
