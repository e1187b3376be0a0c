import type { PublishableEntity } from '../../common/base.entity';
import { Practice } from '../practice';
import { Project } from '../project';
import { AttachmentOwnerType } from './attachment.entity';

/** The entity of each kind of owner. */
export const OWNER_ENTITIES: Record<AttachmentOwnerType, new () => PublishableEntity> = {
  [AttachmentOwnerType.PRACTICE]: Practice,
  [AttachmentOwnerType.PROJECT]: Project,
};

/** `Practice`, `PRACTICE` or `practice` as the multipart field `ownerType` may say it; null: neither kind. */
export function ownerTypeOf(value: string | undefined): AttachmentOwnerType | null {
  const wanted = value?.trim().toLowerCase();
  return Object.values(AttachmentOwnerType).find((type) => type.toLowerCase() === wanted) ?? null;
}

export const isOwnerType = (value: string): value is AttachmentOwnerType =>
  (Object.values(AttachmentOwnerType) as string[]).includes(value);
