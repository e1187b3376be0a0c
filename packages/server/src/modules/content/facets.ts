import { Field, Int, ObjectType } from 'type-graphql';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Junction } from '../../common/filters';
import type { Locale } from '../../common/localized';

@ObjectType({ description: 'One value of a facet and how many records of the list have it.' })
export class FacetCount {
  @Field({ description: 'What a filter takes: a code, slug, id, enum value or year.' })
  value: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its name in the locale; null for enum values and years.',
  })
  label: string | null;

  @Field(() => Int)
  count: number;
}

const FACET_NOTE =
  "Counts of the records the reader may see under the list's filter, except this facet's own " +
  "filter (choosing one district still shows the other districts' counts); most first.";

@ObjectType({ description: `A list's facets. ${FACET_NOTE}` })
export class Facets {
  @Field(() => [FacetCount], { description: 'By district (filter districtCodes).' })
  districts: FacetCount[];

  @Field(() => [FacetCount], { description: 'By municipality (filter municipalityCodes).' })
  municipalities: FacetCount[];

  @Field(() => [FacetCount], { description: 'By theme (filter themes).' })
  themes: FacetCount[];

  @Field(() => [FacetCount], { description: 'By target group (filter targetGroups).' })
  targetGroups: FacetCount[];

  @Field(() => [FacetCount], { description: 'By service type (filter serviceTypes).' })
  serviceTypes: FacetCount[];

  @Field(() => [FacetCount], {
    description:
      "By the kind of the record's organization (the practice's innovator, the project's lead; filter organizationKinds).",
  })
  organizationKinds: FacetCount[];

  @Field(() => [FacetCount], {
    description: "By year: of the period's start, else of publication (filter years).",
  })
  years: FacetCount[];

  @Field(() => [FacetCount], {
    nullable: true,
    description: 'By funder (projects; filter funderIds). Null for practices.',
  })
  funders: FacetCount[] | null;

  @Field(() => [FacetCount], {
    nullable: true,
    description: 'By editorial status (filter statuses): staff only, null for the public and partners.',
  })
  statuses: FacetCount[] | null;
}

type FacetName = keyof Facets;

/** One facet's SQL over `f`, the ids of the filtered records: joins, the value, its labels. */
export interface FacetDimension {
  name: FacetName;
  /** The filter keys this facet leaves out (its own dimension). */
  ignores: readonly string[];
  joins: string;
  value: string;
  label?: { bg: string; en: string };
}

/** The year a record belongs to for facets and the `years` filter: its period's start, else its publication. */
export const RECORD_YEAR = (alias: string): string =>
  `EXTRACT(year FROM COALESCE(${alias}.period_from, ${alias}.published_at))::int`;

/** A term's name in both languages (English falls back to Bulgarian), over alias `t`. */
export const TERM_LABEL = { bg: "t.label->>'bg'", en: "COALESCE(t.label->>'en', t.label->>'bg')" };

/** Joins from `f` (the counted ids) through a junction to its terms `t` outside the trash. */
export const termJoin = (j: Junction, termTable: string): string =>
  `JOIN ${j.table} j ON j.${j.ownerColumn} = f.id JOIN ${termTable} t ON t.id = j.${j.valueColumn} AND t.deleted_at IS NULL`;

/** A facets statement's row: which facet, the value, its names, how many. */
export interface FacetRow<N extends string = string> {
  facet: N;
  value: string | null;
  label_bg: string | null;
  label_en: string | null;
  count: number;
}

/** Rows into the facets' lists, most first and then by name; a row without a value (no year) is in none. */
export function collectFacets<N extends string>(
  lists: Record<N, FacetCount[]>,
  rows: readonly FacetRow<N>[],
  locale: string,
): void {
  for (const row of rows) {
    if (row.value === null) continue;
    lists[row.facet].push({
      value: row.value,
      label: (locale === 'en' ? row.label_en : row.label_bg) ?? null,
      count: Number(row.count),
    });
  }
  for (const list of Object.values<FacetCount[]>(lists)) {
    list.sort((a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value, 'bg'));
  }
}

