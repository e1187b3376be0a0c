import { accessInput, type AccessValues, validateAccess } from './access-form';

export interface InviteValues extends AccessValues {
  name: string;
  email: string;
}

type InviteProblem =
  'users.nameRequired' | 'auth.emailRequired' | 'auth.emailInvalid' | 'users.rolesRequired';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** What the browser can tell before the server does: a name, an address, at least one role. */
export function validateInvite(values: InviteValues): Partial<Record<keyof InviteValues, InviteProblem>> {
  const problems: Partial<Record<keyof InviteValues, InviteProblem>> = {};
  if (!values.name.trim()) problems.name = 'users.nameRequired';
  const email = values.email.trim();
  if (!email) problems.email = 'auth.emailRequired';
  else if (!EMAIL.test(email)) problems.email = 'auth.emailInvalid';
  return { ...problems, ...validateAccess(values) };
}

/** The invitation as the server takes it: programmes only for a coordinator. */
export function inviteInput(values: InviteValues) {
  return { name: values.name.trim(), email: values.email.trim(), ...accessInput(values) };
}
