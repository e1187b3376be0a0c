import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';

/** Adds every column of `meta` to a raw select as `<prefix><column>`. */
export function selectColumns(meta: EntityMetadata, alias: string, prefix: string): string {
  return meta.columns.map((c) => `${alias}.${c.databaseName} AS "${prefix}${c.databaseName}"`).join(', ');
}

/**
 * Builds an entity from a raw row selected with `selectColumns`, converting values as
 * TypeORM would (dates, enums, json), for queries TypeORM's mapper cannot express.
 */
export function hydrate<E extends ObjectLiteral>(
  ds: DataSource,
  meta: EntityMetadata,
  row: Record<string, unknown>,
  prefix: string,
): E {
  const entity = meta.create() as E;
  for (const column of meta.columns) {
    column.setEntityValue(
      entity,
      ds.driver.prepareHydratedValue(row[`${prefix}${column.databaseName}`], column),
    );
  }
  return entity;
}
