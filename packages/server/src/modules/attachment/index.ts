import { EDITORS } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { audit } from '../audit';
import { practice } from '../practice';
import { project } from '../project';
import { revision } from '../revision';
import { searchIndex } from '../search-index';
import { attachmentSettings } from './attachment-settings';
import { Attachment, AttachmentOwnerType, AttachmentSweep } from './attachment.entity';
import {
  AttachmentResolver,
  PracticeAttachmentsResolver,
  ProjectAttachmentsResolver,
} from './attachment.resolver';
import { attachmentRoutes } from './attachment.routes';
import { AttachmentService } from './attachment.service';
import type { FileStore } from './file-store';
import { LocalFileStore } from './local-file-store';
import { S3FileStore } from './s3-file-store';

declare module '../../common/context' {
  interface ServiceRegistry {
    attachments: AttachmentService;
  }
}

/** How often the sweeper deletes files a crash or an unreachable store left behind. */
const SWEEP_INTERVAL_MS = 10 * 60_000;

/** An attachment's title and text, for its owner's search document. */
const ownerTexts = (type: AttachmentOwnerType) =>
  'SELECT owner_id AS id, jsonb_agg(t.value ORDER BY a.position, t.ordinality) AS texts FROM attachment a, ' +
  "jsonb_array_elements(jsonb_build_array(a.title, jsonb_build_object('bg', a.extracted_text))) WITH ORDINALITY t " +
  `WHERE a.owner_type = '${type}' AND a.owner_id = ANY($1) AND t.value->>'bg' IS NOT NULL GROUP BY a.owner_id`;

/**
 * Documents (files) of practices and projects: uploaded and downloaded over the module's own
 * routes, listed on their owners in GraphQL, their text part of their owner's search document,
 * hidden with their owner's trash and deleted with its purge. Settings: OBMEN_ATTACHMENT_*,
 * OBMEN_ATTACHMENTS_DIR, OBMEN_S3_* (attachment-settings.ts).
 */
export const attachment = defineModule({
  name: 'attachment',
  requires: [audit, practice, project, revision, searchIndex],
  entities: [Attachment, AttachmentSweep],
  resolvers: [AttachmentResolver, PracticeAttachmentsResolver, ProjectAttachmentsResolver],
  policy: { Mutation: { updateAttachment: EDITORS, deleteAttachment: EDITORS } },
  services: (s, { ds }) => {
    const settings = attachmentSettings(process.env);
    const store: FileStore = settings.s3 ? new S3FileStore(settings.s3) : new LocalFileStore(settings.dir);
    return { attachments: new AttachmentService(ds, store, settings, s.searchIndex, s.audit) };
  },
  compose: ({ services }) => {
    const attachments = services.attachments;
    services.editorial.onPurge((manager, type, id) => attachments.ownerPurged(manager, type, id));
    // A public answer showing the owner (its files) is dropped, as by a write to the owner.
    if ('responseCache' in services) {
      attachments.onChange((manager, { ownerType, owner }) =>
        services.responseCache.recordWritten(manager, ownerType, owner, owner.status),
      );
    }
    return {};
  },
  start: async (services) => {
    services.attachments.sweeper.start(SWEEP_INTERVAL_MS);
  },
  stop: async (services) => {
    services.attachments.sweeper.stop();
  },
  searchTexts: [
    { typeName: AttachmentOwnerType.PRACTICE, texts: ownerTexts(AttachmentOwnerType.PRACTICE) },
    { typeName: AttachmentOwnerType.PROJECT, texts: ownerTexts(AttachmentOwnerType.PROJECT) },
  ],
  http: attachmentRoutes,
});

export { Attachment, AttachmentOwnerType, AttachmentService };
export { attachmentSettings } from './attachment-settings';
