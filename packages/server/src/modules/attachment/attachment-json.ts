import type { Attachment } from './attachment.entity';

/** Where an attachment is downloaded (GraphQL `url`, the upload's `Location`). */
export const attachmentPath = (attachment: Pick<Attachment, 'id' | 'fileName'>): string =>
  `/attachments/${attachment.id}/${encodeURIComponent(attachment.fileName)}`;

/** The upload's answer: what GraphQL's Attachment shows, both languages of the title. */
export function attachmentJson(attachment: Attachment) {
  return {
    id: attachment.id,
    ownerType: attachment.ownerType,
    ownerId: attachment.ownerId,
    title: { bg: attachment.title.bg, en: attachment.title.en ?? null },
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    size: attachment.size,
    sha256: attachment.sha256,
    textLength: attachment.textLength,
    position: attachment.position,
    version: attachment.version,
    createdAt: attachment.createdAt,
    url: attachmentPath(attachment),
  };
}
