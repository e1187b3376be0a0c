import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PublishableEntity } from './base.entity';
import { type Ownership, ownership, type Principal, seesUnpublished } from './principal';
import { ContentStatus } from './status';

/*
 * Who may read a record: nobody reads the trash (soft-deleted rows), only staff read
 * content that is not PUBLISHED, and a partner token of scope OWN reads only its own records
 * (OWNERS below). Every read of a record, whether a root query or a relation from another
 * record, goes through this rule; the loaders in common/loaders.ts apply it.
 */

/**
 * Whose a record is, per entity name: the column (and property) holding the owning organization,
 * or the network itself. Entities not listed (taxonomies, geography, children read through their
 * parent) are not narrowed by ownership. Names, not classes: common/ imports no module.
 */
const OWNERS: Record<string, { column: string; property: string; of: keyof Ownership }> = {
  Practice: { column: 'organization_id', property: 'organizationId', of: 'organizationIds' },
  Project: { column: 'lead_organization_id', property: 'leadOrganizationId', of: 'organizationIds' },
  VolunteerProgramme: { column: 'organization_id', property: 'organizationId', of: 'organizationIds' },
  Organization: { column: 'id', property: 'id', of: 'organizationIds' },
  PartnerNetwork: { column: 'id', property: 'id', of: 'networkIds' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids as an SQL array literal: they come from the database, and are checked again before inlining. */
function uuidArray(ids: readonly string[]): string {
  if (!ids.every((id) => UUID.test(id))) throw new Error('ownership ids must be uuids');
  return `'{${ids.join(',')}}'::uuid[]`;
}

/** The ownership part of the rule as SQL over `alias` ('TRUE' when the reader is not kept to its own). */
export function ownedRows(meta: EntityMetadata, alias: string, principal: Principal): string {
  const own = ownership(principal);
  const owner = own && OWNERS[meta.name];
  if (!owner) return 'TRUE';
  return `${alias}.${owner.column} = ANY(${uuidArray(own[owner.of])})`;
}

/** Tells apart readers the rule treats differently, for statements cached by their text. */
export function readerKey(principal: Principal): string {
  if (seesUnpublished(principal)) return 'staff';
  const own = ownership(principal);
  return own ? `own(${own.organizationIds.join(',')}|${own.networkIds.join(',')})` : 'public';
}

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
  const owned = ownedRows(meta, alias, principal);
  if (owned !== 'TRUE') conditions.push(owned);
  return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
}

/** The rule for a list query of the services (TypeORM already leaves out soft-deleted rows). */
export function whereVisible<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  principal: Principal,
): void {
  const meta = query.expressionMap.mainAlias!.metadata;
  if (hasWorkflow(meta.target as Function) && !seesUnpublished(principal)) {
    query.andWhere(`${query.alias}.status = :visibleStatus`, { visibleStatus: ContentStatus.PUBLISHED });
  }
  const owned = ownedRows(meta, query.alias, principal);
  if (owned !== 'TRUE') query.andWhere(owned);
}

/** The rule for one record already read, e.g. by a `practice(id: …)` lookup. */
export function isVisible(record: object, principal: Principal): boolean {
  if ((record as { deletedAt?: Date | null }).deletedAt) return false;
  if (
    record instanceof PublishableEntity &&
    !seesUnpublished(principal) &&
    record.status !== ContentStatus.PUBLISHED
  )
    return false;
  const own = ownership(principal);
  const owner = own && OWNERS[record.constructor.name];
  if (!owner) return true;
  const value = (record as Record<string, unknown>)[owner.property];
  return typeof value === 'string' && own[owner.of].includes(value);
}
