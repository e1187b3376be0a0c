/** The fields of an ordered list's items, for placing server errors on them. */
export interface ListItemFields {
  /** Where an error about a whole item shows, e.g. `label`. */
  first: string;
  /** Bilingual texts: an error without its language shows on the Bulgarian field. */
  texts: readonly string[];
  values: readonly string[];
}

/**
 * Where a server error about an ordered list (`field`, e.g. "indicators") shows in a form:
 * "indicators.2.value" as it is, "indicators.0.label" on its Bulgarian field, "indicators.3"
 * on the item's first field, and an error naming no item ("indicators.targetGroup") on the
 * list. Null when the path is not about this list.
 */
export function listItemFormPath(serverPath: string, field: string, item: ListItemFields): string | null {
  if (serverPath === field) return field;
  if (!serverPath.startsWith(`${field}.`)) return null;
  const rest = serverPath.slice(field.length + 1);
  if (item.texts.includes(rest) || item.values.includes(rest)) return field;
  const match = /^(\d+)(?:\.(\w+)(?:\.(bg|en))?)?$/.exec(rest);
  if (!match) return null;
  const [, index, name = item.first, lang] = match;
  if (item.texts.includes(name)) return `${field}.${index}.${name}.${lang ?? 'bg'}`;
  return item.values.includes(name) && !lang ? `${field}.${index}.${name}` : null;
}
