import type { DataSource, EntityManager } from 'typeorm';
import { fieldError, notFound, Reason } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { ConnectionArgs } from '../../common/pagination/connection';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import type { Change, ChangeLog } from '../../common/change-log';
import type { Actor } from '../../common/principal';
import { actorOf, type AuditService } from '../audit';
import { Revision } from './revision.entity';
import { isBookkeeping } from './snapshots';

export type { Change };

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** JSON with object keys sorted: jsonb stores keys in its own order, so stored and fresh snapshots differ in it. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const same = (a: unknown, b: unknown) => canonical(a ?? null) === canonical(b ?? null);

/** Fields (bookkeeping left out) whose values differ between two snapshots, with both values. */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => !isBookkeeping(key) && !same(before?.[key], after[key]))
    .sort()
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }));
}

/** Top-level fields whose values differ between two snapshots. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string[] {
  return fieldChanges(before, after).map((change) => change.field);
}

/** Every change of a content record leaves a revision and an audit entry, in the change's transaction. */
export class RevisionService implements ChangeLog {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** `auditAction` names the audit entry when it says more than `type.action` (e.g. volunteer.erase). */
  async record(
    manager: EntityManager,
    actor: Actor,
    change: Change,
    options: { auditAction?: string } = {},
  ): Promise<Revision> {
    const previous = await this.latest(manager, change.entityType, change.entityId);
    const fields = changedFields(previous?.snapshot ?? null, change.snapshot);
    const revision = await manager.save(
      manager.create(Revision, {
        ...change,
        changedFields: fields,
        authorId: actor.principal.kind === 'user' ? actor.principal.userId : null,
        authorKind: actorOf(actor).actorKind,
      }),
    );
    await this.audit.log(manager, actor, {
      action: options.auditAction ?? `${change.entityType.toLowerCase()}.${change.action.toLowerCase()}`,
      entityType: change.entityType,
      entityId: change.entityId,
      details: { version: change.version, changedFields: fields },
    });
    return revision;
  }

  /** The newest revision of a record; versions only grow, the time breaks ties of old data. */
  latest(manager: EntityManager, entityType: string, entityId: string): Promise<Revision | null> {
    return manager.findOne(Revision, {
      where: { entityType, entityId },
      order: { version: 'DESC', createdAt: 'DESC' },
    });
  }

  /** Inside a transaction pass its manager: the embedded database has a single session. */
  async getById(id: string, manager: EntityManager = this.ds.manager): Promise<Revision> {
    const revision = isUuid(id) ? await manager.findOneBy(Revision, { id }) : null;
    if (!revision) throw notFound('Revision', id);
    return revision;
  }

  /** A record's revisions, newest first. */
  list(entityType: string, entityId: string, args: ConnectionArgs) {
    const query = this.ds
      .getRepository(Revision)
      .createQueryBuilder('revision')
      .where('revision.entityType = :entityType', { entityType });
    if (isUuid(entityId)) query.andWhere('revision.entityId = :entityId', { entityId });
    else query.andWhere('false');
    return paginate(
      query,
      { expression: 'revision.version', sqlType: 'int', direction: SortDirection.DESC },
      args,
    );
  }

  /** What changed from one revision of a record to another (either order). */
  async diff(fromId: string, toId: string) {
    const [from, to] = await Promise.all([this.getById(fromId), this.getById(toId)]);
    if (from.entityType !== to.entityType || from.entityId !== to.entityId) {
      throw fieldError('toId', 'Both revisions must belong to the same record', Reason.differentRecords);
    }
    return { from, to, changes: fieldChanges(from.snapshot, to.snapshot) };
  }

  /**
   * Overwrites fields in every stored snapshot of a record: erasure must reach the history too,
   * or restoring an old revision would bring the personal data back.
   */
  async scrub(
    manager: EntityManager,
    entityType: string,
    entityId: string,
    fields: Record<string, unknown>,
  ): Promise<void> {
    await manager.query(
      'UPDATE revision SET snapshot = snapshot || $1::jsonb WHERE entity_type = $2 AND entity_id = $3',
      [JSON.stringify(fields), entityType, entityId],
    );
  }

  /** A purged record leaves no snapshots behind. */
  async forget(manager: EntityManager, entityType: string, entityId: string): Promise<void> {
    await manager.delete(Revision, { entityType, entityId });
  }
}
