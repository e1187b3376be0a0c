import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** SQL: the membership row `alias` is in force today (joined, and not yet left). */
export function currentMembership(alias: string): string {
  return `${alias}.joined_on <= CURRENT_DATE AND (${alias}.left_on IS NULL OR ${alias}.left_on >= CURRENT_DATE)`;
}

/** Records whose organization (in `column`) is a current member of any of the networks. */
export function whereInNetworks<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  networkIds: readonly string[] | null | undefined,
): void {
  if (!networkIds?.length) return;
  query.andWhere(
    `EXISTS (SELECT 1 FROM network_membership nm WHERE nm.organization_id = ${query.alias}.${column} ` +
      `AND nm.network_id IN (:...inNetworkIds) AND ${currentMembership('nm')})`,
    { inNetworkIds: networkIds },
  );
}
