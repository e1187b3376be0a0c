import { type DocumentNode, type GraphQLField, parse } from 'graphql';
import type { ExportColumn } from './export-column';

/** Rows per page the export asks the list for: the API's largest page. */
export const EXPORT_PAGE_SIZE = 100;

/** A selection set as a tree of field names; a leaf is an empty object. */
interface Selection {
  [field: string]: Selection;
}

function add(selection: Selection, segments: readonly string[]): void {
  let level = selection;
  for (const segment of segments) level = level[segment] ??= {};
}

/**
 * What the columns read, as one selection: each column's path, plus `id` (to pair a record's
 * Bulgarian and English rows) and `localization { fallbackFields }` on every object an English
 * column reads from, so an untranslated text is an empty cell rather than the Bulgarian again.
 */
export function selectionOf(columns: readonly ExportColumn[]): Selection {
  const selection: Selection = {};
  for (const column of columns) {
    const segments = column.path.split('.');
    add(selection, segments);
    if (column.locale === 'en') {
      add(selection, ['id']);
      add(selection, [...segments.slice(0, -1), 'localization', 'fallbackFields']);
    }
  }
  return selection;
}

function print(selection: Selection): string {
  return Object.entries(selection)
    .map(([field, inner]) => (Object.keys(inner).length ? `${field} { ${print(inner)} }` : field))
    .join(' ');
}

/**
 * The query one export runs page after page: the list with the arguments the caller gave (as
 * variables of the list's own argument types), `first: 100` and an `after` cursor, selecting the
 * export's columns. Built per request, naming only the given arguments, so an argument the caller
 * left out keeps the list's own default.
 */
export function exportDocument(
  field: GraphQLField<unknown, unknown>,
  columns: readonly ExportColumn[],
  given: readonly string[],
): DocumentNode {
  const args = given.map((name) => {
    const arg = field.args.find((a) => a.name === name);
    if (!arg) throw new Error(`${field.name} has no argument ${name}`);
    return arg;
  });
  const definitions = ['$after: String', ...args.map((a) => `$${a.name}: ${String(a.type)}`)].join(', ');
  const passed = [`first: ${EXPORT_PAGE_SIZE}`, 'after: $after', ...args.map((a) => `${a.name}: $${a.name}`)];
  return parse(
    `query Export(${definitions}) { list: ${field.name}(${passed.join(', ')}) ` +
      `{ pageInfo { hasNextPage endCursor } edges { node { ${print(selectionOf(columns))} } } } }`,
  );
}
