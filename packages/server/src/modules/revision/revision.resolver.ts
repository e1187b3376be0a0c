import { withSelection } from '../../common/pagination/connection';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import { IdArg } from '../../common/args';
import type { Context } from '../../common/context';
import { ContentType } from './content-types';
import { Revision } from './revision.entity';
import { ChangeAuthor, changeAuthor } from '../audit';
import { deletedBy } from './revision.loaders';
import {
  RevisionConnection,
  RevisionDiff,
  RevisionsArgs,
  TrashArgs,
  TrashItem,
  TrashItemConnection,
} from './revision.types';
import { isBookkeeping } from './snapshots';

const TypeArg = () => Arg('entityType', () => ContentType);

@Resolver(() => Revision)
export class RevisionResolver {
  @Query(() => RevisionConnection, { description: 'Revisions of one record, newest first.' })
  revisions(
    @Args() { entityType, id, ...page }: RevisionsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.editorial.revisionsOf(entityType, id, withSelection(page, info), ctx.principal);
  }

  @Query(() => RevisionDiff, { description: 'The fields that differ between two revisions of a record.' })
  revisionDiff(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.editorial.diff(fromId, toId, ctx.principal);
  }

  @Mutation(() => Revision, {
    description: 'Puts a revision back as an ordinary update; returns the new RESTORE revision.',
  })
  restoreRevision(
    @IdArg() id: string,
    @Arg('version', () => Int, { nullable: true, description: 'When given, a stale version is refused.' })
    version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.editorial.restoreRevision(id, version, ctx.actor);
  }

  @Mutation(() => Revision, { description: 'Takes a record out of the trash; returns its RESTORE revision.' })
  restoreFromTrash(@TypeArg() entityType: ContentType, @IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.editorial.restoreFromTrash(entityType, id, ctx.actor);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description: 'The record after this change, in the shape of its update input.',
  })
  snapshot(@Root() revision: Revision): Record<string, unknown> {
    return Object.fromEntries(Object.entries(revision.snapshot).filter(([key]) => !isBookkeeping(key)));
  }

  @FieldResolver(() => ChangeAuthor, {
    nullable: true,
    description: 'A user, or the system job that made it.',
  })
  author(@Root() revision: Revision, @Ctx() ctx: Context) {
    return changeAuthor(ctx, revision.authorKind, revision.authorId);
  }
}

@Resolver(() => TrashItem)
export class TrashResolver {
  @Query(() => TrashItemConnection, { description: 'Deleted records of one type, last deleted first.' })
  trash(@Args() { entityType, ...page }: TrashArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.editorial.trash(entityType, withSelection(page, info), ctx.principal);
  }

  @Mutation(() => TrashItem, { description: 'Deletes a trashed record for good (admins).' })
  purge(@TypeArg() entityType: ContentType, @IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.editorial.purge(entityType, id, ctx.actor);
  }

  @FieldResolver(() => ChangeAuthor, { nullable: true, description: 'From the audit log.' })
  deletedBy(@Root() item: TrashItem, @Ctx() ctx: Context) {
    return deletedBy(ctx, item.entityType).load(item.id);
  }
}
