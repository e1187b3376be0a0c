import type { UserRole } from '../../gql/graphql';

/** What an account may do: its roles, and the programmes it coordinates. */
export interface AccessValues {
  roles: UserRole[];
  programmeIds: string[];
}

/** At least one role: an account with none could sign in to nothing. */
export function validateAccess(values: AccessValues): { roles?: 'users.rolesRequired' } {
  return values.roles.length ? {} : { roles: 'users.rolesRequired' };
}

/** Roles and programmes as the server takes them: programmes only for a coordinator. */
export function accessInput(values: AccessValues): AccessValues {
  return {
    roles: values.roles,
    programmeIds: values.roles.includes('COORDINATOR') ? values.programmeIds : [],
  };
}
