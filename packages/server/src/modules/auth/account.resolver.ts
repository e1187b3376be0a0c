import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { IdArg } from '../../common/args';
import type { Context } from '../../common/context';
import { unauthenticated } from '../../common/errors';
import { ChangeMyPasswordInput, SetPasswordInput, UpdateMyAccountInput } from './account.inputs';
import { InviteUserInput } from './auth.inputs';
import { Session, User } from './auth.entity';

@ObjectType({
  description:
    'An invitation or a password reset. `link` is given only when it could not be e-mailed (no SMTP): shown this once, pass it on.',
})
class OneTimeLink {
  @Field(() => User)
  user: User;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field({ description: 'The link went to the user by e-mail.' })
  emailed: boolean;
}

function signedIn(ctx: Context) {
  if (ctx.principal.kind !== 'user') throw unauthenticated();
  return ctx.principal;
}

/** Invitations, password resets and what staff change of their own account. */
@Resolver()
export class AccountResolver {
  @Mutation(() => OneTimeLink, { description: 'Creates an account and a one-time link (admins).' })
  inviteUser(@Arg('input') input: InviteUserInput, @Ctx() ctx: Context) {
    return ctx.services.invitations.inviteUser(input, ctx.actor, ctx.origin);
  }

  @Mutation(() => OneTimeLink, {
    description:
      "Ends a user's password and sessions and makes a one-time link to choose a new one (admins).",
  })
  resetUserPassword(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.invitations.resetUserPassword(id, ctx.actor, ctx.origin);
  }

  @Mutation(() => User, { description: 'Chooses a password through a one-time link and signs in.' })
  async setPassword(@Arg('input') input: SetPasswordInput, @Ctx() ctx: Context) {
    const { user, token } = await ctx.services.invitations.setPassword(
      input,
      { ip: ctx.senderHash, userAgent: null },
      ctx.actor,
    );
    ctx.session?.set(token);
    return user;
  }

  @Mutation(() => User, { description: 'A new password for yourself; your other sessions end.' })
  changeMyPassword(@Arg('input') input: ChangeMyPasswordInput, @Ctx() ctx: Context) {
    return ctx.services.account.changeMyPassword(signedIn(ctx), input, ctx.actor, ctx.senderHash);
  }

  @Mutation(() => User, { description: 'Your name and the language you see the admin in.' })
  updateMyAccount(@Arg('input') input: UpdateMyAccountInput, @Ctx() ctx: Context) {
    return ctx.services.account.updateMyAccount(signedIn(ctx).userId, input);
  }
}

/** Marks the session a request comes from, so "my sessions" can say which one is this browser. */
@Resolver(() => Session)
export class SessionFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'This is the session the request was sent with.' })
  current(@Root() session: Session, @Ctx() ctx: Context): boolean {
    return ctx.principal.kind === 'user' && ctx.principal.sessionId === session.id;
  }
}
