import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import type { ChangeAuthor } from '../audit';

/** Who deleted each trashed record of a type, from the latest `<type>.delete` audit entry. */
export const deletedBy = (ctx: Context, entityType: string) =>
  ctx.loaders.get(
    `trash.deletedBy.${entityType}`,
    () =>
      new DataLoader<string, ChangeAuthor | null>(async (ids) => {
        const rows: {
          entity_id: string;
          actor_id: string | null;
          actor_kind: string;
          name: string | null;
        }[] = await ctx.dataSource.query(
          'SELECT DISTINCT ON (a.entity_id) a.entity_id, a.actor_id, a.actor_kind, u.name FROM audit_entry a ' +
            `LEFT JOIN "user" u ON u.id = a.actor_id AND a.actor_kind = 'user' ` +
            'WHERE a.entity_type = $1 AND a.entity_id = ANY($2::uuid[]) AND a.action = $3 ' +
            'ORDER BY a.entity_id, a.at DESC',
          [entityType, [...ids], `${entityType.toLowerCase()}.delete`],
        );
        const byId = new Map(
          rows.map((r) => [
            r.entity_id,
            { kind: r.actor_kind, userId: r.actor_kind === 'user' ? r.actor_id : null, name: r.name },
          ]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
