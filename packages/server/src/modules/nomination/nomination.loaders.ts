import { registerPrefetch, scalar } from '../../common/prefetch';
import { Practice } from '../practice';
import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { NominationStatus } from './nomination.entity';

/** Approved nominations per practice, for many practices in one statement. */
/** The same count inside the statement that reads practices (common/prefetch.ts). */
registerPrefetch(
  Practice,
  'nominationCount',
  scalar(
    (practice) =>
      `(SELECT COUNT(*)::int FROM nomination n WHERE n.practice_id = ${practice}.id ` +
      `AND n.status = '${NominationStatus.APPROVED}' AND n.deleted_at IS NULL)`,
  ),
);

export const approvedNominationCount = (ctx: Context) =>
  ctx.loaders.get(
    'nomination.approvedCount',
    () =>
      new DataLoader<string, number>(async (practiceIds) => {
        const rows: { practice_id: string; count: number }[] = await ctx.dataSource.query(
          'SELECT practice_id, COUNT(*)::int AS count FROM nomination ' +
            'WHERE practice_id = ANY($1) AND status = $2 AND deleted_at IS NULL GROUP BY practice_id',
          [[...practiceIds], NominationStatus.APPROVED],
        );
        const counts = new Map(rows.map((row) => [row.practice_id, Number(row.count)]));
        return practiceIds.map((id) => counts.get(id) ?? 0);
      }),
  );
