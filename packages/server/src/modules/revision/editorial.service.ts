import { type DataSource, type EntityManager, type FindOptionsWhere, QueryFailedError } from 'typeorm';
import type { RecordEntity } from '../../common/base.entity';
import { fieldError, forbidden, notFound, Reason } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { ConnectionArgs, ConnectionResult } from '../../common/pagination/connection';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import { inTransaction } from '../../common/transaction';
import type { AuditService } from '../audit';
import { type Actor, hasRole, type Principal, UserRole } from '../../common/principal';
import { type ContentType, contentType, type EditorialEntry, type EditorialRegistry } from './content-types';
import { RevisionAction } from '../../common/revision-action';
import type { Revision } from './revision.entity';
import type { RevisionService } from './revision.service';
import { inputFromSnapshot } from './snapshots';

/**
 * Runs inside a purge's transaction, after the record's row is gone: deletes what only it kept
 * (e.g. its attached files' rows). May return work for after the commit (deleting the files
 * themselves), which runs only once the purge is certain; its failure is the hook's to handle.
 */
export type PurgeHook = (
  manager: EntityManager,
  entityType: ContentType,
  id: string,
) => Promise<(() => Promise<void>) | void>;

export interface TrashItem {
  entityType: ContentType;
  id: string;
  title: string;
  version: number;
  deletedAt: Date;
}

/**
 * Revisions, restore and the trash across every content type. Restoring a revision is an
 * ordinary update with the revision's snapshot as input, so every rule still applies and the
 * restore itself leaves a new revision; restoring from the trash keeps fields and relations
 * because soft delete never touched them.
 */
export class EditorialService {
  private readonly purgeHooks: PurgeHook[] = [];

  constructor(
    private readonly ds: DataSource,
    private readonly revisions: RevisionService,
    private readonly audit: AuditService,
    private readonly registry: EditorialRegistry,
  ) {}

  /** Follows every purge (see PurgeHook). */
  onPurge(hook: PurgeHook): void {
    this.purgeHooks.push(hook);
  }

  /** The type, once the asker may handle its history and trash. */
  private typeFor(name: string, principal: Principal, field = 'entityType'): ContentType {
    this.entryFor(name, principal, field);
    return name;
  }

  private entryFor(name: string, principal: Principal, field = 'entityType'): EditorialEntry {
    const entry = contentType(this.registry, name, field);
    if (entry.personal && !hasRole(principal, UserRole.ADMIN)) {
      throw forbidden(`Only admins see the history and trash of ${name} records (personal data)`);
    }
    return entry;
  }

  revisionsOf(entityType: ContentType, id: string, args: ConnectionArgs, principal: Principal) {
    return this.revisions.list(this.typeFor(entityType, principal), id, args);
  }

  async diff(fromId: string, toId: string, principal: Principal) {
    const result = await this.revisions.diff(fromId, toId);
    this.typeFor(result.from.entityType, principal);
    return { entityType: result.from.entityType, entityId: result.from.entityId, ...result };
  }

  /** Puts a revision's snapshot back; `version` (when given) must be the record's current one. */
  restoreRevision(revisionId: string, version: number | null | undefined, actor: Actor): Promise<Revision> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const revision = await this.revisions.getById(revisionId, manager);
      const type = revision.entityType;
      const entry = this.entryFor(type, actor.principal);
      const current = await this.find(manager, entry, revision.entityId, true);
      if (!current) throw notFound(type, revision.entityId);
      if (current.deletedAt)
        throw fieldError('id', `The ${type} is in the trash: restore it from there first`, Reason.inTrash);
      const input = {
        ...inputFromSnapshot(revision.snapshot),
        id: revision.entityId,
        version: version ?? current.version,
      };
      await entry.target.update(input, actor, manager, RevisionAction.RESTORE);
      return (await this.revisions.latest(manager, type, revision.entityId))!;
    });
  }

  /** Deleted records of one type, most recently deleted first. */
  async trash(entityType: ContentType, args: ConnectionArgs, principal: Principal) {
    const entry = this.entryFor(entityType, principal);
    const query = this.ds
      .getRepository(entry.entity)
      .createQueryBuilder('record')
      .withDeleted()
      .where('record.deletedAt IS NOT NULL');
    const page = await paginate(
      query,
      { expression: 'record.deletedAt', sqlType: 'timestamptz', direction: SortDirection.DESC },
      args,
    );
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: this.trashItem(entityType, entry, edge.node),
      })),
    } satisfies ConnectionResult<TrashItem>;
  }

  /** Takes a record out of the trash as it went in; records a RESTORE revision. */
  restoreFromTrash(entityType: ContentType, id: string, actor: Actor): Promise<Revision> {
    return inTransaction(this.ds, undefined, async (manager) => {
      await this.entryFor(entityType, actor.principal).target.restore(id, actor, manager);
      return (await this.revisions.latest(manager, entityType, id))!;
    });
  }

  /** Deletes a trashed record for good, with its revisions; the audit log keeps that it happened. */
  async purge(entityType: ContentType, id: string, actor: Actor): Promise<TrashItem> {
    const afterCommit: (() => Promise<void>)[] = [];
    const item = await inTransaction(this.ds, undefined, async (manager) => {
      const type = entityType;
      const entry = this.entryFor(type, actor.principal);
      const record = await this.findTrashed(manager, type, entry, id);
      const item = this.trashItem(type, entry, record);
      try {
        await manager.delete(entry.entity, { id });
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23503') {
          throw fieldError(
            'id',
            `Other records still refer to this ${type}; change or purge them first`,
            Reason.stillReferenced,
          );
        }
        throw error;
      }
      for (const hook of this.purgeHooks) {
        const after = await hook(manager, type, id);
        if (after) afterCommit.push(after);
      }
      await this.revisions.forget(manager, type, id);
      await this.audit.log(manager, actor, {
        action: `${type.toLowerCase()}.purge`,
        entityType: type,
        entityId: id,
        // A volunteer's name is personal data: the log keeps only that a record was purged.
        details: entry.personal
          ? { version: record.version }
          : { version: record.version, title: item.title },
      });
      return item;
    });
    for (const after of afterCommit) await after();
    return item;
  }

  private trashItem(type: ContentType, entry: EditorialEntry, record: RecordEntity): TrashItem {
    return {
      entityType: type,
      id: record.id,
      title: entry.title(record),
      version: record.version,
      deletedAt: record.deletedAt!,
    };
  }

  private async find(manager: EntityManager, entry: EditorialEntry, id: string, lock: boolean) {
    if (!isUuid(id)) return null;
    return manager.findOne(entry.entity, {
      where: { id } as FindOptionsWhere<RecordEntity>,
      withDeleted: true,
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  private async findTrashed(
    manager: EntityManager,
    type: ContentType,
    entry: EditorialEntry,
    id: string,
  ): Promise<RecordEntity> {
    const record = await this.find(manager, entry, id, true);
    if (!record) throw notFound(type, id);
    if (!record.deletedAt) throw fieldError('id', `The ${type} is not in the trash`, Reason.notInTrash);
    return record;
  }
}
