import type { ContentStatus, UserRole } from '../../gql/graphql';

/**
 * Who may do what with volunteer programmes, mirroring the server: editors and admins create,
 * edit and delete them; coordinators only edit the programmes they coordinate
 * (`User.programmes`) and, not being editors, may not change their status
 * (packages/server/src/modules/content/workflow.ts). The server decides; this hides the rest.
 */

/** Allowed status changes by role (admins may make any), as in the server's workflow. */
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

const ALL_STATUSES: readonly ContentStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];

function hasAny(roles: readonly UserRole[], allowed: readonly UserRole[] | undefined): boolean {
  if (roles.includes('ADMIN')) return true;
  return Boolean(allowed && roles.some((role) => allowed.includes(role)));
}

/** The statuses a record in `from` (null: a new record) may be saved in, `from` included. */
export function allowedStatuses(roles: readonly UserRole[], from: ContentStatus | null): ContentStatus[] {
  return ALL_STATUSES.filter((to) => {
    if (to === from) return true;
    return hasAny(roles, from === null ? INITIAL[to] : TRANSITIONS[from][to]);
  });
}

export interface ProgrammeAccess {
  /** Create programmes (editors and admins). */
  canCreate: boolean;
  /** Move programmes to the trash (editors and admins). */
  canDelete: boolean;
  /** Edit this programme: editors and admins any, coordinators their own. */
  canEdit: (programmeId: string) => boolean;
}

export function programmeAccess(
  roles: readonly UserRole[],
  coordinatedIds: readonly string[],
): ProgrammeAccess {
  const editor = roles.includes('ADMIN') || roles.includes('EDITOR');
  const coordinator = roles.includes('COORDINATOR');
  return {
    canCreate: editor,
    canDelete: editor,
    canEdit: (programmeId) => editor || (coordinator && coordinatedIds.includes(programmeId)),
  };
}
