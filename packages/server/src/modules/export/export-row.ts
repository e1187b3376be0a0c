import type { Cell, ExportColumn } from './export-column';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** Whether an English value is really English: the record did not fall back to Bulgarian for it. */
function translated(owner: Node, field: string): boolean {
  const localization = owner.localization as { fallbackFields?: string[] } | undefined;
  return !localization?.fallbackFields?.includes(field);
}

/** Every value at `path` below `node`, crossing lists; English values only where translated. */
export function valuesAt(node: unknown, path: readonly string[], english: boolean): unknown[] {
  if (Array.isArray(node)) return node.flatMap((item) => valuesAt(item, path, english));
  if (!isNode(node)) return [];
  const [field, ...rest] = path;
  if (!rest.length) {
    if (english && !translated(node, field)) return [];
    const leaf = node[field];
    return Array.isArray(leaf) ? leaf : [leaf];
  }
  return valuesAt(node[field], rest, english);
}

/** One record's row: each column from the Bulgarian or the English execution's node. */
export function rowOf(columns: readonly ExportColumn[], bg: unknown, en: unknown): Cell[] {
  return columns.map((column) => {
    const english = column.locale === 'en';
    return column.format(valuesAt(english ? en : bg, column.path.split('.'), english));
  });
}
