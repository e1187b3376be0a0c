import type { EntityMetadata } from 'typeorm';
import type { PrefetchPlan } from './prefetch';

/*
 * The statement of `practice(slug: …)` and the other lookups, written once per shape: what it
 * reads depends on the entity, the key and the plan (the relations the query selects and
 * whether the reader sees drafts), never on the value, which is $1. Building it with TypeORM's
 * query builder on every request cost more than running it.
 */

const MAX_SHAPES = 500;
const statements = new Map<string, string>();

export function lookupStatement(meta: EntityMetadata, column: 'id' | 'slug', plan: PrefetchPlan): string {
  const key = `${meta.name}|${column}|${plan.key}`;
  let sql = statements.get(key);
  if (sql === undefined) {
    const selects = [
      ...meta.columns.map((c) => `record.${c.databaseName} AS "record_${c.databaseName}"`),
      ...plan.columns('record').map(([expression, name]) => `${expression} AS "${name}"`),
    ];
    const notDeleted = meta.deleteDateColumn
      ? ` AND record.${meta.deleteDateColumn.databaseName} IS NULL`
      : '';
    sql = `SELECT ${selects.join(', ')} FROM "${meta.tableName}" record WHERE record.${column} = $1${notDeleted}`;
    if (statements.size < MAX_SHAPES) statements.set(key, sql);
  }
  return sql;
}
