import type { DataSource, EntityManager } from 'typeorm';
import { fieldError, Reason } from '../../common/errors';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import type { Actor } from '../../common/principal';
import { AuditEntry } from './audit.entity';
import type { AuditLogArgs, AuditLogChoices } from './audit.inputs';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown> | null;
}

/** How the audit log and revisions name who acted: a user's id, or a kind (`system:scheduler`). */
export function actorOf(actor: Actor): Pick<AuditEntry, 'actorId' | 'actorKind'> {
  const p = actor.principal;
  if (p.kind === 'user') return { actorId: p.userId, actorKind: 'user' };
  if (p.kind === 'partner') return { actorId: p.tokenId, actorKind: 'partner' };
  if (p.kind === 'system') return { actorId: null, actorKind: `system:${p.name}` };
  return { actorId: null, actorKind: 'public' };
}

/** Writes the audit log inside the caller's transaction, so a change and its entry stand or fall together. */
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async log(manager: EntityManager, actor: Actor, event: AuditEvent): Promise<void> {
    await manager.insert(AuditEntry, {
      ...actorOf(actor),
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      details: (event.details ?? null) as AuditEntry['details'] & object,
      requestId: actor.requestId,
    });
  }

  /** The log for admins, newest first. */
  list(args: AuditLogArgs) {
    const filter = args.filter ?? {};
    if (filter.from && filter.to && filter.from >= filter.to) {
      throw fieldError('filter.to', 'to must be later than from', Reason.periodOrder);
    }
    const query = this.ds.getRepository(AuditEntry).createQueryBuilder('entry');
    if (filter.entityType)
      query.andWhere('entry.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('entry.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.at < :to', { to: filter.to });
    return paginate(
      query,
      { expression: 'entry.at', sqlType: 'timestamptz', direction: SortDirection.DESC },
      args,
    );
  }

  /** The entity types and actions the log holds: two statements, whatever its length. */
  async choices(): Promise<AuditLogChoices> {
    const distinct = async (column: 'entityType' | 'action') => {
      const rows = await this.ds
        .getRepository(AuditEntry)
        .createQueryBuilder('entry')
        .select(`entry.${column}`, 'value')
        .distinct(true)
        .getRawMany<{ value: string }>();
      // Sorted here: the database's collation would order mixed case differently per server.
      return rows.map((row) => row.value).sort();
    };
    return { entityTypes: await distinct('entityType'), actions: await distinct('action') };
  }
}
