import { stringify } from 'csv-stringify/sync';
import type { Cell, ExportColumn } from './export-column';
import type { ExportFormatName, Separator } from './export-params';

/** How an export's bytes are laid out: a start, pages of rows, an end. */
export interface ExportFormat {
  contentType: string;
  start(columns: readonly ExportColumn[]): string;
  /** A page of rows; `first`: no row was written before it. */
  rows(columns: readonly ExportColumn[], rows: readonly Cell[][], first: boolean): string;
  end(): string;
}

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * before one) gets a leading `'`, as OWASP advises against CSV injection: a partner's text must
 * not become a formula on a foundation employee's computer. Numbers are written as they are.
 */
export function defused(cell: Cell): string | number | boolean | null {
  if (typeof cell !== 'string') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * UTF-8 with a byte-order mark (Excel reads the file as UTF-8 only with it; without it Cyrillic
 * turns into mojibake), `;` between fields by default (Excel in a Bulgarian locale, whose decimal
 * mark is a comma, splits on `;`), CRLF line ends, quotes only where a value needs them.
 */
function csv(separator: Separator): ExportFormat {
  const options = { delimiter: separator, record_delimiter: 'windows' as const, cast: { boolean: String } };
  return {
    contentType: 'text/csv; charset=utf-8',
    start: (columns) => `\uFEFF${stringify([columns.map((c) => c.name)], options)}`,
    rows: (_columns, rows) =>
      rows.length
        ? stringify(
            rows.map((row) => row.map(defused)),
            options,
          )
        : '',
    end: () => '',
  };
}

const record = (columns: readonly ExportColumn[], row: readonly Cell[]) =>
  JSON.stringify(Object.fromEntries(columns.map((c, i) => [c.name, row[i]])));

/** One JSON array, written record by record (never built whole in memory). */
const json: ExportFormat = {
  contentType: 'application/json; charset=utf-8',
  start: () => '[',
  rows: (columns, rows, first) =>
    rows.map((row, i) => `${first && i === 0 ? '\n' : ',\n'}${record(columns, row)}`).join(''),
  end: () => '\n]\n',
};

/** Newline-delimited JSON: one record a line, for sets too large to parse as one document. */
const ndjson: ExportFormat = {
  contentType: 'application/x-ndjson; charset=utf-8',
  start: () => '',
  rows: (columns, rows) => rows.map((row) => `${record(columns, row)}\n`).join(''),
  end: () => '',
};

export function exportFormat(name: ExportFormatName, separator: Separator): ExportFormat {
  if (name === 'csv') return csv(separator);
  return name === 'json' ? json : ndjson;
}
