import type { ContentType, UserRole } from '../../gql/graphql';
import type { TrashType } from '../../shared/section';
import { type Cursor, pageArgs, readChoice, readCursor, writeParams } from '../../shared/url-state';

export const TRASH_PAGE_SIZE = 25;

/**
 * The types a user with these roles may open in the trash, in tab order. `types` are those the
 * sections put there (their descriptors); personal data is for admins only, as on the server.
 */
export function trashTypesFor(types: readonly TrashType[], roles: readonly UserRole[]): ContentType[] {
  const admin = roles.includes('ADMIN');
  return types.filter((t) => admin || !t.personal).map((t) => t.type);
}

/** Only admins purge. */
export function canPurge(roles: readonly UserRole[]): boolean {
  return roles.includes('ADMIN');
}

export interface TrashState extends Cursor {
  type: ContentType;
}

/** `?type=Project&after=…`; an unknown or forbidden type shows practices. */
export function readTrashState(params: URLSearchParams, allowed: readonly ContentType[]): TrashState {
  return { type: readChoice(params, 'type', allowed, allowed[0] ?? 'Practice'), ...readCursor(params) };
}

/** Another type starts on its first page. */
export function withType(params: URLSearchParams, type: ContentType): URLSearchParams {
  return writeParams(params, { type: type === 'Practice' ? null : type, after: null, before: null });
}

export function trashVariables(state: TrashState, pageSize = TRASH_PAGE_SIZE) {
  return { entityType: state.type, ...pageArgs(state, pageSize) };
}
