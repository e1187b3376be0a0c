import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal';
import { AuditEntry } from './audit.entity';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown> | null;
}

function actorOf(actor: Actor): Pick<AuditEntry, 'actorId' | 'actorKind'> {
  const p = actor.principal;
  if (p.kind === 'user') return { actorId: p.userId, actorKind: 'user' };
  if (p.kind === 'partner') return { actorId: p.tokenId, actorKind: 'partner' };
  if (p.kind === 'system') return { actorId: null, actorKind: `system:${p.name}` };
  return { actorId: null, actorKind: 'public' };
}

/** Writes the audit log inside the caller's transaction, so a change and its entry stand or fall together. */
export class AuditService {
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
}
