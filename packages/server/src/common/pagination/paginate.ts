import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fieldError, Reason } from '../errors';
import { hydrate } from '../hydrate';
import { longTextsOf, type PrefetchPlan } from '../prefetch';
import { rawRows } from '../prepared';
import { type ConnectionArgs, type ConnectionResult, DEFAULT_PAGE_SIZE, SortDirection } from './connection';
import { type CursorType, decodeCursor, encodeCursor } from './cursor';

/** How a list is ordered: an SQL expression over the query's alias, never NULL, and its type. */
export interface SortKey {
  expression: string;
  sqlType: Exclude<CursorType, 'uuid'>;
  direction: SortDirection;
}

/** The unique column that breaks ties between equal sort keys. */
export interface TieBreaker {
  column: string;
  sqlType: Extract<CursorType, 'uuid' | 'text'>;
}

const BY_ID: TieBreaker = { column: 'id', sqlType: 'uuid' };

/** first with last, or after with before: refused, naming the second. */
export function checkPagingArgs(args: ConnectionArgs): void {
  if (args.first != null && args.last != null) {
    throw fieldError('last', 'Use either first or last, not both', Reason.mutuallyExclusive, {
      other: 'first',
    });
  }
  if (args.after != null && args.before != null) {
    throw fieldError('before', 'Use either after or before, not both', Reason.mutuallyExclusive, {
      other: 'after',
    });
  }
}

/**
 * Keyset pagination: one statement returns the page (one extra row tells whether more
 * follow) and, through a scalar sub-query over the same filter, the total count — only when
 * it will be read (`countTotal`), since counting reads every matching row.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sort: SortKey,
  args: ConnectionArgs,
  { tie = BY_ID, prefetch }: { tie?: TieBreaker; prefetch?: PrefetchPlan } = {},
): Promise<ConnectionResult<T>> {
  checkPagingArgs(args);
  const alias = query.alias;
  const backwards = args.last != null || (args.before != null && args.first == null);
  const size = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const cursorText = backwards ? args.before : args.after;
  const cursorArg = backwards ? 'before' : 'after';

  const count = query.clone().select('COUNT(*)::int').orderBy();
  const counted = args.countTotal !== false;
  const page = query.clone();
  if (counted) page.addSelect(`(${count.getQuery()})`, '__total');
  page.addSelect(`(${sort.expression})::text`, '__key');

  const ascending = (sort.direction === SortDirection.ASC) !== backwards;
  if (cursorText) {
    const cursor = decodeCursor(cursorText, cursorArg, { key: sort.sqlType, id: tie.sqlType });
    const op = ascending ? '>' : '<';
    page.andWhere(
      `(${sort.expression}, ${alias}.${tie.column}) ${op} (CAST(:__cursorKey AS ${sort.sqlType}), CAST(:__cursorId AS ${tie.sqlType}))`,
      { __cursorKey: cursor.key, __cursorId: cursor.id },
    );
  }
  const direction = ascending ? 'ASC' : 'DESC';
  page
    .orderBy(sort.expression, direction)
    .addOrderBy(`${alias}.${tie.column}`, direction)
    .limit(size + 1);

  prefetch?.select(page);
  // Raw rows mapped once (hydrate): TypeORM's entity transformer costs more than the statement.
  const raw: Record<string, unknown>[] = size === 0 ? [] : await rawRows(page);
  const meta = query.expressionMap.mainAlias!.metadata;
  const rows = raw.slice(0, size).map((row) => {
    const node = hydrate<T>(query.connection, meta, row, `${alias}_`);
    prefetch?.attach(node, row);
    return { node, cursor: encodeCursor({ key: row.__key as string, id: String(node[tie.column]) }) };
  });
  const more = raw.length > size;
  if (backwards) rows.reverse();

  const totalCount = !counted
    ? 0
    : raw.length > 0
      ? Number(raw[0].__total)
      : Number((await count.getRawOne<{ count: number }>())?.count ?? 0);

  return {
    edges: rows,
    totalCount,
    pageInfo: {
      hasNextPage: backwards ? cursorText != null : more,
      hasPreviousPage: backwards ? more : cursorText != null,
      startCursor: rows[0]?.cursor ?? null,
      endCursor: rows[rows.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * Leaves out of a list's statement the long texts its entity registered (registerLongTexts) that
 * its query does not show: a partner's page of
 * titles does not move every description (kilobytes each) out of the database. All are read
 * when the nodes' `localization` is asked (it looks at every text) or the selection is unknown.
 * Call it on a fresh query builder, before anything adds its own selections.
 */
export function skipUnreadTexts<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
): void {
  const read = args.nodeFields;
  if (!read || read.has('localization')) return;
  const { metadata, name } = query.expressionMap.mainAlias!;
  const skipped = new Set(longTextsOf(metadata.target as Function).filter((text) => !read.has(text)));
  if (!skipped.size) return;
  query.select(
    metadata.columns
      .filter((column) => !skipped.has(column.propertyPath))
      .map((column) => `${name}.${column.propertyPath}`),
  );
}
