import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fieldError, Reason } from '../../common/errors';
import { whereTagged, wherePlaced } from '../../common/filters';
import { recordById, type Reader } from '../../common/loaders';
import type { SearchCapability } from '../../common/module';
import { DEFAULT_PAGE_SIZE } from '../../common/pagination/connection';
import { checkPagingArgs } from '../../common/pagination/paginate';
import type { PreparedSearch, SearchIndexService } from '../search-index';
import { visibleRows } from '../../common/visibility';
import { searchFacets } from './search-facets';
import { highlightsOf } from './search-highlight';
import { type SearchArgs, type SearchFilter, SearchType } from './search.inputs';
import type { SearchConnection, SearchEdge } from './search.types';

/**
 * A cursor is a position in the ranking, as search engines page: relevance is not a key a record
 * keeps, so a keyset cursor would not survive a new document. Capped, like any engine's deep paging.
 */
const MAX_POSITION = 10_000;
const CURSOR_PREFIX = 'search:';

const encodeCursor = (position: number): string =>
  Buffer.from(`${CURSOR_PREFIX}${position}`).toString('base64url');

function decodeCursor(cursor: string, argument: 'after' | 'before'): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const position = Number(text.slice(CURSOR_PREFIX.length));
  if (
    !text.startsWith(CURSOR_PREFIX) ||
    !Number.isInteger(position) ||
    position < 0 ||
    position > MAX_POSITION
  ) {
    throw fieldError(argument, `${argument} is not a cursor returned by this search`, Reason.invalidCursor);
  }
  return position;
}

/** The slice of the ranking a page asks for: [start, start + size), `more` telling whether one follows. */
interface Window {
  start: number;
  size: number;
  backwards: boolean;
}

/** Where a page starts and how long it is; `total` is known when `last` pages back from the end. */
function windowOf(args: SearchArgs, total: number | null): Window {
  const backwards = args.last != null || (args.before != null && args.first == null);
  const size = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!backwards)
    return { start: args.after != null ? decodeCursor(args.after, 'after') + 1 : 0, size, backwards };
  const end = args.before != null ? decodeCursor(args.before, 'before') : (total ?? 0);
  const start = Math.max(0, end - size);
  return { start, size: end - start, backwards };
}

interface Found {
  type: string;
  id: string;
  score: string;
  total: string;
}

/** The one search across practices, projects, organizations and partner networks. */
export class SearchService {
  constructor(
    private readonly ds: DataSource,
    private readonly index: SearchIndexService,
  ) {}

