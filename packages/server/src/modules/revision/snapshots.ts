import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Contact } from '../../common/contact';
import { restoreTranslationStamps, TRANSLATION_KEY, type TranslationStamps } from '../../common/localized';
import type { PeriodColumns } from '../../common/period';

/**
 * Building blocks of revision snapshots. A snapshot is a record in the shape of its update
 * input (relations included), so restoring a revision is an ordinary update with it.
 * Keys starting with `_` are bookkeeping that restore needs but a diff does not show.
 */

// Both live in common/localized.ts (CrudService restores the stamps); re-exported for importers.
export { restoreTranslationStamps, TRANSLATION_KEY };

/** Snapshot fields that are date-times: JSON keeps them as strings, inputs want Dates. */
const DATE_TIME_FIELDS = new Set(['publishedAt', 'publishAt', 'consentGivenAt']);

/** A plain JSON copy: dates become ISO strings, undefined disappears. */
export function toJson<T extends object>(value: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

export function isBookkeeping(key: string): boolean {
  return key.startsWith('_');
}

export function translationOf(record: TranslationStamps): Record<string, unknown> {
  return { [TRANSLATION_KEY]: { bg: record.bgRevisedAt ?? null, en: record.enRevisedAt ?? null } };
}

export function periodOfRecord(record: PeriodColumns) {
  return { from: record.periodFrom, to: record.periodTo, precision: record.periodPrecision };
}

export function contactOf(contact: Contact | null | undefined) {
  return {
    person: contact?.person ?? null,
    address: contact?.address ?? null,
    phone: contact?.phone ?? null,
    email: contact?.email ?? null,
    website: contact?.website ?? null,
  };
}

/**
 * Values of one column of the records a many-to-many relation links to (e.g. theme slugs),
 * sorted. Trashed targets are left out, as every read leaves them out.
 */
export async function linkedValues(
  manager: EntityManager,
  owner: EntityTarget<ObjectLiteral>,
  relation: string,
  ownerId: string,
  column?: string,
): Promise<string[]> {
  const meta = manager.connection.getMetadata(owner).findRelationWithPropertyPath(relation);
  const junction = meta?.junctionEntityMetadata;
  if (!meta || !junction) throw new Error(`${relation} is not a many-to-many relation`);
  const [ownerColumn] = meta.isOwning ? junction.ownerColumns : junction.inverseColumns;
  const [targetColumn] = meta.isOwning ? junction.inverseColumns : junction.ownerColumns;
  const target = meta.inverseEntityMetadata;
  const key = target.primaryColumns[0].databaseName;
  const value = column ? target.findColumnWithPropertyName(column)!.databaseName : key;
  const live = target.deleteDateColumn ? `AND t.${target.deleteDateColumn.databaseName} IS NULL` : '';
  const rows: { v: string }[] = await manager.query(
    `SELECT t.${value}::text AS v FROM ${junction.tableName} j JOIN ${target.tableName} t ` +
      `ON t.${key} = j.${targetColumn.databaseName} WHERE j.${ownerColumn.databaseName} = $1 ${live} ORDER BY 1`,
    [ownerId],
  );
  return rows.map((row) => row.v);
}

/** Indicators of a practice or project in their order, as `IndicatorInput`s. */
export async function indicatorsOf(
  manager: EntityManager,
  ownerColumn: 'practice_id' | 'project_id',
  ownerId: string,
): Promise<Record<string, unknown>[]> {
  return manager.query(
    'SELECT i.label, i.value::text AS value, i.unit, i.period, tg.slug AS "targetGroup" FROM indicator i ' +
      'LEFT JOIN target_group tg ON tg.id = i.target_group_id AND tg.deleted_at IS NULL ' +
      `WHERE i.${ownerColumn} = $1 ORDER BY i.position`,
    [ownerId],
  );
}

/**
 * A revision's snapshot as update input fields, date-times revived. Bookkeeping keys stay:
 * `assign` ignores them, and CrudService reads the translation stamps from them on restore.
 */
export function inputFromSnapshot(snapshot: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    input[key] = DATE_TIME_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value;
  }
  return input;
}

interface TaggedRecord extends PeriodColumns {
  id: string;
  status: string;
  publishAt: Date | null;
}

/** The fields of `TaggedContentInput` (practices and projects) as a snapshot holds them. */
export async function taggedSnapshot(
  manager: EntityManager,
  owner: EntityTarget<ObjectLiteral>,
  record: TaggedRecord,
  indicatorColumn: 'practice_id' | 'project_id',
): Promise<Record<string, unknown>> {
  return {
    status: record.status,
    publishAt: record.publishAt ?? null,
    period: periodOfRecord(record),
    municipalityCodes: await linkedValues(manager, owner, 'municipalities', record.id),
    themes: await linkedValues(manager, owner, 'themes', record.id, 'slug'),
    targetGroups: await linkedValues(manager, owner, 'targetGroups', record.id, 'slug'),
    serviceTypes: await linkedValues(manager, owner, 'serviceTypes', record.id, 'slug'),
    indicators: await indicatorsOf(manager, indicatorColumn, record.id),
  };
}
