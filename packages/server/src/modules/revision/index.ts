import { ADMINS, EDITORS } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { audit } from '../audit';
import { auth } from '../auth';
import { editorialRegistry } from './content-types';
import { EditorialService } from './editorial.service';
import { Revision } from './revision.entity';
import { RevisionResolver, TrashResolver } from './revision.resolver';
import { RevisionService } from './revision.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    revisions: RevisionService;
    editorial: EditorialService;
  }
}

/**
 * Revisions, history and the trash of every type a module declares an editorial capability
 * for: the registry is composed once all modules' services exist.
 */
export const revision = defineModule({
  name: 'revision',
  requires: [audit, auth],
  entities: [Revision],
  resolvers: [RevisionResolver, TrashResolver],
  policy: {
    Query: { revisions: EDITORS, revisionDiff: EDITORS, trash: EDITORS },
    Mutation: { restoreRevision: EDITORS, restoreFromTrash: EDITORS, purge: ADMINS },
  },
  services: (s, { ds }) => ({ revisions: new RevisionService(ds, s.audit) }),
  compose: ({ services, manifests, runtime }) => ({
    editorial: new EditorialService(
      runtime.ds,
      services.revisions,
      services.audit,
      editorialRegistry(manifests, services),
    ),
  }),
});

export { EditorialService, Revision, RevisionService };
export type { PurgeHook } from './editorial.service';
export { type ContentType, registerContentTypes } from './content-types';
export { RevisionAction } from '../../common/revision-action';
// Building blocks of every module's snapshots (their services' `snapshot`).
export {
  contactOf,
  indicatorsOf,
  inputFromSnapshot,
  isBookkeeping,
  linkedValues,
  periodOfRecord,
  restoreTranslationStamps,
  taggedSnapshot,
  toJson,
  TRANSLATION_KEY,
  translationOf,
} from './snapshots';