  async search(args: SearchArgs, reader: Reader, locale: 'bg' | 'en'): Promise<SearchConnection> {
    checkPagingArgs(args);
    const search = await this.index.prepare(args.query, locale);
    const types = args.types?.length ? [...new Set(args.types)] : Object.values(SearchType);
    const capabilities = types.map((type) => this.index.indexed.capability(type));
    const parts = search.empty
      ? []
      : capabilities
          .map((capability) => this.typeQuery(capability, search, args.filter ?? {}, reader))
          .filter((part) => part !== null);
    const counted = args.countTotal !== false;
    // `last` without `before` pages back from the end: the total says where that is.
    const known = args.last != null && args.before == null ? await this.count(parts) : null;
    const window = windowOf(args, known);
    const found = parts.length && window.size > 0 ? await this.ranked(parts, window, counted) : [];
    const page = found.slice(0, window.size);
    const nodes = await this.load(page, capabilities, reader);
    const all = Object.values(SearchType).map((type) => this.index.indexed.capability(type));
    const facetsOf = () =>
      searchFacets(
        this.ds,
        search.empty ? [] : capabilities,
        search.empty ? [] : all,
        args.filter ?? {},
        (capability, filter) => this.typeQuery(capability, search, filter, reader),
        locale,
      );

    const edges: SearchEdge[] = [];
    page.forEach((row, i) => {
      const node = nodes.get(`${row.type}:${row.id}`);
      if (!node) return; // gone between the two statements
      const capability = this.index.indexed.capability(row.type);
      edges.push({
        node: node as SearchEdge['node'],
        cursor: encodeCursor(window.start + i),
        score: Number(row.score),
        highlights: highlightsOf(node, capability.highlights, search, locale),
      });
    });
    const more = found.length > window.size;
    const totalCount = !counted
      ? 0
      : (known ?? (found.length ? Number(found[0].total) : await this.count(parts)));
    return {
      edges,
      totalCount,
      facetsOf,
      pageInfo: {
        hasNextPage: window.backwards ? args.before != null : more,
        hasPreviousPage: window.start > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  /** One type's matching, visible records, filtered, with their relevance; null if the filter excludes the type. */
  private typeQuery(
    capability: SearchCapability,
    search: PreparedSearch,
    filter: SearchFilter,
    reader: Reader,
  ): SelectQueryBuilder<ObjectLiteral> | null {
    const placed = filter.districtCodes?.length || filter.municipalityCodes?.length;
    const tagged = filter.themes?.length || filter.targetGroups?.length || filter.serviceTypes?.length;
    if ((placed && !capability.place) || (tagged && !capability.tags)) return null;
    const meta = this.ds.getMetadata(capability.entity);
    const alias = `r_${meta.tableName}`;
    const query = this.ds.getRepository<ObjectLiteral>(capability.entity).createQueryBuilder(alias);
    query.where(visibleRows(meta, alias, reader.principal));
    if (capability.place) wherePlaced(query, capability.place, filter);
    if (capability.tags) {
      whereTagged(query, capability.tags.theme, 'theme', filter.themes);
      whereTagged(query, capability.tags.targetGroup, 'target_group', filter.targetGroups);
      whereTagged(query, capability.tags.serviceType, 'service_type', filter.serviceTypes);
    }
    const relevance = search.filter(query, capability);
    return query
      .select(`'${capability.typeName}'`, 'type')
      .addSelect(`${alias}.id`, 'id')
      .addSelect(relevance.expression, 'score');
  }

  /** The page of the ranking across types, in one statement. */
  /** The window of the ranking across types, in one statement (and the total, when it is read). */
  private async ranked(parts: SelectQueryBuilder<ObjectLiteral>[], window: Window, counted: boolean) {
    // One row more than the page tells whether another page follows.
    const limit = window.backwards ? window.size : window.size + 1;
    const total = counted ? 'count(*) OVER ()' : '0';
    return (await this.run(
      parts,
      (union) =>
        `SELECT found.type, found.id, found.score::text AS score, ${total} AS total FROM (${union}) found ` +
        'ORDER BY found.score DESC, found.type, found.id LIMIT :__limit OFFSET :__offset',
      { __limit: limit, __offset: window.start },
    )) as Found[];
  }

  /** How many records the search finds, for a page that cannot read it from its own rows. */
  private async count(parts: SelectQueryBuilder<ObjectLiteral>[]): Promise<number> {
    if (!parts.length) return 0;
    const [row] = (await this.run(
      parts,
      (union) => `SELECT count(*)::int AS total FROM (${union}) found`,
    )) as {
      total: number;
    }[];
    return Number(row.total);
  }

  /** The types' statements as one UNION ALL inside `wrap`, their parameters merged. */
  private async run(
    parts: SelectQueryBuilder<ObjectLiteral>[],
    wrap: (union: string) => string,
    extra: ObjectLiteral = {},
  ): Promise<unknown[]> {
    const union = parts.map((part) => `(${part.getQuery()})`).join(' UNION ALL ');
    const parameters = Object.assign(
      {},
      ...parts.map((part) => part.getParameters()),
      extra,
    ) as ObjectLiteral;
    const [sql, values] = this.ds.driver.escapeQueryWithParameters(wrap(union), parameters);
    return this.ds.query(sql, values);
  }

  /** The page's records, one statement per type, through the readers' visibility rule again. */
  private async load(page: Found[], capabilities: SearchCapability[], reader: Reader) {
    const nodes = new Map<string, object>();
    await Promise.all(
      capabilities.map(async (capability) => {
        const ids = page.filter((row) => row.type === capability.typeName).map((row) => row.id);
        if (!ids.length) return;
        const records = await recordById<ObjectLiteral>(reader, capability.entity).loadMany(ids);
        records.forEach((record, i) => {
          if (record && !(record instanceof Error)) nodes.set(`${capability.typeName}:${ids[i]}`, record);
        });
      }),
    );
    return nodes;
  }
}
