import type { DataSource } from 'typeorm';
import { junctionOf } from '../../common/loaders';
import { type Principal, PUBLIC } from '../../common/principal';
import { visibleRows } from '../../common/visibility';
import { Practice } from '../practice';
import { Project } from '../project';

/** A checked StatisticsFilter: empty lists and nulls mean "any". */
export interface StatisticsScope {
  districtCodes: readonly string[];
  municipalityCodes: readonly string[];
  themes: readonly string[];
  targetGroups: readonly string[];
  yearFrom: number | null;
  yearTo: number | null;
  /** Whose view the figures count: the public's (staff too: published only), or a partner token's (OWN: its own). */
  reader: Principal;
}

export type RecordKind = 'practice' | 'project';
const ENTITY = { practice: Practice, project: Project } as const;

/** Positional parameters of one statement; a value used by several parts is sent once. */
export class Parameters {
  readonly values: unknown[] = [];
  private readonly named = new Map<string, string>();

  /** `$n` for the value under `key` (the same `$n` every time the key is asked for). */
  ref(key: string, value: unknown): string {
    let ref = this.named.get(key);
    if (!ref) {
      this.values.push(value);
      ref = `$${this.values.length}`;
      this.named.set(key, ref);
    }
    return ref;
  }
}

/**
 * A record's year: the year its period starts, else the year it was first published, in
 * Bulgaria's time zone (a practice published at 00:30 on 1 January is of the new year).
 */
export const recordYear = (alias: string) =>
  `COALESCE(EXTRACT(YEAR FROM ${alias}.period_from), ` +
  `EXTRACT(YEAR FROM ${alias}.published_at AT TIME ZONE 'Europe/Sofia'))::int`;

/**
 * SQL selecting `kind, id, year` of the records a figure counts: published and outside the trash
 * for everyone (common/visibility.ts with the public or a partner token as reader: an OWN token's
 * own records only), matching every given criterion
 * of the scope. The statement text depends only on which criteria are given, never on values.
 */
export function chosenRecords(
  ds: DataSource,
  scope: StatisticsScope,
  kinds: readonly RecordKind[],
  params: Parameters,
): string {
  return kinds
    .map((kind) => {
      const entity = ENTITY[kind];
      const meta = ds.getMetadata(entity);
      const where = [visibleRows(meta, 'r', scope.reader), ...criteria(ds, entity, scope, params)];
      return (
        `SELECT '${kind}'::text AS kind, r.id, ${recordYear('r')} AS year ` +
        `FROM ${meta.tableName} r WHERE ${where.join(' AND ')}`
      );
    })
    .join(' UNION ALL ');
}

function criteria(
  ds: DataSource,
  entity: typeof Practice | typeof Project,
  scope: StatisticsScope,
  params: Parameters,
): string[] {
  const where: string[] = [];
  const places = junctionOf(ds, entity, 'municipalities');
  const placed = (condition: string) =>
    `EXISTS (SELECT 1 FROM ${places.table} j JOIN ${places.target.tableName} m ` +
    `ON m.${places.targetKey} = j.${places.targetColumn} WHERE j.${places.ownerColumn} = r.id AND ${condition})`;
  if (scope.districtCodes.length)
    where.push(placed(`m.district_code = ANY(${params.ref('districts', scope.districtCodes)})`));
  if (scope.municipalityCodes.length)
    where.push(placed(`m.code = ANY(${params.ref('municipalities', scope.municipalityCodes)})`));
  const tagged = (relation: 'themes' | 'targetGroups', slugs: readonly string[]) => {
    const terms = junctionOf(ds, entity, relation);
    return (
      `EXISTS (SELECT 1 FROM ${terms.table} j JOIN ${terms.target.tableName} t ` +
      `ON t.${terms.targetKey} = j.${terms.targetColumn} WHERE j.${terms.ownerColumn} = r.id ` +
      `AND ${visibleRows(terms.target, 't', PUBLIC)} AND t.slug = ANY(${params.ref(relation, slugs)}))`
    );
  };
  if (scope.themes.length) where.push(tagged('themes', scope.themes));
  if (scope.targetGroups.length) where.push(tagged('targetGroups', scope.targetGroups));
  if (scope.yearFrom !== null)
    where.push(`${recordYear('r')} >= ${params.ref('yearFrom', scope.yearFrom)}::int`);
  if (scope.yearTo !== null) where.push(`${recordYear('r')} <= ${params.ref('yearTo', scope.yearTo)}::int`);
  return where;
}
