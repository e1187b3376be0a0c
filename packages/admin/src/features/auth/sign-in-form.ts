export interface SignInValues {
  email: string;
  password: string;
}

export type SignInProblem = 'auth.emailRequired' | 'auth.emailInvalid' | 'auth.passwordRequired';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** What the browser can tell before asking the server: an address that looks like one, a password. */
export function validateSignIn(values: SignInValues): Partial<Record<keyof SignInValues, SignInProblem>> {
  const problems: Partial<Record<keyof SignInValues, SignInProblem>> = {};
  const email = values.email.trim();
  if (!email) problems.email = 'auth.emailRequired';
  else if (!EMAIL.test(email)) problems.email = 'auth.emailInvalid';
  if (!values.password) problems.password = 'auth.passwordRequired';
  return problems;
}
