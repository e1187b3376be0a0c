import type { ContentStatus, UserRole } from '../../gql/graphql';
import { PROJECT_STATUSES } from './project-list-state';

/**
 * Status changes and who may make them, mirroring the server's workflow
 * (packages/server/src/modules/content/workflow.ts); admins may make any. The server decides:
 * this only offers the buttons it would accept.
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
  return PROJECT_STATUSES.filter((to) => to !== from && allowed(roles, TRANSITIONS[from][to]));
}

/** The statuses a new record may start in. */
export function initialStatuses(roles: readonly UserRole[]): ContentStatus[] {
  return PROJECT_STATUSES.filter((status) => allowed(roles, INITIAL[status]));
}

/** Whether moving forward along the workflow (the main button) or aside (a quiet one). */
export function isForward(from: ContentStatus, to: ContentStatus): boolean {
  return PROJECT_STATUSES.indexOf(to) > PROJECT_STATUSES.indexOf(from) && to !== 'ARCHIVED';
}
