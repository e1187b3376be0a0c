import { createHash, randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { PublishableEntity } from '../../common/base.entity';
import { ErrorCode } from '../../common/error-codes';
import { badInput, conflict, fieldError, notFound, Reason, unknownReference } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { groupBy, type Reader } from '../../common/loaders';
import type { LocalizedText } from '../../common/localized';
import type { Actor } from '../../common/principal';
import { inTransaction } from '../../common/transaction';
import type { AuditService } from '../audit';
import type { SearchIndexService } from '../search-index';
import { OWNER_ENTITIES, isOwnerType } from './attachment-owners';
import type { AttachmentSettings } from './attachment-settings';
import { AttachmentSweeper } from './attachment-sweeper';
import { Attachment, AttachmentOwnerType } from './attachment.entity';
import type { FileStore } from './file-store';
import { safeFileName } from './file-name';
import { sniffType } from './file-type';
import { extractText } from './text-extraction';

/** Files one practice or project may have, counted in the database at each upload. */
export const MAX_PER_OWNER = 50;
export const MAX_TITLE = 300;

export interface UploadInput {
  ownerType: AttachmentOwnerType;
  ownerId: string;
  title: { bg?: string | null; en?: string | null };
  /** The name the browser sent. */
  fileName: string | undefined;
  bytes: Buffer;
}

/** Something the uploader should know that did not stop the upload (e.g. no text for the search). */
export interface UploadWarning {
  reason: 'textNotExtracted';
  message: string;
}

export interface AttachmentChange {
  ownerType: AttachmentOwnerType;
  owner: PublishableEntity;
}
export type AttachmentChangeHook = (manager: EntityManager, change: AttachmentChange) => Promise<void>;

export const ACCEPTED_NAMES = 'PDF, DOCX, ODT, PNG, JPEG, GIF, WebP';

export function storeUnavailable(): GraphQLError {
  return new GraphQLError('The file store did not answer; try again later', {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
  });
}

const cleanTitle = (text: string | null | undefined): string | null => text?.trim() || null;

/** A title of at most MAX_TITLE characters in each language; `fields` name them in the input. */
function checkTitle(title: LocalizedText, fields: { bg: string; en: string }): LocalizedText {
  const long = (['bg', 'en'] as const).find((lang) => (title[lang]?.length ?? 0) > MAX_TITLE);
  if (long) {
    throw badInput([
      {
        field: fields[long],
        message: `At most ${MAX_TITLE} characters`,
        reason: 'maxLength',
        args: { max: MAX_TITLE },
      },
    ]);
  }
  return title;
}

/**
 * Files attached to practices and projects: uploads (typed by content, text extracted, stored,
 * then recorded with the owner's search document rebuilt in the same transaction), renames and
 * moves, deletes, and the owner's purge. The bytes live in a FileStore; the sweeper deletes those
 * no row names any more, after the commit that let go of them.
 */
export class AttachmentService {
  private readonly changeHooks: AttachmentChangeHook[] = [];
  readonly sweeper: AttachmentSweeper;

  constructor(
    private readonly ds: DataSource,
    readonly store: FileStore,
    readonly settings: AttachmentSettings,
    private readonly searchIndex: SearchIndexService,
    private readonly audit: AuditService,
  ) {
    this.sweeper = new AttachmentSweeper(ds, store);
  }

  /** Follows every change to an owner's files (the response cache drops the owner's answers). */
  onChange(hook: AttachmentChangeHook): void {
    this.changeHooks.push(hook);
  }

  async upload(
    input: UploadInput,
    actor: Actor,
  ): Promise<{ attachment: Attachment; warnings: UploadWarning[] }> {
    if (!input.bytes.length) throw fieldError('file', 'The file is empty', Reason.isNotEmpty);
    const type = sniffType(input.bytes);
    if (!type) {
      throw fieldError(
        'file',
        `Only ${ACCEPTED_NAMES} files are accepted, judged by their content, not their name`,
        Reason.fileType,
        { accepted: ACCEPTED_NAMES },
      );
    }
    const fileName = safeFileName(input.fileName, type);
    const title = checkTitle(
      { bg: cleanTitle(input.title.bg) ?? fileName.slice(0, MAX_TITLE), en: cleanTitle(input.title.en) },
      { bg: 'titleBg', en: 'titleEn' },
    );
    // Refused before any work on the file: an owner that is not there, or in the trash.
    await inTransaction(this.ds, undefined, (manager) =>
      this.lockOwner(manager, input.ownerType, input.ownerId),
    );
    const extracted = await extractText(type, input.bytes, {
      timeoutMs: this.settings.extractTimeoutMs,
      maxChars: this.settings.maxTextChars,
    });
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}`;
    await this.sweeper.expect(key);
    try {
      await this.store.put(key, input.bytes, type.mediaType);
    } catch {
      throw storeUnavailable();
    }
    try {
      const attachment = await inTransaction(this.ds, undefined, async (manager) => {
        const owner = await this.lockOwner(manager, input.ownerType, input.ownerId);
        const [{ count, next }]: { count: number; next: number }[] = await manager.query(
          'SELECT count(*)::int AS count, COALESCE(max(position) + 1, 0)::int AS next FROM attachment ' +
            'WHERE owner_type = $1 AND owner_id = $2',
          [input.ownerType, input.ownerId],
        );
        if (count >= MAX_PER_OWNER) {
          throw fieldError(
            'ownerId',
            `A ${input.ownerType} has at most ${MAX_PER_OWNER} files`,
            Reason.tooMany,
            {
              max: MAX_PER_OWNER,
            },
          );
        }
        const row = manager.create(Attachment, {
          id,
          ownerType: input.ownerType,
          ownerId: input.ownerId,
          title,
          fileName,
          mediaType: type.mediaType,
          size: input.bytes.length,
          sha256: createHash('sha256').update(input.bytes).digest('hex'),
          storageKey: key,
          extractedText: extracted.text || null,
          textLength: extracted.text?.length ?? 0,
          uploadedById: actor.principal.kind === 'user' ? actor.principal.userId : null,
          position: next,
        });
        await manager.insert(Attachment, row);
        await this.sweeper.kept(manager, key);
        await this.changed(manager, input.ownerType, owner, actor, 'upload', row);
        return manager.findOneByOrFail(Attachment, { id });
      });
      const warnings: UploadWarning[] =
        extracted.text === null ? [{ reason: 'textNotExtracted', message: extracted.problem }] : [];
      return { attachment, warnings };
    } catch (error) {
      // Nothing names the file: it goes now, or with the sweeper's next run.
      await this.sweeper.due(this.ds.manager, [key]).catch(() => undefined);
      await this.sweeper.release([key]);
      throw error;
    }
  }

  async update(
    input: { id: string; version: number; title?: LocalizedText | null; position?: number | null },
    actor: Actor,
  ): Promise<Attachment> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const attachment = await this.lockAttachment(manager, input.id, input.version);
      const owner = await this.lockOwnerOf(manager, attachment);
      if (input.title) {
        attachment.title = checkTitle(
          // English omitted keeps it, as everywhere in the API; null clears it.
          {
            bg: input.title.bg.trim(),
            en: input.title.en === undefined ? (attachment.title.en ?? null) : cleanTitle(input.title.en),
          },
          { bg: 'title.bg', en: 'title.en' },
        );
      }
      if (input.position != null) await this.move(manager, attachment, input.position);
      attachment.version += 1;
      await manager.update(
        Attachment,
        { id: attachment.id },
        { title: attachment.title, position: attachment.position, version: attachment.version },
      );
      await this.changed(manager, attachment.ownerType, owner, actor, 'update', attachment);
      return manager.findOneByOrFail(Attachment, { id: attachment.id });
    });
  }

  /** Deletes the row now and the file once the deletion has committed. */
  async delete(id: string, version: number | null | undefined, actor: Actor): Promise<Attachment> {
    const deleted = await inTransaction(this.ds, undefined, async (manager) => {
      const attachment = await this.lockAttachment(manager, id, version);
      const owner = await this.lockOwnerOf(manager, attachment);
      await manager.delete(Attachment, { id });
      await this.sweeper.due(manager, [attachment.storageKey]);
      await manager.query(
        'UPDATE attachment SET position = position - 1 WHERE owner_type = $1 AND owner_id = $2 AND position > $3',
        [attachment.ownerType, attachment.ownerId, attachment.position],
      );
      await this.changed(manager, attachment.ownerType, owner, actor, 'delete', attachment);
      return attachment;
    });
    await this.sweeper.release([deleted.storageKey]);
    return deleted;
  }

  /**
   * In the owner's purge: its files' rows go with it, their files once the purge commits
   * (editorial PurgeHook). Nothing to re-index: the owner's document goes with the owner.
   */
  async ownerPurged(manager: EntityManager, ownerType: string, ownerId: string) {
    if (!isOwnerType(ownerType)) return undefined;
    // The owner's row is locked by the purge: no upload can add a file between these two.
    const gone: { storage_key: string }[] = await manager.query(
      'SELECT storage_key FROM attachment WHERE owner_type = $1 AND owner_id = $2',
      [ownerType, ownerId],
    );
    await manager.query('DELETE FROM attachment WHERE owner_type = $1 AND owner_id = $2', [
      ownerType,
      ownerId,
    ]);
    const keys = gone.map((row) => row.storage_key);
    await this.sweeper.due(manager, keys);
    return keys.length ? () => this.sweeper.release(keys).then(() => undefined) : undefined;
  }

  /** The files of many owners of one type, one statement per request (owners already visible). */
  ofOwners(reader: Reader, ownerType: AttachmentOwnerType): DataLoader<string, Attachment[]> {
    return reader.loaders.get(`attachments:${ownerType}`, () => {
      return new DataLoader<string, Attachment[]>(async (ownerIds) => {
        const rows = await this.ds
          .getRepository(Attachment)
          .createQueryBuilder('a')
          .where('a.ownerType = :ownerType AND a.ownerId = ANY(:ownerIds)', {
            ownerType,
            ownerIds: [...ownerIds],
          })
          .orderBy('a.position', 'ASC')
          .addOrderBy('a.id', 'ASC')
          .getMany();
        const groups = groupBy(rows, (row) => row.ownerId);
        return ownerIds.map((id) => groups.get(id) ?? []);
      });
    });
  }

  /** One attachment by id, or null (a malformed id included). */
  find(id: string): Promise<Attachment | null> {
    return isUuid(id) ? this.ds.getRepository(Attachment).findOneBy({ id }) : Promise.resolve(null);
  }

  /** Whether the store holds the attachment's file (tests; operators' checks). */
  async stored(id: string): Promise<boolean> {
    const [row]: { storage_key: string }[] = await this.ds.query(
      'SELECT storage_key FROM attachment WHERE id = $1',
      [id],
    );
    return row ? this.store.exists(row.storage_key) : false;
  }

  private async changed(
    manager: EntityManager,
    ownerType: AttachmentOwnerType,
    owner: PublishableEntity,
    actor: Actor,
    action: 'upload' | 'update' | 'delete',
    attachment: Attachment,
  ): Promise<void> {
    await this.searchIndex.indexed.reindex(manager, ownerType, [owner.id]);
    for (const hook of this.changeHooks) await hook(manager, { ownerType, owner });
    await this.audit.log(manager, actor, {
      action: `attachment.${action}`,
      entityType: ownerType,
      entityId: owner.id,
      details: { attachmentId: attachment.id, fileName: attachment.fileName, size: attachment.size },
    });
  }

  /** Moves `attachment` to `position` (clamped) and renumbers its siblings 0…n-1 in one statement. */
  private async move(manager: EntityManager, attachment: Attachment, position: number): Promise<void> {
    const siblings: { id: string }[] = await manager.query(
      'SELECT id FROM attachment WHERE owner_type = $1 AND owner_id = $2 AND id <> $3 ORDER BY position, id',
      [attachment.ownerType, attachment.ownerId, attachment.id],
    );
    const order = siblings.map((s) => s.id);
    const at = Math.max(0, Math.min(position, order.length));
    order.splice(at, 0, attachment.id);
    await manager.query(
      'UPDATE attachment a SET position = v.position FROM unnest($1::uuid[], $2::int[]) AS v(id, position) ' +
        'WHERE a.id = v.id AND a.position <> v.position',
      [order, order.map((_id, i) => i)],
    );
    attachment.position = at;
  }

  private async lockAttachment(
    manager: EntityManager,
    id: string,
    version: number | null | undefined,
  ): Promise<Attachment> {
    const attachment = isUuid(id)
      ? await manager.findOne(Attachment, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!attachment) throw notFound('Attachment', id);
    if (version != null && attachment.version !== version) {
      throw conflict(`Attachment ${id} was changed by someone else (now version ${attachment.version})`, {
        currentVersion: attachment.version,
      });
    }
    return attachment;
  }

  /** An attachment's owner under a share lock; one in the trash hides its files (NOT_FOUND). */
  private async lockOwnerOf(manager: EntityManager, attachment: Attachment): Promise<PublishableEntity> {
    const owner = await manager.findOne(OWNER_ENTITIES[attachment.ownerType], {
      where: { id: attachment.ownerId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!owner) throw notFound('Attachment', attachment.id);
    return owner;
  }

  /**
   * The owner an upload names, under a share lock (a purge waits for the upload, and then
   * deletes its file too); an owner in the trash cannot take files.
   */
  private async lockOwner(
    manager: EntityManager,
    ownerType: AttachmentOwnerType,
    ownerId: string,
  ): Promise<PublishableEntity> {
    const field = 'ownerId';
    const owner = isUuid(ownerId)
      ? await manager.findOne(OWNER_ENTITIES[ownerType], {
          where: { id: ownerId },
          withDeleted: true,
          lock: { mode: 'pessimistic_read' },
        })
      : null;
    if (!owner) throw badInput([unknownReference(field, ownerType, ownerId)]);
    if (owner.deletedAt) {
      throw fieldError(field, `The ${ownerType} is in the trash: restore it first`, Reason.inTrash);
    }
    return owner;
  }
}
