import type { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import type { ClassType } from 'type-graphql';
import type { RecordEntity } from './base.entity';
import type { ChangeLog } from './change-log';
import { conflict, fieldError, notFound, Reason } from './errors';
import { hydrate } from './hydrate';
import { isUuid } from './ids';
import { restoreTranslationStamps } from './localized';
import { mergeUpdate } from './patch';
import { PrefetchPlan } from './prefetch';
import type { ConnectionArgs } from './pagination/connection';
import { lookupStatement } from './lookup-statement';
import type { WriteHook } from './module';
import { preparedRows } from './prepared';
import type { Actor, Principal } from './principal';
import { RevisionAction } from './revision-action';
import { inTransaction } from './transaction';

export interface UpdateInputBase {
  id: string;
  version: number;
}

/** Columns every record has; a snapshot keeps only what an editor wrote. */
const BOOKKEEPING = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'version',
  'deletedAt',
  'bgRevisedAt',
  'enRevisedAt',
]);

/**
 * Create, update and soft-delete for one entity type, each in one transaction that also
 * stores a revision and an audit entry. Subclasses hold the rules: `assign` copies and checks
 * input, `afterSave` writes child rows, `snapshot` adds relations to the stored revision.
 */
export abstract class CrudService<E extends RecordEntity, C extends object, U extends UpdateInputBase> {
  protected abstract readonly entity: ClassType<E>;
  /** Followers of this type's writes (the search index), run inside each write's transaction. */
  private readonly writeHooks: WriteHook[] = [];

  constructor(
    protected readonly ds: DataSource,
    protected readonly revisions: ChangeLog,
  ) {}

  get typeName(): string {
    return this.entity.name;
  }

  protected abstract assign(manager: EntityManager, record: E, input: C | U, isNew: boolean): Promise<void>;

  /**
   * Object-level rules that depend on who asks (status transitions per role, a coordinator's
   * own programmes). Runs before any write; `current` is null on create.
   */
  protected async authorize(
    _manager: EntityManager,
    _current: E | null,
    _input: C | U,
    _actor: Actor,
  ): Promise<void> {
    // Most entities: the operation policy is enough.
  }

  protected async afterSave(_manager: EntityManager, _record: E, _input: C | U): Promise<void> {
    // Entities without child rows have nothing to write.
  }

  /** The record as its revisions keep it: its own columns, plus relations where a subclass adds them. */
  async snapshot(manager: EntityManager, record: E): Promise<Record<string, unknown>> {
    const columns = manager.connection.getMetadata(this.entity).columns;
    const snapshot: Record<string, unknown> = {};
    for (const column of columns) {
      if (BOOKKEEPING.has(column.propertyPath)) continue;
      snapshot[column.propertyPath] = column.getEntityValue(record) ?? null;
    }
    return JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;
  }

  /** `hook` runs in the transaction of every create, update, delete and restore of this type. */
  onWrite(hook: WriteHook): void {
    this.writeHooks.push(hook);
  }

  protected async recordChange(
    manager: EntityManager,
    record: E,
    action: RevisionAction,
    actor: Actor,
    previousStatus: string | null,
  ) {
    await this.revisions.record(manager, actor, {
      entityType: this.typeName,
      entityId: record.id,
      version: record.version,
      action,
      snapshot: await this.snapshot(manager, record),
    });
    await this.written(manager, record, action, previousStatus);
  }

  /** Tells the followers of this type's writes (onWrite) of one, e.g. the scheduler's publication. */
  async written(
    manager: EntityManager,
    record: E,
    action: RevisionAction,
    previousStatus: string | null,
  ): Promise<void> {
    for (const hook of this.writeHooks) await hook(manager, record, action, previousStatus);
  }

  /** What a list's statement carries besides the records: the relations its query selects. */
  protected prefetchFor(args: ConnectionArgs, principal: Principal): PrefetchPlan {
    return PrefetchPlan.for(this.entity, args.nodeFields, { dataSource: this.ds, principal });
  }

  /** With a plan, the statement also carries the relations the reader's query selects. */
  async findById(id: string, plan?: PrefetchPlan): Promise<E | null> {
    if (!isUuid(id)) return null;
    if (plan) return this.readOne('id', id, plan);
    return this.ds.getRepository(this.entity).findOneBy({ id } as FindOptionsWhere<E>);
  }

  /** For entities with a unique `slug` column. */
  async findBySlug(slug: string, plan?: PrefetchPlan): Promise<E | null> {
    if (plan) return this.readOne('slug', slug, plan);
    return this.ds.getRepository(this.entity).findOneBy({ slug } as unknown as FindOptionsWhere<E>);
  }

  /** One statement for a reader's lookup, mapped from the raw row (no TypeORM entity transformer). */
  private async readOne(column: 'id' | 'slug', value: string, plan: PrefetchPlan): Promise<E | null> {
    const meta = this.ds.getMetadata(this.entity);
    const [row] = await preparedRows(this.ds, lookupStatement(meta, column, plan), [value]);
    return row ? plan.attach(hydrate<E>(this.ds, meta, row, 'record_'), row) : null;
  }

  async getById(id: string): Promise<E> {
    const record = await this.findById(id);
    if (!record) throw notFound(this.typeName, id);
    return record;
  }

