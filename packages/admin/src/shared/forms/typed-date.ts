/**
 * Days typed by hand into a date field, the ways people in Bulgaria write them: "20.11.2026",
 * "20.11.2026 г.", "20 ноември 2026", "20 November 2026", "2026-11-20". Returns the day as
 * "2026-11-20", or null while the text is not (yet) a real day. Years have four digits.
 */

const MONTHS: readonly (readonly string[])[] = [
  ['януари', 'january', 'jan', 'яну'],
  ['февруари', 'february', 'feb', 'фев'],
  ['март', 'march', 'mar', 'мар'],
  ['април', 'april', 'apr', 'апр'],
  ['май', 'may'],
  ['юни', 'june', 'jun'],
  ['юли', 'july', 'jul'],
  ['август', 'august', 'aug', 'авг'],
  ['септември', 'september', 'sep', 'sept', 'сеп'],
  ['октомври', 'october', 'oct', 'окт'],
  ['ноември', 'november', 'nov', 'ное'],
  ['декември', 'december', 'dec', 'дек'],
];

function day(year: number, month: number, date: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || date < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

export function parseTypedDate(text: string): string | null {
  const value = text
    .trim()
    .toLocaleLowerCase('bg')
    .replace(/\s*г\.?$/u, '')
    .replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  if (dotted) return day(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const named = /^(\d{1,2})\.? (\p{L}+)\.?,? (\d{4})$/u.exec(value);
  if (named) {
    const month = MONTHS.findIndex((names) => names.includes(named[2]));
    return month < 0 ? null : day(Number(named[3]), month + 1, Number(named[1]));
  }
  return null;
}
