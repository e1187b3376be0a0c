import { withSelection } from '../../common/pagination/connection';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../../common/context';
import { AuditEntry } from './audit.entity';
import { ChangeAuthor, changeAuthor } from './change-author';
import { AuditEntryConnection, AuditLogArgs, AuditLogChoices } from './audit.inputs';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Who changed what, newest first (admins).' })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.audit.list(withSelection(args, info));
  }

  @Query(() => AuditLogChoices, {
    description: 'The entity types and actions in the log, for its filters (admins).',
  })
  auditLogChoices(@Ctx() ctx: Context) {
    return ctx.services.audit.choices();
  }

  @FieldResolver(() => ChangeAuthor, { description: 'The actor, with a staff member’s name.' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return changeAuthor(ctx, entry.actorKind, entry.actorId);
  }
}
