import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IdArg } from '../../common/args';
import type { Context } from '../../common/context';
import { notFound, unauthenticated } from '../../common/errors';
import { hasRole, userId } from '../../common/principal';
import { ApiToken, Session, User } from './auth.entity';
import { CreateApiTokenInput, CreateUserInput, LoginInput, UpdateUserInput } from './auth.inputs';

@ObjectType({ description: 'A new partner token. `token` is shown this once: store it now.' })
class CreatedApiToken {
  @Field()
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}

function currentUserId(ctx: Context): string {
  const id = userId(ctx.principal);
  if (!id) throw unauthenticated();
  return id;
}

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: Context) {
    const id = userId(ctx.principal);
    return id ? ctx.services.auth.findUser(id) : null;
  }

  @Mutation(() => User, { description: 'Signs in and sets the session cookie.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context) {
    const { user, token } = await ctx.services.auth.login(input.email, input.password, {
      ip: ctx.senderHash,
      userAgent: null,
    });
    ctx.session?.set(token);
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async logout(@Ctx() ctx: Context) {
    if (ctx.principal.kind === 'user') await ctx.services.auth.revokeSession(ctx.principal.sessionId);
    ctx.session?.clear();
    return true;
  }

  @Query(() => [User], { description: 'Staff accounts (admins).' })
  users(@Ctx() ctx: Context) {
    return ctx.services.access.listUsers();
  }

  @Mutation(() => User)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context) {
    return ctx.services.access.createUser(input, ctx.actor);
  }

  @Mutation(() => User)
  updateUser(@Arg('input') input: UpdateUserInput, @Ctx() ctx: Context) {
    return ctx.services.access.updateUser(input, ctx.actor);
  }

  @Query(() => [Session], { description: 'Sessions of a user (admins), or your own without userId.' })
  sessions(@Arg('userId', () => ID, { nullable: true }) forUser: string | null, @Ctx() ctx: Context) {
    const own = currentUserId(ctx);
    if (forUser && forUser !== own && !hasRole(ctx.principal)) throw notFound('User', forUser);
    return ctx.services.access.sessions(forUser ?? own);
  }

  @Mutation(() => Session, { description: 'Signs a session out: your own, or anyone’s for admins.' })
  revokeSession(@IdArg() id: string, @Ctx() ctx: Context) {
    const own = currentUserId(ctx);
    return ctx.services.auth.revokeSession(id, hasRole(ctx.principal) ? undefined : own);
  }

  @Query(() => [ApiToken], { description: 'Partner API tokens (admins).' })
  apiTokens(@Ctx() ctx: Context) {
    return ctx.services.access.listTokens();
  }

  @Mutation(() => CreatedApiToken)
  createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context) {
    return ctx.services.access.createToken(input, ctx.actor);
  }

  @Mutation(() => ApiToken)
  revokeApiToken(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.access.revokeToken(id, ctx.actor);
  }
}
