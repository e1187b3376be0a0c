import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PublishableEntity } from './base.entity';
import { type Principal, seesUnpublished } from './principal';
import { ContentStatus } from './status';

/*
 * Who may read a record: nobody reads the trash (soft-deleted rows), and only staff read
 * content that is not PUBLISHED. Every read of a record, whether a root query or a relation
 * from another record, goes through this rule; the loaders in common/loaders.ts apply it.
 */

/** Content that goes through the editorial workflow, so its status decides who sees it. */
export function hasWorkflow(entity: Function): boolean {
  return entity === PublishableEntity || entity.prototype instanceof PublishableEntity;
}

/** Whether anyone may be kept from some records of `meta`. */
export function hasVisibilityRule(meta: EntityMetadata): boolean {
  return meta.deleteDateColumn !== undefined || hasWorkflow(meta.target as Function);
}

/** The rule as SQL over `alias`, a table of `meta` ('TRUE' when anyone may read any row). */
export function visibleRows(meta: EntityMetadata, alias: string, principal: Principal): string {
  const conditions: string[] = [];
  if (meta.deleteDateColumn) conditions.push(`${alias}.${meta.deleteDateColumn.databaseName} IS NULL`);
  if (hasWorkflow(meta.target as Function) && !seesUnpublished(principal))
    conditions.push(`${alias}.status = '${ContentStatus.PUBLISHED}'`);
  return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
}

/** The rule for a list query of the services (TypeORM already leaves out soft-deleted rows). */
export function whereVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  principal: Principal,
): void {
  if (!seesUnpublished(principal)) {
    query.andWhere(`${query.alias}.status = :visibleStatus`, { visibleStatus: ContentStatus.PUBLISHED });
  }
}

/** The rule for one record already read, e.g. by a `practice(id: …)` lookup. */
export function isVisible(record: object, principal: Principal): boolean {
  if ((record as { deletedAt?: Date | null }).deletedAt) return false;
  if (!(record instanceof PublishableEntity)) return true;
  return seesUnpublished(principal) || record.status === ContentStatus.PUBLISHED;
}
