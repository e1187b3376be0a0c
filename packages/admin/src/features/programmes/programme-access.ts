import type { UserRole } from '../../gql/graphql';

// Programmes follow the editorial workflow every publishable record does.
export { allowedStatuses } from '../../shared/components/content-workflow';

/**
 * Who may do what with volunteer programmes, mirroring the server: editors and admins create,
 * edit and delete them; coordinators only edit the programmes they coordinate
 * (`User.programmes`) and, not being editors, may not change their status
 * (packages/server/src/modules/content/workflow.ts). The server decides; this hides the rest.
 */

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
