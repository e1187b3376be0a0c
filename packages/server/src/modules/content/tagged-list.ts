import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Locale } from '../../common/localized';
import {
  type ConnectionArgs,
  type ConnectionResult,
  SortDirection,
} from '../../common/pagination/connection';
import { paginate, skipUnreadTexts, type SortKey } from '../../common/pagination/paginate';
import type { PrefetchPlan } from '../../common/prefetch';
import { type Principal, seesUnpublished } from '../../common/principal';
import { listSort, type PreparedSearch, type SearchIndexService } from '../search-index';
import type { ContentFilter } from './content.inputs';
import { countFacets, type FacetDimension } from './facets';
import type { WithFacets } from './facets.resolver';

type Key = Omit<SortKey, 'direction'>;

/** What a tagged list (practices, projects) is made of; its service knows its tables and filters. */
export interface TaggedListSpec<E extends ObjectLiteral, F extends ContentFilter, O extends string> {
  typeName: string;
  /** The records the reader may see under `filter`, narrowed to `search` (its relevance key) when given. */
  filtered(filter: F, search: PreparedSearch | null): { query: SelectQueryBuilder<E>; relevance: Key | null };
  defaultOrder: { field: Exclude<O, 'RELEVANCE'>; direction: SortDirection };
  sortKeys: Record<Exclude<O, 'RELEVANCE'>, Key>;
  facets: readonly FacetDimension[];
  prefetch: PrefetchPlan;
}

export interface TaggedListArgs<F, O extends string> extends ConnectionArgs {
  filter?: F | null;
  orderBy?: { field: O; direction: SortDirection } | null;
  locale?: Locale | null;
}

/**
 * A page of a tagged list, searched and ordered as asked, with its facets counted on demand over
 * the same filter (the search parsed once for both).
 */
export async function taggedList<E extends ObjectLiteral, F extends ContentFilter, O extends string>(
  ds: DataSource,
  searchIndex: SearchIndexService,
  args: TaggedListArgs<F, O>,
  principal: Principal,
  spec: TaggedListSpec<E, F, O>,
): Promise<ConnectionResult<E> & WithFacets> {
  const filter = args.filter ?? ({} as F);
  const search = await searchIndex.prepareFor(filter.search, args.locale);
  const { query, relevance } = spec.filtered(filter, search);
  skipUnreadTexts(query, args);
  const sort = listSort(args.orderBy, spec.defaultOrder, spec.sortKeys, relevance);
  const page = await paginate(query, sort, args, { prefetch: spec.prefetch });
  const facetsOf = () =>
    countFacets(
      ds,
      spec.facets,
      filter,
      (narrowed) => spec.filtered(narrowed, search).query as SelectQueryBuilder<ObjectLiteral>,
      args.locale ?? Locale.BG,
      (facet) => facet !== 'statuses' || seesUnpublished(principal),
    );
  return { ...page, facetsOf };
}
