import { Field, ObjectType } from 'type-graphql';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { SearchCapability, SearchPlace } from '../../common/module';
import { collectFacets, FacetCount, type FacetRow, TERM_LABEL, termJoin } from '../content';
import { type SearchFilter, SearchType } from './search.inputs';

@ObjectType({
  description:
    "A search's facets: counts of what it finds under its filter and types, each facet without its own " +
    'filter (choosing one district still shows the other districts’ counts); most first.',
})
export class SearchFacets {
  @Field(() => [FacetCount], { description: 'By type (the `types` argument; value PRACTICE, PROJECT…).' })
  types: FacetCount[];

  @Field(() => [FacetCount], { description: 'By district (filter districtCodes).' })
  districts: FacetCount[];

  @Field(() => [FacetCount], { description: 'By municipality (filter municipalityCodes).' })
  municipalities: FacetCount[];

  @Field(() => [FacetCount], { description: 'By theme (filter themes; practices and projects).' })
  themes: FacetCount[];

  @Field(() => [FacetCount], {
    description: 'By target group (filter targetGroups; practices and projects).',
  })
  targetGroups: FacetCount[];

  @Field(() => [FacetCount], {
    description: 'By service type (filter serviceTypes; practices and projects).',
  })
  serviceTypes: FacetCount[];
}

type Dimension = keyof SearchFacets;
type FilterKey = keyof SearchFilter;

/** The type's matching records under a filter (search.service.ts typeQuery); null when it cannot match. */
export type TypeQuery = (
  capability: SearchCapability,
  filter: SearchFilter,
) => SelectQueryBuilder<ObjectLiteral> | null;

const ENUM_NAME = new Map<string, string>(Object.entries(SearchType).map(([name, value]) => [value, name]));

/** Joins from `f` (a type's matching ids) to its municipalities `m`. */
function placeJoin(place: SearchPlace, table: string): string {
  return 'column' in place
    ? `JOIN "${table}" r ON r.id = f.id JOIN municipality m ON m.code = r.${place.column}`
    : `JOIN ${place.table} j ON j.${place.ownerColumn} = f.id JOIN municipality m ON m.code = j.${place.valueColumn}`;
}

/** What a dimension reads of one type, or null when the type has no such dimension. */
function reading(
  dimension: Dimension,
  capability: SearchCapability,
  table: string,
): { joins: string; value: string; label: { bg: string; en: string } | null } | null {
  const { place, tags } = capability;
  switch (dimension) {
    case 'types':
      return { joins: '', value: `'${ENUM_NAME.get(capability.typeName)}'`, label: null };
    case 'districts':
      return place
        ? {
            joins: `${placeJoin(place, table)} JOIN district d ON d.code = m.district_code`,
            value: 'd.code',
            label: { bg: 'd.name_bg', en: 'd.name_en' },
          }
        : null;
    case 'municipalities':
      return place
        ? { joins: placeJoin(place, table), value: 'm.code', label: { bg: 'm.name_bg', en: 'm.name_en' } }
        : null;
    case 'themes':
      return tags ? { joins: termJoin(tags.theme, 'theme'), value: 't.slug', label: TERM_LABEL } : null;
    case 'targetGroups':
      return tags
        ? { joins: termJoin(tags.targetGroup, 'target_group'), value: 't.slug', label: TERM_LABEL }
        : null;
    case 'serviceTypes':
      return tags
        ? { joins: termJoin(tags.serviceType, 'service_type'), value: 't.slug', label: TERM_LABEL }
        : null;
  }
}

/** The filter key a dimension leaves out (types is an argument of its own). */
const OWN_FILTER: Record<Exclude<Dimension, 'types'>, FilterKey> = {
  districts: 'districtCodes',
  municipalities: 'municipalityCodes',
  themes: 'themes',
  targetGroups: 'targetGroups',
  serviceTypes: 'serviceTypes',
};

/**
 * Every facet of a search in one statement: per dimension and type, the type's own search query
 * (its visibility rule, the search and the filter without the dimension's key) reduced to ids and
 * counted by the dimension's value. `types` counts every searchable type, whatever `types` asked.
 */
export async function searchFacets(
  ds: DataSource,
  asked: readonly SearchCapability[],
  all: readonly SearchCapability[],
  filter: SearchFilter,
  typeQuery: TypeQuery,
  locale: 'bg' | 'en',
): Promise<SearchFacets> {
  const facets: SearchFacets = {
    types: [],
    districts: [],
    municipalities: [],
    themes: [],
    targetGroups: [],
    serviceTypes: [],
  };
  const parameters: ObjectLiteral = {};
  const parts: string[] = [];
  for (const dimension of Object.keys(facets) as Dimension[]) {
    const narrowed = dimension === 'types' ? filter : { ...filter, [OWN_FILTER[dimension]]: null };
    for (const capability of dimension === 'types' ? all : asked) {
      const table = ds.getMetadata(capability.entity).tableName;
      const read = reading(dimension, capability, table);
      const query = read && typeQuery(capability, narrowed);
      if (!read || !query) continue;
      const ids = query.select(`${query.alias}.id`, 'id');
      Object.assign(parameters, ids.getParameters());
      const label = read.label ?? { bg: 'NULL', en: 'NULL' };
      parts.push(
        `(SELECT '${dimension}' AS facet, ${read.value} AS value, ${label.bg} AS label_bg, ${label.en} AS label_en, ` +
          `'${capability.typeName}' AS type, f.id FROM (${ids.getQuery()}) f ${read.joins})`,
      );
    }
  }
  if (!parts.length) return facets;
  const [sql, values] = ds.driver.escapeQueryWithParameters(
    'SELECT facet, value, label_bg, label_en, count(DISTINCT (type, id))::int AS count ' +
      `FROM (${parts.join(' UNION ALL ')}) counted GROUP BY 1, 2, 3, 4`,
    parameters,
  );
  const rows: FacetRow<Dimension>[] = await ds.query(sql, values);
  collectFacets(facets, rows, locale);
  return facets;
}
