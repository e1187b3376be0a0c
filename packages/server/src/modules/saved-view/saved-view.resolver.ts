import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IdArg } from '../../common/args';
import type { Context } from '../../common/context';
import { withSelection } from '../../common/pagination/connection';
import { userId } from '../../common/principal';
import { userById } from '../audit';
import { SavedView } from './saved-view.entity';
import {
  CreateSavedViewInput,
  SavedViewConnection,
  SavedViewsArgs,
  UpdateSavedViewInput,
} from './saved-view.inputs';

@Resolver(() => SavedView)
export class SavedViewResolver {
  @Query(() => SavedViewConnection, {
    description: 'My saved views of a list and those others share, by name (staff).',
  })
  savedViews(@Args() args: SavedViewsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.savedViews.list(withSelection(args, info), ctx.principal);
  }

  @Mutation(() => SavedView)
  createSavedView(@Arg('input') input: CreateSavedViewInput, @Ctx() ctx: Context) {
    return ctx.services.savedViews.create(input, ctx.actor);
  }

  @Mutation(() => SavedView, { description: 'Renames, re-saves or shares a view: its owner only.' })
  updateSavedView(@Arg('input') input: UpdateSavedViewInput, @Ctx() ctx: Context) {
    return ctx.services.savedViews.update(input, ctx.actor);
  }

  @Mutation(() => SavedView, { description: 'Deletes a view: its owner, or an admin a shared one.' })
  deleteSavedView(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.savedViews.delete(id, ctx.actor);
  }

  @FieldResolver(() => String, { nullable: true, description: "The owner's name (batched per page)." })
  async ownerName(@Root() view: SavedView, @Ctx() ctx: Context) {
    return (await userById(ctx).load(view.ownerId))?.name ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether I saved it (only then may I change it).' })
  mine(@Root() view: SavedView, @Ctx() ctx: Context) {
    return view.ownerId === userId(ctx.principal);
  }
}
