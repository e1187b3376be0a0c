import DataLoader from 'dataloader';
import type { EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../../common/context';
import { hydrate, selectColumns } from '../../common/hydrate';
import { groupBy } from '../../common/loaders';
import { visibleRows } from '../../common/visibility';
import { currentMembership } from './partner-network.filters';

const CURRENT_MEMBERS =
  '(SELECT DISTINCT network_id, organization_id FROM network_membership nm ' +
  `WHERE nm.network_id = ANY($1) AND ${currentMembership('nm')})`;

/**
 * The newest `limit` records of each network's current members, for all networks of a page
 * in one statement (a window function ranks them per network).
 */
function memberContentLoader<E extends ObjectLiteral>(
  ctx: Context,
  meta: EntityMetadata,
  ownership: string,
  order: string,
  limit: number,
) {
  const sql =
    `SELECT * FROM (SELECT m.network_id AS "__owner", ${selectColumns(meta, 'r', 'c_')}, ` +
    `row_number() OVER (PARTITION BY m.network_id ORDER BY ${order}, r.id) AS "__rank" ` +
    `FROM ${meta.tableName} r JOIN ${ownership} o ON o.record_id = r.id ` +
    `JOIN ${CURRENT_MEMBERS} m ON m.organization_id = o.organization_id ` +
    `WHERE ${visibleRows(meta, 'r', ctx.principal)} ` +
    `GROUP BY m.network_id, r.id) ranked WHERE "__rank" <= $2 ORDER BY "__rank"`;
  return new DataLoader<string, E[]>(async (networkIds) => {
    const rows: Record<string, unknown>[] = await ctx.dataSource.query(sql, [[...networkIds], limit]);
    const groups = groupBy(rows, (row) => String(row.__owner));
    return networkIds.map((id) =>
      (groups.get(id) ?? []).map((row) => hydrate<E>(ctx.dataSource, meta, row, 'c_')),
    );
  });
}

/**
 * The newest `limit` records of `entity` per network of its current members, batched per
 * request: for the modules that add their records to `PartnerNetwork`. `ownership` is SQL
 * listing `record_id, organization_id` pairs; `order` is SQL over the record alias `r`.
 */
export function memberContent<E extends ObjectLiteral>(
  ctx: Context,
  entity: EntityTarget<E>,
  ownership: string,
  order: string,
  limit: number,
): DataLoader<string, E[]> {
  const meta = ctx.dataSource.getMetadata(entity);
  return ctx.loaders.get(`network.members.${meta.name}.${limit}`, () =>
    memberContentLoader<E>(ctx, meta, ownership, order, limit),
  );
}
