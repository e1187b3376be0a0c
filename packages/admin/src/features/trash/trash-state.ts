import type { ContentType, UserRole } from '../../gql/graphql';
import { type Cursor, pageArgs, readChoice, readCursor, writeParams } from '../../shared/url-state';

/** Every kind of record that goes to the trash, in the order the tabs show them. */
export const TRASH_TYPES = [
  'Practice',
  'Project',
  'Organization',
  'PartnerNetwork',
  'VolunteerProgramme',
  'Theme',
  'TargetGroup',
  'Volunteer',
  'VolunteerAssignment',
] as const satisfies readonly ContentType[];

/** Personal data: only admins see these in the trash (the server refuses everyone else). */
export const PERSONAL_TYPES: readonly ContentType[] = ['Volunteer', 'VolunteerAssignment'];

export const TRASH_PAGE_SIZE = 25;

/** The types a user with these roles may open in the trash. */
export function trashTypesFor(roles: readonly UserRole[]): ContentType[] {
  const admin = roles.includes('ADMIN');
  return TRASH_TYPES.filter((type) => admin || !PERSONAL_TYPES.includes(type));
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

/** Where a restored record is edited, for the types that have an editor in the admin yet. */
export function editPath(type: ContentType, id: string): string | null {
  return type === 'Practice' ? `/practices/${id}` : null;
}
