import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/principal';
import { Revision, RevisionAction } from './revision.entity';

export interface Change {
  entityType: string;
  entityId: string;
  version: number;
  action: RevisionAction;
  snapshot: Record<string, unknown>;
}

/** Top-level fields whose values differ between two snapshots. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .sort();
}

/** Every change of a content record leaves a revision and an audit entry, in its own transaction. */
export class RevisionService {
  constructor(private readonly audit: AuditService) {}

  async record(manager: EntityManager, actor: Actor, change: Change): Promise<Revision> {
    const previous = await manager.findOne(Revision, {
      where: { entityType: change.entityType, entityId: change.entityId },
      order: { createdAt: 'DESC', version: 'DESC' },
    });
    const fields = changedFields(previous?.snapshot ?? null, change.snapshot);
    const revision = await manager.save(
      manager.create(Revision, {
        ...change,
        changedFields: fields,
        authorId: actor.principal.kind === 'user' ? actor.principal.userId : null,
      }),
    );
    await this.audit.log(manager, actor, {
      action: `${change.entityType.toLowerCase()}.${change.action.toLowerCase()}`,
      entityType: change.entityType,
      entityId: change.entityId,
      details: { version: change.version, changedFields: fields },
    });
    return revision;
  }
}

export { RevisionAction };
