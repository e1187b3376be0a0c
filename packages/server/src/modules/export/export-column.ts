import { plainText } from '../../common/rich-text';

/** One cell of an export: JSON keeps its type, CSV writes it as text. */
export type Cell = string | number | boolean | null;

/** Which execution of the list a column reads: the Bulgarian one, or the English one. */
export type ColumnLocale = 'bg' | 'en';

/**
 * A column of an export: its name in the header (and the JSON key), the path of its value in a
 * list's node (dot-separated; crossing a list yields every item's value) and how the values
 * found there become one cell.
 */
export interface ExportColumn {
  name: string;
  path: string;
  /** `en`: read from the English execution, empty where the record served Bulgarian instead. */
  locale: ColumnLocale;
  format(values: readonly unknown[]): Cell;
}

/** Several related values in one cell (municipality names, themes), as a spreadsheet reads them. */
export const JOINER = ' | ';

const present = (values: readonly unknown[]) =>
  values.filter((v) => v !== null && v !== undefined && v !== '');

/** The one value as served (a number stays a number in JSON); none: empty. */
function single(values: readonly unknown[]): Cell {
  const [value] = present(values);
  if (value === undefined) return null;
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/** Every value, joined: related names. */
function joined(values: readonly unknown[]): Cell {
  const items = present(values).map(String);
  return items.length ? items.join(JOINER) : null;
}

/** Rich text (sanitized HTML or plain text) as the plain words a spreadsheet can show. */
function plain(values: readonly unknown[]): Cell {
  const items = present(values).map((v) => plainText(String(v)));
  return items.length ? items.join(JOINER) : null;
}

/**
 * A date-time as the API serializes it: ISO 8601 in UTC with its offset (`2026-12-04T16:53:40.000Z`),
 * which every spreadsheet and program reads without guessing a time zone.
 */
function dateTime(values: readonly unknown[]): Cell {
  const [value] = present(values);
  if (value === undefined) return null;
  return value instanceof Date ? value.toISOString() : String(value);
}

const column = (name: string, path: string, format: ExportColumn['format'], locale: ColumnLocale = 'bg') => ({
  name,
  path,
  locale,
  format,
});

/** A value as the API serves it: ids, slugs, statuses, codes, dates (`YYYY-MM-DD`), decimals (exact strings). */
export const value = (name: string, path = name): ExportColumn => column(name, path, single);

/** A date-time, ISO 8601 with its offset. */
export const at = (name: string, path = name): ExportColumn => column(name, path, dateTime);

/** Related names in one cell, joined with ` | `. */
export const names = (name: string, path: string): ExportColumn => column(name, path, joined);

/** A localized text as two columns, `<name>_bg` and `<name>_en` (empty when not translated). */
export const bilingual = (name: string, path = name): ExportColumn[] => [
  column(`${name}_bg`, path, joined, 'bg'),
  column(`${name}_en`, path, joined, 'en'),
];

/** A localized rich text as two plain-text columns. */
export const bilingualPlain = (name: string, path = name): ExportColumn[] => [
  column(`${name}_bg`, path, plain, 'bg'),
  column(`${name}_en`, path, plain, 'en'),
];
