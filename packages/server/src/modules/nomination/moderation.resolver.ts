import { withSelection } from '../../common/pagination/connection';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../../common/context';
import { ConnectionArgs } from '../../common/pagination/connection';
import { hasRole, UserRole } from '../../common/principal';
import { forbidden } from '../../common/errors';
import { Practice, PracticeConnection } from '../practice';
import {
  ModerateNominationsArgs,
  ModerationQueueArgs,
  ReviewProposalArgs,
  UnblockSenderArgs,
} from './moderation.inputs';
import {
  ModerationQueue,
  ModerationResult,
  NominationConnection,
  NominationCounts,
  PracticeProposal,
  ProposalCounts,
} from './nomination.types';

/** Who may call these is decided by the policy table (moderators and admins), before execution. */
@Resolver(() => ModerationQueue)
export class ModerationResolver {
  /** The locale is read by the locale plugin, for the titles of the practices in the queue. */
  @Query(() => ModerationQueue, { description: 'Public submissions waiting for moderators, oldest first.' })
  moderationQueue(@Args() { filter }: ModerationQueueArgs): ModerationQueue {
    return Object.assign(new ModerationQueue(), { filter: filter ?? null });
  }

  @FieldResolver(() => NominationConnection)
  nominations(
    @Root() queue: ModerationQueue,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.moderation.queuedNominations(queue.filter, withSelection(args, info));
  }

  @FieldResolver(() => PracticeConnection, { description: 'Proposed practices; see `Practice.proposal`.' })
  proposals(
    @Root() queue: ModerationQueue,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.moderation.queuedProposals(queue.filter, withSelection(args, info));
  }

  @FieldResolver(() => NominationCounts)
  nominationCounts(@Root() queue: ModerationQueue, @Ctx() ctx: Context) {
    return ctx.services.moderation.nominationCounts(queue.filter);
  }

  @FieldResolver(() => ProposalCounts)
  proposalCounts(@Root() queue: ModerationQueue, @Ctx() ctx: Context) {
    return ctx.services.moderation.proposalCounts(queue.filter);
  }

  @Mutation(() => ModerationResult, {
    description:
      'Approves, rejects or marks as spam many nominations at once; repeating a decision changes nothing. ' +
      'Approved nominations count in `Practice.nominationCount`.',
  })
  moderateNominations(@Args() args: ModerateNominationsArgs, @Ctx() ctx: Context) {
    return ctx.services.moderation.moderate(args, ctx.actor);
  }

  @Mutation(() => Boolean, {
    description:
      'Lifts the spam block on every address the email’s nominations and proposals came from. ' +
      'True when a block was lifted; false when there was none (so repeating it changes nothing).',
  })
  unblockSender(@Args() { email }: UnblockSenderArgs, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.moderation.unblock(email, ctx.actor);
  }

  @Mutation(() => Practice, { description: 'Decides a public proposal: to draft, published, or the trash.' })
  reviewProposal(@Args() args: ReviewProposalArgs, @Ctx() ctx: Context) {
    return ctx.services.moderation.review(args, ctx.actor);
  }
}

@Resolver(() => Practice)
export class PracticeProposalResolver {
  @FieldResolver(() => PracticeProposal, {
    nullable: true,
    description: 'Who proposed it from the public form; null when staff created it. Moderators only.',
  })
  proposal(@Root() practice: Practice, @Ctx() ctx: Context): PracticeProposal | null {
    if (!hasRole(ctx.principal, UserRole.MODERATOR))
      throw forbidden('Only moderators see who proposed a practice');
    return practice.proposal?.submittedAt ? practice.proposal : null;
  }
}
