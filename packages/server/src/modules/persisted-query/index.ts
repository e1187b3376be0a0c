import { ADMINS } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { PersistedQuery } from './persisted-query.entity';
import { PersistedQueryResolver } from './persisted-query.resolver';
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
  resolvers: [PersistedQueryResolver],
  policy: { Query: { persistedDocument: ADMINS }, Mutation: { registerPersistedQueries: ADMINS } },
  services: (_s, { ds }) => ({
    persistedQueries: new PersistedQueryStore(ds, trustedDocumentsOnly(process.env.OBMEN_TRUSTED_DOCUMENTS)),
  }),
});

/** OBMEN_TRUSTED_DOCUMENTS=true: the public and partners run registered documents only. */
function trustedDocumentsOnly(value: string | undefined): boolean {
  return ['1', 'true', 'yes', 'on'].includes((value ?? '').toLowerCase());
}

export { PersistedQueryStore };
export { checkDocuments } from './persisted-query.documents';
export { trustedDocumentsPlugin } from './persisted-query.plugin';
