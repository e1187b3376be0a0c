import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

let seq = 0;
/** Parameter names unique within a statement, so filters never overwrite each other's values. */
export function param(name: string): string {
  seq = (seq + 1) % 1_000_000;
  return `${name}_${seq}`;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

/** Case-insensitive substring match over localized jsonb fields (both languages) and plain columns. */
export function whereSearch<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  search: string | null | undefined,
  localized: string[],
  plain: string[] = [],
): void {
  const text = search?.trim();
  if (!text) return;
  const p = param('search');
  const alias = query.alias;
  const parts = [
    ...localized.flatMap((field) => [`${alias}.${field}->>'bg'`, `${alias}.${field}->>'en'`]),
    ...plain.map((field) => `${alias}.${field}`),
  ].map((expr) => `${expr} ILIKE :${p}`);
  query.andWhere(`(${parts.join(' OR ')})`, { [p]: `%${escapeLike(text)}%` });
}

export function whereIn<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  values: readonly string[] | null | undefined,
): void {
  if (!values?.length) return;
  const p = param('in');
  query.andWhere(`${query.alias}.${column} IN (:...${p})`, { [p]: values });
}

/** Records linked through a junction table to any of the given values. */
export function whereLinked<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  junction: Junction,
  values: readonly string[] | null | undefined,
): void {
  if (!values?.length) return;
  const p = param('linked');
  query.andWhere(
    `EXISTS (SELECT 1 FROM ${junction.table} j WHERE j.${junction.ownerColumn} = ${query.alias}.id AND j.${junction.valueColumn} IN (:...${p}))`,
    { [p]: values },
  );
}

export interface Junction {
  table: string;
  ownerColumn: string;
  valueColumn: string;
}

/**
 * `municipalityCodes` / `districtCodes` filters, for records placed either through a junction
 * table (many municipalities) or through one municipality column of their own.
 */
export function wherePlaced<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  place: Junction | { column: string },
  filter: { municipalityCodes?: string[] | null; districtCodes?: string[] | null },
): void {
  const alias = query.alias;
  if ('column' in place) {
    whereIn(query, place.column, filter.municipalityCodes);
    if (filter.districtCodes?.length) {
      const p = param('districts');
      query.andWhere(
        `EXISTS (SELECT 1 FROM municipality m WHERE m.code = ${alias}.${place.column} AND m.district_code IN (:...${p}))`,
        { [p]: filter.districtCodes },
      );
    }
    return;
  }
  whereLinked(query, place, filter.municipalityCodes);
  if (filter.districtCodes?.length) {
    const p = param('districts');
    query.andWhere(
      `EXISTS (SELECT 1 FROM ${place.table} j JOIN municipality m ON m.code = j.${place.valueColumn} ` +
        `WHERE j.${place.ownerColumn} = ${alias}.id AND m.district_code IN (:...${p}))`,
      { [p]: filter.districtCodes },
    );
  }
}

/** Records whose [from, to] period overlaps [activeFrom, activeTo]; open ends are unbounded. */
export function whereActive<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  fromColumn: string,
  toColumn: string,
  activeFrom: string | null | undefined,
  activeTo: string | null | undefined,
): void {
  const alias = query.alias;
  if (activeFrom || activeTo) {
    // A record with no known period cannot be said to overlap the asked one.
    query.andWhere(`(${alias}.${fromColumn} IS NOT NULL OR ${alias}.${toColumn} IS NOT NULL)`);
  }
  if (activeFrom) {
    const p = param('activeFrom');
    query.andWhere(`(${alias}.${toColumn} IS NULL OR ${alias}.${toColumn} >= :${p})`, { [p]: activeFrom });
  }
  if (activeTo) {
    const p = param('activeTo');
    query.andWhere(`(${alias}.${fromColumn} IS NULL OR ${alias}.${fromColumn} <= :${p})`, { [p]: activeTo });
  }
}

/** Records tagged (through `junction`) with any of the given taxonomy slugs. */
export function whereTagged<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  junction: Junction,
  termTable: string,
  slugs: readonly string[] | null | undefined,
): void {
  if (!slugs?.length) return;
  const p = param('tags');
  query.andWhere(
    `EXISTS (SELECT 1 FROM ${junction.table} j JOIN ${termTable} t ON t.id = j.${junction.valueColumn} ` +
      `WHERE j.${junction.ownerColumn} = ${query.alias}.id AND t.slug IN (:...${p}))`,
    { [p]: slugs },
  );
}