  /** Pass `within` to take part in a caller's transaction (e.g. loading demo content). */
  create(input: C, actor: Actor, within?: EntityManager): Promise<E> {
    return inTransaction(this.ds, within, async (manager) => {
      await this.authorize(manager, null, input, actor);
      const record = manager.create(this.entity);
      await this.assign(manager, record, input, true);
      const saved = await manager.save(record);
      await this.afterSave(manager, saved, input);
      await this.recordChange(manager, saved, RevisionAction.CREATE, actor, null);
      return saved;
    });
  }

  /**
   * Omitted fields keep their values, null clears, nested objects merge (see mergeUpdate).
   * `action` RESTORE: the input is a revision's snapshot (see EditorialService.restoreRevision).
   */
  update(
    given: U,
    actor: Actor,
    within?: EntityManager,
    action: RevisionAction.UPDATE | RevisionAction.RESTORE = RevisionAction.UPDATE,
  ): Promise<E> {
    return inTransaction(this.ds, within, async (manager) => {
      const record = await this.lockCurrent(manager, given.id, given.version);
      const previousStatus = statusOf(record);
      const input = mergeUpdate(await this.snapshot(manager, record), given, this.requiredFields(manager));
      await this.authorize(manager, record, input, actor);
      await this.assign(manager, record, input, false);
      if (action === RevisionAction.RESTORE) restoreTranslationStamps(record, input);
      const before = record.version;
      const saved = await manager.save(record);
      if (saved.version === before) await this.bumpVersion(manager, saved);
      await this.afterSave(manager, saved, input);
      await this.recordChange(manager, saved, action, actor, previousStatus);
      return saved;
    });
  }

  /** Soft delete: the record goes to the trash. Pass `within` to take part in a caller's transaction. */
  delete(id: string, version: number | null | undefined, actor: Actor, within?: EntityManager): Promise<E> {
    return inTransaction(this.ds, within, async (manager) => {
      const record = await this.lockCurrent(manager, id, version);
      await this.authorize(manager, record, { id, version: record.version } as U, actor);
      const removed = await manager.softRemove(record);
      await this.recordChange(manager, removed, RevisionAction.DELETE, actor, statusOf(record));
      return removed;
    });
  }

  /**
   * Takes a record out of the trash as it went in (soft delete never touched its fields or
   * relations) and records a RESTORE revision.
   */
  restore(id: string, actor: Actor, within?: EntityManager): Promise<E> {
    return inTransaction(this.ds, within, async (manager) => {
      const record = await this.lockRow(manager, id, true);
      if (!record.deletedAt)
        throw fieldError('id', `The ${this.typeName} is not in the trash`, Reason.notInTrash);
      const restored = await manager.recover(record);
      await this.recordChange(manager, restored, RevisionAction.RESTORE, actor, null);
      return restored;
    });
  }

  /** Fields the record cannot be without: its columns that may not be null. */
  private requiredFields(manager: EntityManager): Set<string> {
    const columns = manager.connection.getMetadata(this.entity).columns;
    return new Set(columns.filter((c) => !c.isNullable && !c.embeddedMetadata).map((c) => c.propertyName));
  }

  /**
   * TypeORM skips the UPDATE when no column of the row changed, e.g. when only themes or
   * indicators did; every update still makes a new version, or a stale copy could overwrite
   * those relations without a CONFLICT and two revisions would share one version.
   */
  private async bumpVersion(manager: EntityManager, record: E): Promise<void> {
    const meta = manager.connection.getMetadata(this.entity);
    const version = meta.versionColumn!.databaseName;
    const updated = meta.updateDateColumn!.databaseName;
    const [row]: { version: number; updated: Date }[] = await manager.query(
      `WITH bumped AS (UPDATE "${meta.tableName}" SET ${version} = ${version} + 1, ${updated} = now() ` +
        `WHERE id = $1 RETURNING ${version} AS version, ${updated} AS updated) SELECT * FROM bumped`,
      [record.id],
    );
    record.version = row.version;
    record.updatedAt = new Date(row.updated);
  }

  /** The row under a write lock (`trashed`: soft-deleted rows too); NOT_FOUND when there is none. */
  private async lockRow(manager: EntityManager, id: string, trashed: boolean): Promise<E> {
    const record = isUuid(id)
      ? await manager.findOne(this.entity, {
          where: { id } as FindOptionsWhere<E>,
          withDeleted: trashed,
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!record) throw notFound(this.typeName, id);
    return record;
  }

  /** Reads the row under a write lock, so a parallel save waits and then sees the new version. */
  protected async lockCurrent(manager: EntityManager, id: string, version?: number | null): Promise<E> {
    const record = await this.lockRow(manager, id, false);
    if (version != null && record.version !== version) {
      throw conflict(`${this.typeName} ${id} was changed by someone else (now version ${record.version})`, {
        currentVersion: record.version,
        current: await this.snapshot(manager, record),
      });
    }
    return record;
  }
}

/** A record's workflow status (null for types without one), read before a write changes it. */
function statusOf(record: object): string | null {
  const status = (record as { status?: unknown }).status;
  return typeof status === 'string' ? status : null;
}
