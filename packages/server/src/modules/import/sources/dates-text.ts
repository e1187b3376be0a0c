/**
 * Dates as sources write them, to ISO `YYYY-MM-DD` with the precision the text carries. Shared by the
 * parsers: ИСУН (`06.08.2013`, `01 Jun, 2016`), spreadsheets (ISO or `dd.mm.yyyy`) and FLGR pages
 * (`25 май 2015`, `юли 2013 г.`). Pure string work: no Date parsing of free text (its results depend
 * on the machine's locale and time zone).
 */

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A date read from text; a MONTH or YEAR is given as its first day. */
export interface DateText {
  date: string;
  precision: DatePrecision;
}

// Stems long enough to tell the months apart, so "юли", "юлий", "юни", "ян.", "яну" all resolve.
const BG_MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^ян/, 1],
  [/^фев/, 2],
  [/^мар/, 3],
  [/^апр/, 4],
  [/^май|^мая/, 5],
  [/^юни/, 6],
  [/^юли/, 7],
  [/^авг/, 8],
  [/^сеп/, 9],
  [/^окт/, 10],
  [/^ное/, 11],
  [/^дек/, 12],
];

const EN_MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan/, 1],
  [/^feb/, 2],
  [/^mar/, 3],
  [/^apr/, 4],
  [/^may$/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^aug/, 8],
  [/^sep/, 9],
  [/^oct/, 10],
  [/^nov/, 11],
  [/^dec/, 12],
];

function monthOf(table: ReadonlyArray<readonly [RegExp, number]>, word: string): number | null {
  const w = word.toLocaleLowerCase('bg').replace(/\.$/, '');
  if (w.length < 3) return null;
  return table.find(([stem]) => stem.test(w))?.[1] ?? null;
}

/** A Bulgarian month name or abbreviation ("май", "юли", "септември", "сеп.") → 1–12, else null. */
export function parseBgMonth(word: string): number | null {
  return monthOf(BG_MONTHS, word.trim());
}

/** An English month name or abbreviation ("Jun", "June", "Sept.") → 1–12, else null. */
export function parseEnMonth(word: string): number | null {
  return monthOf(EN_MONTHS, word.trim());
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO date for a real calendar day (31.02 is not one), else null. */
export function isoDate(year: number, month: number, day = 1): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  // Day count of the month from UTC arithmetic: no local time zone is involved.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > days) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const at = (date: string | null, precision: DatePrecision): DateText | null =>
  date ? { date, precision } : null;

// "г." / "г" / "год." after a year, and the "от"/"до" some pages put before a date.
const YEAR_WORD = /\s*(?:г\.?|год\.?|година)$/u;

function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(YEAR_WORD, '')
    .trim();
}

/** Numeric forms: `2013-08-06`, `2013-08`, `2013`, `06.08.2013`, `6.8.2013`, `08.2013`, `06/08/2013`. */
export function parseNumericDate(text: string): DateText | null {
  const s = clean(text);
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return at(isoDate(+m[1], +m[2], +m[3]), 'DAY');
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return at(isoDate(+m[1], +m[2]), 'MONTH');
  m = /^(\d{4})$/.exec(s);
  if (m) return at(isoDate(+m[1], 1), 'YEAR');
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m) return at(isoDate(+m[3], +m[2], +m[1]), 'DAY');
  m = /^(\d{1,2})[./](\d{4})$/.exec(s);
  if (m) return at(isoDate(+m[2], +m[1]), 'MONTH');
  return null;
}

/** Bulgarian: `25 май 2015`, `25 май 2015 г.`, `юли 2013 г.`, and the numeric forms. */
export function parseBgDate(text: string): DateText | null {
  const numeric = parseNumericDate(text);
  if (numeric) return numeric;
  const s = clean(text);
  let m = /^(\d{1,2})\.?\s+(\p{L}+\.?)\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = parseBgMonth(m[2]);
    return month ? at(isoDate(+m[3], month, +m[1]), 'DAY') : null;
  }
  m = /^(\p{L}+\.?)\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = parseBgMonth(m[1]);
    return month ? at(isoDate(+m[2], month), 'MONTH') : null;
  }
  return null;
}

/** English (ИСУН's English pages): `01 Jun, 2016`, `1 June 2016`, `Jun 1, 2016`, `June 2016`. */
export function parseEnDate(text: string): DateText | null {
  const s = clean(text);
  let m = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = parseEnMonth(m[2]);
    return month ? at(isoDate(+m[3], month, +m[1]), 'DAY') : null;
  }
  m = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = parseEnMonth(m[1]);
    return month ? at(isoDate(+m[3], month, +m[2]), 'DAY') : null;
  }
  m = /^([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s);
  if (m) {
    const month = parseEnMonth(m[1]);
    return month ? at(isoDate(+m[2], month), 'MONTH') : null;
  }
  return null;
}

/** Any of the forms above, whichever language the text is in. */
export function parseDateText(text: string): DateText | null {
  return parseBgDate(text) ?? parseEnDate(text);
}

const PRECISIONS: readonly DatePrecision[] = ['DAY', 'MONTH', 'YEAR'];

/**
 * A period from its two ends, at the coarser precision of the two (a MONTH start and a DAY end is a
 * MONTH period); `backwards` when it ends before it starts (the caller reports it).
 */
export function periodFrom(
  from: DateText | undefined,
  to: DateText | undefined,
): { period: { from?: string; to?: string; precision: DatePrecision }; backwards: boolean } | undefined {
  if (!from && !to) return undefined;
  const rank = Math.max(...[from, to].flatMap((d) => (d ? [PRECISIONS.indexOf(d.precision)] : [])));
  return {
    period: {
      ...(from ? { from: from.date } : {}),
      ...(to ? { to: to.date } : {}),
      precision: PRECISIONS[rank],
    },
    backwards: !!from && !!to && from.date > to.date,
  };
}
