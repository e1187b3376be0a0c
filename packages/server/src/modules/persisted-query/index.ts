import { ADMINS } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { PersistedQuery } from './persisted-query.entity';
import { PersistedQueryResolver } from './persisted-query.resolver';
import { PersistedQueryStore } from './persisted-query.store';
import { envFlag } from '../../common/env';

declare module '../../common/context' {
  interface ServiceRegistry {
    persistedQueries: PersistedQueryStore;
  }
}

/** Automatic persisted queries in the database: a hash registered on one server works on all. */
export const persistedQuery = defineModule({
  name: 'persisted-query',
  entities: [PersistedQuery],
  resolvers: [PersistedQueryResolver],
  policy: { Query: { persistedDocument: ADMINS }, Mutation: { registerPersistedQueries: ADMINS } },
  services: (_s, { ds }) => ({
    persistedQueries: new PersistedQueryStore(ds, envFlag(process.env.OBMEN_TRUSTED_DOCUMENTS) ?? false),
  }),
});

export { PersistedQueryStore };
export { checkDocuments } from './persisted-query.documents';
export { trustedDocumentsPlugin } from './persisted-query.plugin';
