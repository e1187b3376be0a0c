import { graphQLErrors } from '../../shared/errors';

/** The server's minimum (packages/server/src/modules/auth/passwords.ts). */
export const MIN_PASSWORD_LENGTH = 12;

export interface NewPasswordValues {
  password: string;
  repeat: string;
}

type NewPasswordProblem = 'account.passwordTooShort' | 'account.passwordsDiffer';

/** A new password long enough, typed the same twice. */
export function validateNewPassword(
  values: NewPasswordValues,
): Partial<Record<keyof NewPasswordValues, NewPasswordProblem>> {
  const problems: Partial<Record<keyof NewPasswordValues, NewPasswordProblem>> = {};
  if (values.password.length < MIN_PASSWORD_LENGTH) problems.password = 'account.passwordTooShort';
  else if (values.repeat !== values.password) problems.repeat = 'account.passwordsDiffer';
  return problems;
}

/** The one-time link's token, from the URL fragment (`#token=…`), which never reaches a server log. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[\w-]{20,200}$/.test(token) ? token : null;
}

/** The reason the server gave for a refused field, e.g. `invalidToken`, `wrongPassword`. */
export function fieldReason(error: unknown, field: string): string | null {
  for (const entry of graphQLErrors(error)) {
    const fields = entry.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    const found = fields.find((f: { field?: unknown }) => f?.field === field) as
      { reason?: unknown } | undefined;
    if (typeof found?.reason === 'string') return found.reason;
  }
  return null;
}
