import { Field, ID, ObjectType } from 'type-graphql';
import type { Context } from '../../common/context';
import { recordById } from '../../common/loaders';
// Type only, and the table by name: auth's services log to audit, so audit must not load auth.
import type { User } from '../auth';

@ObjectType({ description: 'Who made a change: a staff member, or the system (e.g. the scheduler).' })
export class ChangeAuthor {
  @Field({ description: 'user, partner, public, or system:<name> (e.g. system:scheduler).' })
  kind: string;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true, description: 'The staff member’s name.' })
  name: string | null;
}

/** Staff members by id, for authors of revisions and audit entries: one statement per page. */
export const userById = (ctx: Context) => recordById<User>(ctx, 'User');

/** The author of a change as the audit log stores it: a user's name is looked up, batched. */
export async function changeAuthor(
  ctx: Context,
  actorKind: string,
  actorId: string | null,
): Promise<ChangeAuthor> {
  if (actorKind !== 'user' || !actorId) return { kind: actorKind, userId: null, name: null };
  const user = await userById(ctx).load(actorId);
  return { kind: 'user', userId: actorId, name: user?.name ?? null };
}
