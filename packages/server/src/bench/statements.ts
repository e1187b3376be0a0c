import { startObmen } from '../app/bootstrap';
import type { Logger } from '../app/logger';
import { sendJson } from './http';
import { inProcessConfig } from './obmen-config';
import { DETAIL_QUERY, graphqlPost, listQuery } from './shapes';

export const PAGE_SIZES = [1, 20, 100] as const;

export interface StatementCounts {
  /** Q1 at each page size. */
  list: Record<number, number>;
  /** Q2: one practice, no page size. */
  detail: number;
}

/**
 * SQL statements one request sends, read from Obmen's own statement counter (db/sql-logger.ts)
 * before and after it; Obmen runs in this process for that, on the benchmark's database.
 * Each request is sent once first, so start-up work (a first query plan, a cache) is not counted.
 */
export async function countStatements(url: string, slug: string, logger: Logger): Promise<StatementCounts> {
  const obmen = await startObmen(inProcessConfig({ kind: 'postgres', url }), logger);
  try {
    const base = `http://127.0.0.1:${obmen.server.port}`;
    const count = async (request: ReturnType<typeof graphqlPost>) => {
      await sendJson(base, request);
      const before = obmen.database.sql.statements;
      await sendJson(base, request);
      return obmen.database.sql.statements - before;
    };
    const list: Record<number, number> = {};
    for (const size of PAGE_SIZES) list[size] = await count(graphqlPost(listQuery(`first: ${size}`)));
    const detail = await count(graphqlPost(DETAIL_QUERY, { slug }));
    return { list, detail };
  } finally {
    await obmen.stop();
  }
}
