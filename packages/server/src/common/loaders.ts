import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { hydrate, selectColumns } from './hydrate';

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

/** Loads records by primary key; missing or deleted ones come back as null. */
export function byIdLoader<E extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<E>, key = 'id') {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await ds.getRepository(entity).findBy({ [key]: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [String(row[key]), row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads the children of many parents in one statement, in the given order. */
export function childrenLoader<E extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<E>,
  parentKey: keyof E & string,
  order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>>,
) {
  return new DataLoader<string, E[]>(async (parentIds) => {
    const rows = await ds
      .getRepository(entity)
      .find({ where: { [parentKey]: In([...parentIds]) } as never, order: order as never });
    const groups = groupBy(rows, (row) => String(row[parentKey]));
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/**
 * Loads a many-to-many relation for many owners in one statement, reading the junction
 * table TypeORM generated for `relation` (either side) and joining the target table.
 * `order` is SQL over the alias `t`.
 */
export function relatedLoader<E extends ObjectLiteral>(
  ds: DataSource,
  owner: EntityTarget<ObjectLiteral>,
  relation: string,
  order: string,
  /** Extra SQL condition on the target `t`, e.g. published only. */
  where = '',
) {
  const meta = ds.getMetadata(owner).findRelationWithPropertyPath(relation);
  const junction = meta?.junctionEntityMetadata;
  if (!meta || !junction) throw new Error(`${String(owner)}.${relation} is not a many-to-many relation`);
  const [ownerColumn] = meta.isOwning ? junction.ownerColumns : junction.inverseColumns;
  const [targetColumn] = meta.isOwning ? junction.inverseColumns : junction.ownerColumns;
  const target = meta.inverseEntityMetadata;
  const targetKey = target.primaryColumns[0].databaseName;
  const notDeleted = target.deleteDateColumn ? `AND t.${target.deleteDateColumn.databaseName} IS NULL` : '';
  const sql =
    `SELECT j.${ownerColumn.databaseName} AS "__owner", ${selectColumns(target, 't', 'c_')} ` +
    `FROM ${junction.tableName} j JOIN ${target.tableName} t ON t.${targetKey} = j.${targetColumn.databaseName} ` +
    `WHERE j.${ownerColumn.databaseName} = ANY($1) ${notDeleted} ${where ? `AND ${where}` : ''} ORDER BY ${order}`;
  return new DataLoader<string, E[]>(async (ownerIds) => {
    // Raw rows, hydrated by hand: TypeORM's entity mapping would merge a target shared by two owners.
    const raw: Record<string, unknown>[] = await ds.query(sql, [[...ownerIds]]);
    const groups = groupBy(raw, (row) => String(row.__owner));
    return ownerIds.map((id) => (groups.get(id) ?? []).map((row) => hydrate<E>(ds, target, row, 'c_')));
  });
}
