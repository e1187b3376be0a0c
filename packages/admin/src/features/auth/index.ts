/** Auth's public surface: the signed-in session. Other features import only this file. */
export { useSession } from './useSession';
export type { Action } from './permissions';
export { ROLE_ORDER } from './permissions';
/** Who is signed in: a page that signs someone in (the one-time link's) writes the answer here. */
export { MeQuery } from './auth.graphql';
