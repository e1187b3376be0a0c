import { defineModule } from '../../common/module';
import { SearchDocument, SearchWord } from './search-document.entity';
import { SearchIndexService } from './search-lists.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    searchIndex: SearchIndexService;
  }
}

/**
 * The search engine's index: one document per searchable record, kept in step inside every write
 * of the types whose manifests declare `searchable`, and the matcher their lists' `search` uses.
 * The `search` module builds the public search across types on it.
 */
export const searchIndex = defineModule({
  name: 'search-index',
  entities: [SearchDocument, SearchWord],
  resolvers: [],
  policy: {},
  services: (_s, { ds }) => ({ searchIndex: new SearchIndexService(ds) }),
  compose: ({ services, manifests }) => {
    const index = services.searchIndex.attach(
      manifests.flatMap((m) => m.searchable ?? []),
      manifests.flatMap((m) => m.searchTexts ?? []),
    );
    index.watch(services);
    return {};
  },
  // Records written before the index existed, or by an older analyzer, are indexed before listening.
  start: async (services) => {
    await services.searchIndex.indexed.build();
  },
});

export { SearchIndexService };
export { listSort, RELEVANCE } from './search-lists.service';
export {
  matchSql,
  type PreparedSearch,
  relevanceSql,
  SIMILAR_WORDS,
  similarWords,
  similarWordsParameters,
} from './search-query';
export { SearchDocument } from './search-document.entity';
export { EXACT, type QueryWord, queryWords, searchQueries, words } from './search-analyzer';
