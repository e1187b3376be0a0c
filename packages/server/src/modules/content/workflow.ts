import type { EntityManager } from 'typeorm';
import { CrudService, type UpdateInputBase } from '../../common/crud.service';
import { ContentStatus } from '../../common/status';
import { forbidden } from '../../common/errors';
import { type Actor, hasRole, type Principal, UserRole } from '../../common/principal';
import type { PublishableEntity } from '../../common/base.entity';

const { DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED } = ContentStatus;
const { EDITOR, MODERATOR } = UserRole;

/**
 * Allowed status changes and who may make them (admins may make any). Editors write and
 * publish what was reviewed; moderators publish or return reviewed proposals; taking a
 * published record back to draft, or publishing a draft unreviewed, is for admins.
 */
export const TRANSITIONS: Record<ContentStatus, Partial<Record<ContentStatus, UserRole[]>>> = {
  [DRAFT]: { [IN_REVIEW]: [EDITOR] },
  [IN_REVIEW]: { [DRAFT]: [EDITOR, MODERATOR], [PUBLISHED]: [EDITOR, MODERATOR] },
  [PUBLISHED]: { [ARCHIVED]: [EDITOR] },
  [ARCHIVED]: { [DRAFT]: [EDITOR] },
};

/** Statuses a new record may start in, by role. */
const INITIAL: Partial<Record<ContentStatus, UserRole[]>> = { [DRAFT]: [EDITOR], [IN_REVIEW]: [EDITOR] };

export function mayChangeStatus(
  principal: Principal,
  from: ContentStatus | null,
  to: ContentStatus,
): boolean {
  if (from === to) return true;
  const roles = from === null ? INITIAL[to] : TRANSITIONS[from][to];
  // hasRole counts admins (and the system) as having every role.
  return hasRole(principal, ...(roles ?? [UserRole.ADMIN]));
}

export function assertStatusChange(
  principal: Principal,
  from: ContentStatus | null,
  to: ContentStatus,
): void {
  if (!mayChangeStatus(principal, from, to)) {
    throw forbidden(
      from ? `Your role may not move it from ${from} to ${to}` : `Your role may not create it as ${to}`,
    );
  }
}

/**
 * The scheduler publishes with the system's rights, so a schedule is a publication decided
 * now: whoever sets one, or moves a scheduled record to another status, must be allowed to
 * publish from the status it will wait in (an editor cannot schedule an unreviewed draft).
 * Saving other fields of a record someone else scheduled leaves the schedule alone.
 */
function assertSchedule(
  principal: Principal,
  current: PublishableEntity | null,
  input: { status?: ContentStatus | null; publishAt?: Date | null },
  to: ContentStatus,
): void {
  const publishAt = input.publishAt === undefined ? (current?.publishAt ?? null) : input.publishAt;
  if (!publishAt || to === PUBLISHED) return;
  const changed = !current || current.status !== to || current.publishAt?.getTime() !== publishAt.getTime();
  if (changed && !mayChangeStatus(principal, to, PUBLISHED)) {
    throw forbidden(`Your role may not publish it from ${to}, so it may not schedule it there either`);
  }
}

/** CRUD for records with an editorial status: every status change is checked against TRANSITIONS. */
export abstract class PublishableCrudService<
  E extends PublishableEntity,
  C extends { status?: ContentStatus | null; publishAt?: Date | null },
  U extends UpdateInputBase & { status?: ContentStatus | null; publishAt?: Date | null },
> extends CrudService<E, C, U> {
  protected override async authorize(_manager: EntityManager, current: E | null, input: C | U, actor: Actor) {
    const to = input.status ?? current?.status ?? DRAFT;
    assertStatusChange(actor.principal, current?.status ?? null, to);
    assertSchedule(actor.principal, current, input, to);
  }
}
