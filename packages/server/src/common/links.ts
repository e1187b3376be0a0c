import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Replaces the rows of a many-to-many junction table for one owner (undefined = unchanged).
 * Two statements whatever the number of links.
 */
export async function replaceLinks(
  manager: EntityManager,
  owner: EntityTarget<ObjectLiteral>,
  relation: string,
  ownerId: string,
  targetIds: readonly string[] | null | undefined,
): Promise<void> {
  if (targetIds === undefined) return;
  const meta = manager.connection.getMetadata(owner).findRelationWithPropertyPath(relation);
  const junction = meta?.junctionEntityMetadata;
  if (!meta || !junction) throw new Error(`${relation} is not a many-to-many relation`);
  const [ownerColumn] = meta.isOwning ? junction.ownerColumns : junction.inverseColumns;
  const [targetColumn] = meta.isOwning ? junction.inverseColumns : junction.ownerColumns;
  const targetType = targetColumn.type === 'uuid' ? 'uuid' : 'varchar';
  await manager.query(`DELETE FROM ${junction.tableName} WHERE ${ownerColumn.databaseName} = $1`, [ownerId]);
  const unique = [...new Set(targetIds ?? [])];
  if (unique.length === 0) return;
  await manager.query(
    `INSERT INTO ${junction.tableName} (${ownerColumn.databaseName}, ${targetColumn.databaseName}) ` +
      `SELECT $1, x FROM unnest($2::${targetType}[]) AS x`,
    [ownerId, unique],
  );
}
