import type { EntityManager } from 'typeorm';
import type { Actor } from './principal';
import type { RevisionAction } from './revision-action';

/** One change of a record, as its revision keeps it. */
export interface Change {
  entityType: string;
  entityId: string;
  version: number;
  action: RevisionAction;
  snapshot: Record<string, unknown>;
}

/**
 * Where CrudService records each change, in the change's transaction. The revision module
 * implements it (revision + audit entry); common/ knows only this interface.
 */
export interface ChangeLog {
  /** `auditAction` names the audit entry when it says more than `type.action` (e.g. volunteer.erase). */
  record(
    manager: EntityManager,
    actor: Actor,
    change: Change,
    options?: { auditAction?: string },
  ): Promise<unknown>;
}
