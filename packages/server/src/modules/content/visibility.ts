import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ContentStatus } from '../../common/status';
import { type Principal, seesUnpublished } from '../auth/principal';

/** SQL condition for a loader's target table `t`: published only, unless staff are asking. */
export function visibleTargets(principal: Principal): string {
  return seesUnpublished(principal) ? '' : `t.status = '${ContentStatus.PUBLISHED}'`;
}

/** The public and partner sites see published content only; staff see every status. */
export function whereVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  principal: Principal,
): void {
  if (!seesUnpublished(principal)) {
    query.andWhere(`${query.alias}.status = :visibleStatus`, { visibleStatus: ContentStatus.PUBLISHED });
  }
}

export function isVisible(record: { status: ContentStatus }, principal: Principal): boolean {
  return seesUnpublished(principal) || record.status === ContentStatus.PUBLISHED;
}
