import { fieldError, Reason } from '../errors';
import { isStorableText } from '../scalars';

/** A position in an ordered list: the sort key (as SQL text) and the id that breaks ties. */
export interface CursorPosition {
  key: string | null;
  id: string;
}

/** SQL types a cursor's parts are cast to. */
export type CursorType = 'text' | 'timestamptz' | 'date' | 'int' | 'numeric' | 'uuid';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INFINITY = /^-?infinity$/;
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::(\d{2}))?(?::(\d{2}))?$/;

/** A calendar date PostgreSQL accepts: 2015-02-30 and year 0 are out of range there. */
function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isTimestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  if (!match) return false;
  const [, day, hours, minutes, seconds, offsetHours, offsetMinutes = '0', offsetSeconds = '0'] = match;
  return (
    isDate(day) &&
    Number(hours) < 24 &&
    Number(minutes) < 60 &&
    Number(seconds) < 60 &&
    Number(offsetHours) <= 15 &&
    Number(offsetMinutes) < 60 &&
    Number(offsetSeconds) < 60
  );
}

function isInt(text: string): boolean {
  const value = Number(text);
  return /^-?\d{1,10}$/.test(text) && value >= -2147483648 && value <= 2147483647;
}

/**
 * What PostgreSQL's `::text` writes for each type (ISO DateStyle), and so all a cursor made
 * here can hold. Anything else was forged, and would fail its CAST in the statement.
 */
const SHAPES: Record<CursorType, (text: string) => boolean> = {
  text: isStorableText,
  uuid: (text) => UUID.test(text),
  int: isInt,
  numeric: (text) => /^(NaN|-?\d{1,30}(\.\d{1,30})?)$/.test(text),
  date: (text) => INFINITY.test(text) || isDate(text),
  timestamptz: (text) => INFINITY.test(text) || isTimestamp(text),
};

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

/**
 * The position a cursor holds. With the types of the list's sort key and tie-breaker, a
 * position no row of that list can have is refused here, before any statement runs.
 */
export function decodeCursor(
  cursor: string,
  argument: string,
  types?: { key: CursorType; id: CursorType },
): CursorPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || value[0] === null) &&
      typeof value[1] === 'string' &&
      (!types || ((value[0] === null || SHAPES[types.key](value[0])) && SHAPES[types.id](value[1])))
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the typed error below
  }
  throw fieldError(argument, `${argument} is not a cursor returned by this list`, Reason.invalidCursor);
}