/** The facets every tagged list has, over its table and junction tables. */
export function taggedFacets(
  table: string,
  tables: {
    municipality: Junction;
    theme: Junction;
    targetGroup: Junction;
    serviceType: Junction;
    organizationColumn: string;
  },
): FacetDimension[] {
  const place = (j: Junction) =>
    `JOIN ${j.table} j ON j.${j.ownerColumn} = f.id JOIN municipality m ON m.code = j.${j.valueColumn}`;
  const own = `JOIN ${table} r ON r.id = f.id`;
  const labelled = (alias: string) => ({ bg: `${alias}.name_bg`, en: `${alias}.name_en` });
  return [
    {
      name: 'districts',
      ignores: ['districtCodes'],
      joins: `${place(tables.municipality)} JOIN district d ON d.code = m.district_code`,
      value: 'd.code',
      label: labelled('d'),
    },
    {
      name: 'municipalities',
      ignores: ['municipalityCodes'],
      joins: place(tables.municipality),
      value: 'm.code',
      label: labelled('m'),
    },
    {
      name: 'themes',
      ignores: ['themes'],
      joins: termJoin(tables.theme, 'theme'),
      value: 't.slug',
      label: TERM_LABEL,
    },
    {
      name: 'targetGroups',
      ignores: ['targetGroups'],
      joins: termJoin(tables.targetGroup, 'target_group'),
      value: 't.slug',
      label: TERM_LABEL,
    },
    {
      name: 'serviceTypes',
      ignores: ['serviceTypes'],
      joins: termJoin(tables.serviceType, 'service_type'),
      value: 't.slug',
      label: TERM_LABEL,
    },
    {
      name: 'organizationKinds',
      ignores: ['organizationKinds'],
      joins: `${own} JOIN organization o ON o.id = r.${tables.organizationColumn} AND o.deleted_at IS NULL`,
      value: 'o.kind::text',
    },
    { name: 'years', ignores: ['years'], joins: own, value: `${RECORD_YEAR('r')}::text` },
    { name: 'statuses', ignores: ['statuses'], joins: own, value: 'r.status::text' },
  ];
}

/**
 * Every facet in one statement: per dimension, the list's own filtered query (built by `filtered`
 * without that dimension's filter, so visibility and every other filter apply exactly as in the
 * list) reduced to its ids and counted by the dimension's value.
 */
export async function countFacets<F extends object>(
  ds: DataSource,
  dimensions: readonly FacetDimension[],
  filter: F,
  filtered: (filter: F) => SelectQueryBuilder<ObjectLiteral>,
  locale: Locale,
  include: (name: FacetName) => boolean = () => true,
): Promise<Facets> {
  const chosen = dimensions.filter((d) => include(d.name));
  const parameters: ObjectLiteral = {};
  const parts: string[] = [];
  for (const dimension of chosen) {
    const narrowed = Object.fromEntries(
      Object.entries(filter).filter(([key]) => !dimension.ignores.includes(key)),
    ) as F;
    const query = filtered(narrowed);
    const ids = query.select(`${query.alias}.id`, 'id').orderBy();
    Object.assign(parameters, ids.getParameters());
    const label = dimension.label ?? { bg: 'NULL', en: 'NULL' };
    parts.push(
      `(SELECT '${dimension.name}' AS facet, ${dimension.value} AS value, ${label.bg} AS label_bg, ` +
        `${label.en} AS label_en, count(DISTINCT f.id)::int AS count FROM (${ids.getQuery()}) f ` +
        `${dimension.joins} GROUP BY 2, 3, 4)`,
    );
  }
  const facets: Facets = {
    districts: [],
    municipalities: [],
    themes: [],
    targetGroups: [],
    serviceTypes: [],
    organizationKinds: [],
    years: [],
    funders: null,
    statuses: null,
  };
  if (!parts.length) return facets;
  const [sql, values] = ds.driver.escapeQueryWithParameters(parts.join(' UNION ALL '), parameters);
  const rows: FacetRow<FacetName>[] = await ds.query(sql, values);
  const lists = Object.fromEntries(chosen.map((d) => [d.name, [] as FacetCount[]])) as Record<
    FacetName,
    FacetCount[]
  >;
  collectFacets(lists, rows, locale);
  Object.assign(facets, lists);
  return facets;
}
