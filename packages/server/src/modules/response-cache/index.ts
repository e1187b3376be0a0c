import { CrudService } from '../../common/crud.service';
import { defineModule } from '../../common/module';
import { nomination } from '../nomination';
import { ResponseCacheEntry, ResponseCacheEpoch } from './response-cache.entity';
import { answerStore, ResponseCacheService } from './response-cache.service';
import { anyOf, recordTag } from './response-tags';

declare module '../../common/context' {
  interface ServiceRegistry {
    responseCache: ResponseCacheService;
  }
}

/**
 * Public and partner GET reads answered from the database, dropped by the writes that change
 * them: every content service's writes, and nomination decisions (a practice's nominationCount).
 */
export const responseCache = defineModule({
  name: 'response-cache',
  requires: [nomination],
  entities: [ResponseCacheEntry, ResponseCacheEpoch],
  resolvers: [],
  policy: {},
  services: (_s, { ds }) => ({ responseCache: new ResponseCacheService(answerStore(ds)) }),
  stop: (services) => services.responseCache.close(),
  compose: ({ services }) => {
    const cache = services.responseCache;
    for (const service of Object.values(services)) {
      if (!(service instanceof CrudService)) continue;
      const typeName = service.typeName;
      service.onWrite((manager, record, _action, previousStatus) =>
        cache.recordWritten(manager, typeName, record, previousStatus),
      );
    }
    services.moderation.onDecision(async (manager, decided) => {
      const approvedChanged = decided.filter((d) => d.from === 'APPROVED' || d.to === 'APPROVED');
      if (!approvedChanged.length) return;
      // The count shows in the practice, and may reorder or refilter any list of practices.
      await cache.invalidate(manager, [
        ...approvedChanged.map((d) => recordTag('Practice', d.practiceId)),
        anyOf('Practice'),
      ]);
    });
    return {};
  },
});

export { ResponseCacheService };
export { CACHE_HEADER, responseCachePlugin } from './response-cache.plugin';
