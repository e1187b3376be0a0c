import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fieldError, Reason } from '../../common/errors';
import type { SearchCapability, SearchContribution } from '../../common/module';
import { SortDirection } from '../../common/pagination/connection';
import type { SortKey } from '../../common/pagination/paginate';
import { SearchIndex } from './search-index.service';
import { prepareSearch, type PreparedSearch } from './search-query';

/**
 * The search engine as the modules' lists use it: `filter: { search }` narrows a list to what the
 * search finds and gives the relevance order. Built empty; the manifests' capabilities are attached
 * once every module's services exist (search-index/index.ts compose).
 */
export class SearchIndexService {
  private index: SearchIndex | null = null;

  constructor(private readonly ds: DataSource) {}

  attach(
    capabilities: readonly SearchCapability[],
    contributions: readonly SearchContribution[] = [],
  ): SearchIndex {
    this.index = new SearchIndex(this.ds, capabilities, contributions);
    return this.index;
  }

  get indexed(): SearchIndex {
    if (!this.index) throw new Error('The search index has no searchable types yet');
    return this.index;
  }

  prepare(text: string, locale?: string | null): Promise<PreparedSearch> {
    return prepareSearch(this.ds, text, locale);
  }

  /** A list's `search`, parsed once for its page and its facets; null when blank (no search). */
  async prepareFor(text: string | null | undefined, locale?: string | null): Promise<PreparedSearch | null> {
    return text?.trim() ? this.prepare(text, locale) : null;
  }

  /** Narrows a list's query of `typeName` to what `search` finds; returns the relevance sort key. */
  apply<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    typeName: string,
    search: PreparedSearch,
  ): Omit<SortKey, 'direction'> {
    return search.filter(query, this.indexed.capability(typeName));
  }

  /** prepareFor and apply at once, for a list without facets. */
  async filterList<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    typeName: string,
    text: string | null | undefined,
    locale?: string | null,
  ): Promise<Omit<SortKey, 'direction'> | null> {
    const search = await this.prepareFor(text, locale);
    return search ? this.apply(query, typeName, search) : null;
  }
}

/** `orderBy: RELEVANCE` on a list that is not searched: there is nothing to be relevant to. */
export function relevanceNeedsSearch(): Error {
  return fieldError(
    'orderBy.field',
    'RELEVANCE orders a search: give filter.search',
    Reason.relevanceNeedsSearch,
  );
}

type Key = Omit<SortKey, 'direction'>;
export const RELEVANCE = 'RELEVANCE';

/**
 * A searchable list's order: the one asked for, else relevance when the list is searched, else the
 * list's default. `keys` gives every other order's expression.
 */
export function listSort<F extends string>(
  asked: { field: F; direction: SortDirection } | null | undefined,
  fallback: { field: Exclude<F, typeof RELEVANCE>; direction: SortDirection },
  keys: Record<Exclude<F, typeof RELEVANCE>, Key>,
  relevance: Key | null,
): SortKey {
  const order = asked ?? (relevance ? { field: RELEVANCE, direction: SortDirection.DESC } : fallback);
  if (order.field === RELEVANCE) {
    if (!relevance) throw relevanceNeedsSearch();
    return { ...relevance, direction: order.direction };
  }
  return { ...keys[order.field as Exclude<F, typeof RELEVANCE>], direction: order.direction };
}
