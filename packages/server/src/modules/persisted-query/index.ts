import { defineModule } from '../../common/module';
import { PersistedQuery } from './persisted-query.entity';
import { PersistedQueryStore } from './persisted-query.store';

declare module '../../common/context' {
  interface ServiceRegistry {
    persistedQueries: PersistedQueryStore;
  }
}

/** Automatic persisted queries in the database: a hash registered on one server works on all. */
export const persistedQuery = defineModule({
  name: 'persisted-query',
  entities: [PersistedQuery],
  resolvers: [],
  policy: {},
  services: (_s, { ds }) => ({ persistedQueries: new PersistedQueryStore(ds) }),
});

export { PersistedQueryStore };
