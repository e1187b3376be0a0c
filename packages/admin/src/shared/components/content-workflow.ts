import type { ContentStatus, UserRole } from '../../gql/graphql';

/** The editorial statuses in workflow order. */
export const CONTENT_WORKFLOW: readonly ContentStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

/**
 * Status changes and who may make them, mirroring the server's workflow
 * (packages/server/src/modules/content/workflow.ts); admins may make any. The server decides:
 * this only offers the actions it would accept.
 */
const TRANSITIONS: Record<ContentStatus, Partial<Record<ContentStatus, readonly UserRole[]>>> = {
  DRAFT: { IN_REVIEW: ['EDITOR'] },
  IN_REVIEW: { DRAFT: ['EDITOR', 'MODERATOR'], PUBLISHED: ['EDITOR', 'MODERATOR'] },
  PUBLISHED: { ARCHIVED: ['EDITOR'] },
  ARCHIVED: { DRAFT: ['EDITOR'] },
};

/** Statuses a new record may start in, by role. */
const INITIAL: Partial<Record<ContentStatus, readonly UserRole[]>> = {
  DRAFT: ['EDITOR'],
  IN_REVIEW: ['EDITOR'],
};

function allowed(roles: readonly UserRole[], who: readonly UserRole[] | undefined): boolean {
  return roles.includes('ADMIN') || Boolean(who?.some((role) => roles.includes(role)));
}

/** The statuses a record in `from` may move to, in workflow order. */
export function nextStatuses(from: ContentStatus, roles: readonly UserRole[]): ContentStatus[] {
  return CONTENT_WORKFLOW.filter((to) => to !== from && allowed(roles, TRANSITIONS[from][to]));
}

/** The statuses a new record may start in. */
export function initialStatuses(roles: readonly UserRole[]): ContentStatus[] {
  return CONTENT_WORKFLOW.filter((status) => allowed(roles, INITIAL[status]));
}

/** The statuses a record in `from` (null: a new record) may be saved in, `from` included. */
export function allowedStatuses(roles: readonly UserRole[], from: ContentStatus | null): ContentStatus[] {
  if (from === null) return initialStatuses(roles);
  const next = nextStatuses(from, roles);
  return CONTENT_WORKFLOW.filter((status) => status === from || next.includes(status));
}

/** Whether moving forward along the workflow (the main button) or aside (a quiet one). */
export function isForward(from: ContentStatus, to: ContentStatus): boolean {
  return CONTENT_WORKFLOW.indexOf(to) > CONTENT_WORKFLOW.indexOf(from) && to !== 'ARCHIVED';
}

/**
 * Scheduling is publishing later: offered to whoever may publish the record now. The record
 * keeps its status until the server's scheduler publishes it (the server refuses a status
 * PUBLISHED together with a `publishAt`).
 */
export function maySchedule(from: ContentStatus, roles: readonly UserRole[]): boolean {
  return nextStatuses(from, roles).includes('PUBLISHED');
}

/**
 * The form change a status action makes. A schedule waits only in a status its author may
 * publish from (the server refuses the rest), so moving elsewhere, e.g. back to draft, cancels it.
 */
export function statusChange(
  to: ContentStatus,
  roles: readonly UserRole[],
): { status: ContentStatus; publishAt?: null } {
  return to === 'PUBLISHED' || !maySchedule(to, roles) ? { status: to, publishAt: null } : { status: to };
}
