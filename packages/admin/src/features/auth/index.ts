/** Auth's public surface: the signed-in session. Other features import only this file. */
export { useSession } from './useSession';
export type { Action } from './permissions';
