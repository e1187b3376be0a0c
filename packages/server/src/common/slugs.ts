import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { ClassType } from 'type-graphql';
import { slugify } from './transliteration';

/** A Latin slug from a Bulgarian title, made unique in its table with -2, -3, … */
export async function uniqueSlug<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: ClassType<E>,
  source: string,
  ownId?: string,
): Promise<string> {
  const base = slugify(source) || 'item';
  const rows = await manager
    .createQueryBuilder(entity, 'e')
    .withDeleted()
    .select(['e.id', 'e.slug'])
    .where('(e.slug = :base OR e.slug LIKE :pattern)', { base, pattern: `${base}-%` })
    .getMany();
  const taken = new Set(rows.filter((row) => row.id !== ownId).map((row) => row.slug as string));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
