import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/*
 * Hot reads (lists and lookups) as named prepared statements on PostgreSQL: a practice with its
 * relations plans in ~2 ms and runs in ~1 ms, so planning it once per connection instead of per
 * request halves the database's share of a partner's read. The statement text depends only on
 * the query's shape (selection, filter, reader kind), never on values, so the set of names is
 * small; past MAX_NAMED distinct texts per process the rest go unnamed, which bounds what each
 * connection keeps. PGlite (one session in this process) and reads inside a transaction go
 * through TypeORM as before.
 */

const MAX_NAMED = 500;
const names = new Map<string, string>();

function statementName(sql: string): string | undefined {
  let name = names.get(sql);
  if (!name && names.size < MAX_NAMED) {
    name = `obmen_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

/** Rows of a read outside any transaction: prepared on PostgreSQL, through TypeORM on PGlite. */
export async function preparedRows(
  ds: DataSource,
  sql: string,
  parameters: unknown[],
): Promise<Record<string, unknown>[]> {
  const pool = (ds.driver as { master?: unknown }).master;
  if (!(pool instanceof Pool)) return ds.query(sql, parameters);
  // The statement counter and the trace log see it like any other (db/sql-logger.ts).
  ds.logger.logQuery(sql, parameters);
  try {
    const result = await pool.query({ name: statementName(sql), text: sql, values: parameters });
    return result.rows as Record<string, unknown>[];
  } catch (error) {
    ds.logger.logQueryError(error as Error, sql, parameters);
    throw error;
  }
}

/** The raw rows of a select built with TypeORM's query builder. */
export async function rawRows<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): Promise<Record<string, unknown>[]> {
  // A builder made from a transaction's manager carries its runner: stay inside it.
  const runner = (query as unknown as { queryRunner?: unknown }).queryRunner;
  if (runner !== undefined || query.expressionMap.queryEntity) return query.getRawMany();
  const [sql, parameters] = query.getQueryAndParameters();
  return preparedRows(query.connection, sql, parameters);
}
