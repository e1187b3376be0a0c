import type { PeriodDraft } from '../import.types';
import { parseBgMonth, parseEnMonth } from './dates-text';

/*
 * Dates and periods as Bulgarian and English pages write them: "25 май 2015", "15.08.2016 г.",
 * "юли 2013 г. – декември, 2015 г.", "от 15.08.2016 г. – 15.08.2018 г.", "May 25, 2015".
 */

/** Any word: a month only when dates-text.ts knows it (its table, shared with the other parsers). */
const MONTH = '\\p{L}{3,}\\.?';
const month = (word: string): number | undefined => parseBgMonth(word) ?? parseEnMonth(word) ?? undefined;
const YEAR_MARK = '(?:\\s*г\\.?)?';
/** One date: its text pattern and how to read it (groups are the pattern's own). */
const DATE_FORMS: { pattern: string; read(m: string[]): Point | null }[] = [
  {
    pattern: `(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${YEAR_MARK}`,
    read: (m) => day(+m[2], +m[0], +m[1]),
  },
  {
    pattern: `(\\d{1,2})\\s+(${MONTH}),?\\s+(\\d{4})${YEAR_MARK}`,
    read: (m) => day(+m[2], +m[0], month(m[1])),
  },
  {
    pattern: `(${MONTH})\\s+(\\d{1,2}),\\s+(\\d{4})`,
    read: (m) => day(+m[2], +m[1], month(m[0])),
  },
  {
    pattern: `(${MONTH}),?\\s+(\\d{4})${YEAR_MARK}`,
    read: (m) => {
      const number = month(m[0]);
      return number ? { from: iso(+m[1], number, 1), to: monthEnd(+m[1], number), precision: 'MONTH' } : null;
    },
  },
  {
    pattern: `(\\d{4})${YEAR_MARK}`,
    read: (m) => ({ from: `${m[0]}-01-01`, to: `${m[0]}-12-31`, precision: 'YEAR' }),
  },
];

interface Point {
  from: string;
  to: string;
  precision: PeriodDraft['precision'];
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const monthEnd = (y: number, m: number) => iso(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());

function day(y: number, d: number, m: number | undefined): Point | null {
  if (!m || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return { from: iso(y, m, d), to: iso(y, m, d), precision: 'DAY' };
}

/** One date anywhere at the start of `text` (after spaces), with the length it took. */
function readPoint(text: string): { point: Point; length: number } | null {
  for (const form of DATE_FORMS) {
    const match = new RegExp(`^\\s*${form.pattern}`, 'iu').exec(text);
    if (!match) continue;
    const point = form.read(match.slice(1));
    if (point) return { point, length: match[0].length };
  }
  return null;
}

/** A single day ("25 май 2015", "06.08.2013", "01 Jun, 2016") as YYYY-MM-DD, or null. */
export function parseDay(text: string): string | null {
  const read = readPoint(text.trim());
  return read && read.point.precision === 'DAY' && !text.trim().slice(read.length).trim()
    ? read.point.from
    : null;
}

const PRECISION_ORDER: PeriodDraft['precision'][] = ['DAY', 'MONTH', 'YEAR'];

/**
 * A range "X – Y" (also "от X до Y", "X - Y") at the start of `text`: from the first day of X to
 * the last of Y, at the coarser of the two precisions. Null when `text` does not start with one.
 */
export function parsePeriod(text: string): PeriodDraft | null {
  const rest = text.replace(/^\s*(от|from)\s+/iu, '');
  const start = readPoint(rest);
  if (!start) return null;
  const dash = /^\s*(–|—|-|до|to|until)\s*/iu.exec(rest.slice(start.length));
  if (!dash) return null;
  const end = readPoint(rest.slice(start.length + dash[0].length));
  if (!end || end.point.to < start.point.from) return null;
  const precision =
    PRECISION_ORDER[
      Math.max(PRECISION_ORDER.indexOf(start.point.precision), PRECISION_ORDER.indexOf(end.point.precision))
    ];
  return { from: start.point.from, to: end.point.to, precision };
}

/**
 * An ISO date-time for a date a page gives without a time: 09:00 in Sofia (the working morning of
 * that day), so that the date reads the same in Sofia and in UTC — midnight in Sofia is the day
 * before in UTC.
 */
export function sofiaMorning(date: string): string {
  const probe = new Date(`${date}T06:00:00Z`);
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Sofia',
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(probe);
  const offset = Number(local) - 6;
  return `${date}T09:00:00+${String(offset).padStart(2, '0')}:00`;
}
