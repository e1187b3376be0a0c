import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids';
import { hasRole, type Principal, UserRole } from '../../common/principal';
import { forbidden } from '../../common/errors';

/**
 * Which volunteers a coordinator may see and change (admins, and the system, see all):
 *  - those with a live assignment in a programme the coordinator coordinates (`user_programme`);
 *  - those they created themselves and have not assigned yet, so a coordinator can fix a
 *    new volunteer before assigning them (without this, the record would vanish from view).
 * Everyone else's volunteers, contact data included, stay out of reach.
 */
export function seesAllVolunteers(principal: Principal): boolean {
  return hasRole(principal, UserRole.ADMIN);
}

const LIVE_ASSIGNMENT = 'sa.volunteer_id = %v.id AND sa.deleted_at IS NULL';

/** SQL condition: volunteer alias `v` is in the scope of the user whose id is bound as `user`. */
export function inScope(v: string, user: string): string {
  const live = LIVE_ASSIGNMENT.replace('%v', v);
  return (
    `(EXISTS (SELECT 1 FROM volunteer_assignment sa JOIN user_programme sp ON sp.programme_id = sa.programme_id ` +
    `WHERE ${live} AND sp.user_id = ${user}) ` +
    `OR (NOT EXISTS (SELECT 1 FROM volunteer_assignment sa WHERE ${live}) ` +
    `AND EXISTS (SELECT 1 FROM revision sr WHERE sr.entity_type = 'Volunteer' AND sr.entity_id = ${v}.id ` +
    `AND sr.action = 'CREATE' AND sr.author_id = ${user})))`
  );
}

/** The coordinator's user id; only users reach volunteers (the policy sees to that). */
function userOf(principal: Principal): string {
  if (principal.kind !== 'user') throw forbidden('Only staff handle volunteers');
  return principal.userId;
}

/** Ids among `ids` the principal may see personal data of; one statement for any number. */
export async function volunteersInScope(
  manager: EntityManager,
  principal: Principal,
  ids: readonly string[],
): Promise<Set<string>> {
  if (seesAllVolunteers(principal)) return new Set(ids);
  if (principal.kind !== 'user' || ids.length === 0) return new Set();
  const user = principal.userId;
  const rows: { id: string }[] = await manager.query(
    `SELECT v.id FROM volunteer v WHERE v.id = ANY($2::uuid[]) AND ${inScope('v', '$1')}`,
    [user, [...ids]],
  );
  return new Set(rows.map((row) => row.id));
}

/**
 * FORBIDDEN unless the volunteer is in scope. An unknown id passes: the caller reports
 * NOT_FOUND as it would for anyone. Runs before the version check, so a stale version
 * never hands out another programme's volunteer in the CONFLICT error.
 */
export async function assertVolunteerInScope(
  manager: EntityManager,
  principal: Principal,
  volunteerId: string,
): Promise<void> {
  if (seesAllVolunteers(principal) || !isUuid(volunteerId)) return;
  const rows: { ok: boolean }[] = await manager.query(
    `SELECT ${inScope('v', '$1')} AS ok FROM volunteer v WHERE v.id = $2`,
    [userOf(principal), volunteerId],
  );
  if (rows.length && !rows[0].ok) throw forbidden('This volunteer is not in a programme you coordinate');
}

/** FORBIDDEN unless the principal coordinates the programme. */
export async function assertCoordinates(
  manager: EntityManager,
  principal: Principal,
  programmeId: string,
): Promise<void> {
  if (seesAllVolunteers(principal)) return;
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM user_programme WHERE user_id = $1 AND programme_id = $2',
    [userOf(principal), isUuid(programmeId) ? programmeId : null],
  );
  if (!rows.length) throw forbidden('You do not coordinate this programme');
}

/**
 * A coordinator may assign a volunteer who is theirs already or not assigned anywhere yet;
 * a volunteer of another coordinator's programme is not theirs to take (that would open
 * the contact data to them).
 */
export async function assertAssignable(
  manager: EntityManager,
  principal: Principal,
  volunteerId: string,
): Promise<void> {
  if (seesAllVolunteers(principal) || !isUuid(volunteerId)) return;
  const rows: { ok: boolean }[] = await manager.query(
    `SELECT (${inScope('v', '$1')} OR NOT EXISTS (SELECT 1 FROM volunteer_assignment sa ` +
      `WHERE ${LIVE_ASSIGNMENT.replace('%v', 'v')})) AS ok FROM volunteer v WHERE v.id = $2`,
    [userOf(principal), volunteerId],
  );
  if (rows.length && !rows[0].ok)
    throw forbidden('This volunteer belongs to a programme you do not coordinate');
}

/** FORBIDDEN unless the assignment is in a programme the principal coordinates; unknown ids pass. */
export async function assertAssignmentInScope(
  manager: EntityManager,
  principal: Principal,
  assignmentId: string,
): Promise<void> {
  if (seesAllVolunteers(principal) || !isUuid(assignmentId)) return;
  const rows: { ok: boolean }[] = await manager.query(
    'SELECT EXISTS (SELECT 1 FROM user_programme up WHERE up.programme_id = a.programme_id ' +
      'AND up.user_id = $1) AS ok FROM volunteer_assignment a WHERE a.id = $2',
    [userOf(principal), assignmentId],
  );
  if (rows.length && !rows[0].ok) throw forbidden('This assignment is in a programme you do not coordinate');
}
