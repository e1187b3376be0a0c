/*
 * Three-way comparison of one record's fields on a re-import: what the source gave last time
 * (`sourceBefore`), what the record held just after that import (`writtenBefore`), what the source
 * gives now (`source`) and what the record holds now (`current`). A field the source did not change
 * is left alone; one it changed is taken unless an editor changed it too, which keeps the
 * editor's value and says so.
 */

export interface MergePlan {
  /** Fields to write from the source. */
  take: string[];
  /** Fields the source changed but an editor had changed too: kept as the editor left them. */
  kept: string[];
}

export function mergePlan(
  source: Record<string, unknown>,
  sourceBefore: Record<string, unknown>,
  current: Record<string, unknown>,
  writtenBefore: Record<string, unknown>,
): MergePlan {
  const plan: MergePlan = { take: [], kept: [] };
  for (const field of Object.keys(source)) {
    if (same(source[field], sourceBefore[field]) || same(source[field], current[field])) continue;
    if (same(current[field], writtenBefore[field])) plan.take.push(field);
    else plan.kept.push(field);
  }
  return plan;
}

/** Equal as data: key order, `undefined`, null and empty strings and lists do not count. */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(normalize(value)) ?? 'null';
}

function normalize(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.length ? value.map(normalize) : null;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => [key, normalize(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return entries.length ? Object.fromEntries(entries) : null;
  }
  return value;
}

/** The fields of `record` named in `fields`, for storing and comparing. */
export function pick(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null]));
}
