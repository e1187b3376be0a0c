/**
 * Where the export button of a list screen downloads from: `/export/<list>.<format>` with the
 * list query's own variables, so the file holds exactly what the screen filters and orders
 * (every page of it). The page, its size and the display language are left out: the export reads
 * the whole list and has both languages as columns.
 */

/** The lists the server exports (`GET /export/<list>.csv`), by their root query's name. */
export type ExportList =
  | 'practices'
  | 'projects'
  | 'organizations'
  | 'partnerNetworks'
  | 'volunteerProgrammes'
  | 'volunteers'
  | 'nominations';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Variables of a list query that are not a filter or an order. */
const NOT_EXPORTED = new Set(['first', 'last', 'after', 'before', 'locale']);

/** Nothing to pass: a missing value, or an empty filter object. */
function absent(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'object' && !Array.isArray(value)) {
    return Object.values(value).every((v) => v === undefined);
  }
  return false;
}

/** A query string value as the export reads it: a text or an enum as it is, anything else as JSON. */
const paramValue = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

export function exportHref(
  list: ExportList,
  variables: Readonly<Record<string, unknown>>,
  format: ExportFormat,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(variables).sort(([a], [b]) => a.localeCompare(b))) {
    if (NOT_EXPORTED.has(name) || absent(value)) continue;
    params.set(name, paramValue(value));
  }
  const query = params.toString();
  return `/export/${list}.${format}${query ? `?${query}` : ''}`;
}
