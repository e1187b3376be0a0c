import type { UserRole } from '../../gql/graphql';

/**
 * What each role may do in the admin, mirroring the server's policy table
 * (packages/server/src/app/policy.ts). The server decides; this only hides what would be refused.
 */
export const PERMISSIONS = {
  /** Every staff member has a dashboard. */
  'dashboard:view': ['ADMIN', 'EDITOR', 'MODERATOR', 'COORDINATOR'],
  /** Practices, projects, organizations, partner networks, themes and target groups. */
  'content:manage': ['ADMIN', 'EDITOR'],
  /** Editors manage programmes; coordinators update the ones they coordinate. */
  'volunteerProgrammes:manage': ['ADMIN', 'EDITOR', 'COORDINATOR'],
  'volunteers:manage': ['ADMIN', 'COORDINATOR'],
  /** Nominations and proposals from the public. */
  'moderation:manage': ['ADMIN', 'MODERATOR'],
  /** Revisions, restore from the trash. */
  'trash:manage': ['ADMIN', 'EDITOR'],
  /** Partner API tokens. */
  'tokens:manage': ['ADMIN'],
  /** Staff accounts and their sessions. */
  'users:manage': ['ADMIN'],
  /** Who changed what: the audit log. */
  'audit:view': ['ADMIN'],
} as const satisfies Record<string, readonly UserRole[]>;

export type Action = keyof typeof PERMISSIONS;

/** Whether a user with these roles (or this role) may do `action`. Admins may do everything. */
export function can(roles: UserRole | readonly UserRole[] | null | undefined, action: Action): boolean {
  const mine: readonly UserRole[] = roles == null ? [] : typeof roles === 'string' ? [roles] : roles;
  if (mine.includes('ADMIN')) return true;
  const allowed: readonly UserRole[] = PERMISSIONS[action];
  return mine.some((role) => allowed.includes(role));
}

/** The order roles are shown in. */
export const ROLE_ORDER: readonly UserRole[] = ['ADMIN', 'EDITOR', 'MODERATOR', 'COORDINATOR'];
