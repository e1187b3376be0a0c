import DataLoader from 'dataloader';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral, RelationMetadata } from 'typeorm';
import { hydrate, selectColumns } from './hydrate';
import type { Principal } from './principal';
import { hasVisibilityRule, visibleRows } from './visibility';

/** Per-request DataLoaders, created on first use so a request pays only for what it selects. */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Who is reading, in one request. The loaders below take it, not a bare connection, so no
 * relation can load a record without the visibility rule (common/visibility.ts):
 * a nullable relation to a record the reader may not see is null, a list leaves it out.
 */
export interface Reader {
  readonly dataSource: DataSource;
  readonly principal: Principal;
  readonly loaders: LoaderRegistry;
}

/** Records by primary key, one statement per type and request, shared by every field. */
export function recordById<E extends ObjectLiteral>(
  reader: Reader,
  entity: EntityTarget<E>,
): DataLoader<string, E | null> {
  const meta = reader.dataSource.getMetadata(entity);
  const [key] = meta.primaryColumns;
  return reader.loaders.get(`byId:${meta.name}`, () => {
    return new DataLoader<string, E | null>(async (ids) => {
      const rows = await reader.dataSource
        .getRepository(entity)
        .createQueryBuilder('t')
        .where(`t.${key.databaseName} = ANY(:ids)`, { ids: [...ids] })
        .andWhere(visibleRows(meta, 't', reader.principal))
        .getMany();
      const byId = new Map(rows.map((row) => [String(key.getEntityValue(row)), row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}

/**
 * Required references of a child other than its parent, to records with a visibility rule:
 * a project partner whose organization is in the trash goes with it.
 */
export function guardedReferences(meta: EntityMetadata, parentKey: string): RelationMetadata[] {
  return meta.manyToOneRelations.filter(
    (relation) =>
      relation.joinColumns.length === 1 &&
      !relation.joinColumns[0].isNullable &&
      relation.joinColumns[0].propertyName !== parentKey &&
      hasVisibilityRule(relation.inverseEntityMetadata),
  );
}

/** The children of many parents in one statement, in the given order, as the reader may see them. */
export function childRecords<E extends ObjectLiteral>(
  reader: Reader,
  entity: EntityTarget<E>,
  parentKey: keyof E & string,
  order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>>,
): DataLoader<string, E[]> {
  const meta = reader.dataSource.getMetadata(entity);
  const name = `children:${meta.name}.${parentKey}:${JSON.stringify(order)}`;
  return reader.loaders.get(name, () => {
    return new DataLoader<string, E[]>(async (parentIds) => {
      const query = reader.dataSource
        .getRepository(entity)
        .createQueryBuilder('c')
        .where(`c.${parentKey} = ANY(:parentIds)`, { parentIds: [...parentIds] })
        .andWhere(visibleRows(meta, 'c', reader.principal));
      guardedReferences(meta, parentKey).forEach((relation, i) => {
        const target = relation.inverseEntityMetadata;
        const [targetKey] = target.primaryColumns;
        const on = `r${i}.${targetKey.databaseName} = c.${relation.joinColumns[0].databaseName}`;
        query.innerJoin(
          target.target,
          `r${i}`,
          `${on} AND ${visibleRows(target, `r${i}`, reader.principal)}`,
        );
      });
      for (const [key, direction] of Object.entries(order)) query.addOrderBy(`c.${key}`, direction);
      const groups = groupBy(await query.getMany(), (row) => String(row[parentKey]));
      return parentIds.map((id) => groups.get(id) ?? []);
    });
  });
}

/** The junction table TypeORM generated for a many-to-many `relation` (either side), seen from `owner`. */
export function junctionOf(ds: DataSource, owner: EntityTarget<ObjectLiteral>, relation: string) {
  const meta = ds.getMetadata(owner).findRelationWithPropertyPath(relation);
  const junction = meta?.junctionEntityMetadata;
  if (!meta || !junction) throw new Error(`${String(owner)}.${relation} is not a many-to-many relation`);
  const [ownerColumn] = meta.isOwning ? junction.ownerColumns : junction.inverseColumns;
  const [targetColumn] = meta.isOwning ? junction.inverseColumns : junction.ownerColumns;
  const target = meta.inverseEntityMetadata;
  return {
    table: junction.tableName,
    ownerColumn: ownerColumn.databaseName,
    targetColumn: targetColumn.databaseName,
    target,
    targetKey: target.primaryColumns[0].databaseName,
  };
}

/**
 * A many-to-many relation for many owners in one statement, reading the junction table
 * TypeORM generated for `relation` (either side) and joining the target table; never a row in
 * the trash. `order` is SQL over the alias `t`, and so is `where`, an extra condition.
 * Resolvers use `relatedRecords`, which adds the visibility rule for the reader.
 */
function relatedLoader<E extends ObjectLiteral>(
  ds: DataSource,
  owner: EntityTarget<ObjectLiteral>,
  relation: string,
  order: string,
  where: string | ((target: EntityMetadata) => string) = '',
) {
  const { table, ownerColumn, targetColumn, target, targetKey } = junctionOf(ds, owner, relation);
  const notDeleted = target.deleteDateColumn ? `AND t.${target.deleteDateColumn.databaseName} IS NULL` : '';
  const condition = typeof where === 'function' ? where(target) : where;
  const sql =
    `SELECT j.${ownerColumn} AS "__owner", ${selectColumns(target, 't', 'c_')} ` +
    `FROM "${table}" j JOIN "${target.tableName}" t ON t.${targetKey} = j.${targetColumn} ` +
    `WHERE j.${ownerColumn} = ANY($1) ${notDeleted} ${condition ? `AND ${condition}` : ''} ORDER BY ${order}`;
  return new DataLoader<string, E[]>(async (ownerIds) => {
    // Raw rows, hydrated by hand: TypeORM's entity mapping would merge a target shared by two owners.
    const raw: Record<string, unknown>[] = await ds.query(sql, [[...ownerIds]]);
    const groups = groupBy(raw, (row) => String(row.__owner));
    return ownerIds.map((id) => (groups.get(id) ?? []).map((row) => hydrate<E>(ds, target, row, 'c_')));
  });
}

/** A many-to-many relation (see relatedLoader) as the reader may see it, batched per request. */
export function relatedRecords<E extends ObjectLiteral>(
  reader: Reader,
  owner: EntityTarget<ObjectLiteral>,
  relation: string,
  order: string,
): DataLoader<string, E[]> {
  const name = `related:${reader.dataSource.getMetadata(owner).name}.${relation}`;
  return reader.loaders.get(name, () =>
    relatedLoader<E>(reader.dataSource, owner, relation, order, (target) =>
      visibleRows(target, 't', reader.principal),
    ),
  );
}
