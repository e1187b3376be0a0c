import { Audience } from './principal';

const { PUBLIC, PARTNER, COORDINATOR, MODERATOR, EDITOR, ADMIN } = Audience;

/*
 * The groups the modules' policy entries are written in. Root operations only: finer rules
 * (a coordinator's own volunteers, published-only reads, private fields) live in services.
 */

/** Everyone: published content and reference data (drafts are filtered by visibility, not here). */
export const EVERYONE: readonly Audience[] = [PUBLIC, PARTNER, COORDINATOR, MODERATOR, EDITOR, ADMIN];
/** People, not partner sites: tokens are read-only. */
export const PEOPLE: readonly Audience[] = [PUBLIC, COORDINATOR, MODERATOR, EDITOR, ADMIN];
export const STAFF: readonly Audience[] = [COORDINATOR, MODERATOR, EDITOR, ADMIN];
export const EDITORS: readonly Audience[] = [EDITOR, ADMIN];
export const MODERATORS: readonly Audience[] = [MODERATOR, ADMIN];
export const COORDINATORS: readonly Audience[] = [COORDINATOR, ADMIN];
export const ADMINS: readonly Audience[] = [ADMIN];
