import { withSelection } from '../../common/pagination/connection';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../../common/context';
import { recordById } from '../../common/loaders';
import { prefetchedOr } from '../../common/prefetch';
import { hasRole, UserRole } from '../../common/principal';
import { forbidden } from '../../common/errors';
import { Practice } from '../practice';
import { Nomination } from './nomination.entity';
import { approvedNominationCount } from './nomination.loaders';
import { NominationsArgs, ProposePracticeInput, SubmitNominationInput } from './nomination.inputs';
import { NominationChallenge, NominationConnection, SubmissionReceipt } from './nomination.types';

@Resolver(() => Nomination)
export class NominationResolver {
  @Query(() => NominationConnection, { description: 'Nominations, oldest first by default.' })
  nominations(@Args() args: NominationsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.nominations.list(withSelection(args, info));
  }

  @Query(() => NominationChallenge, {
    description: 'A proof-of-work challenge for the ALTCHA widget; solve it within 10 minutes.',
  })
  nominationChallenge(@Ctx() ctx: Context) {
    return ctx.services.nominations.challenge();
  }

  @Mutation(() => SubmissionReceipt, {
    description:
      'Nominates a published practice; counted once a moderator approves it. At most a few an hour ' +
      'per network (RATE_LIMITED) and each solved challenge once.',
  })
  submitNomination(@Arg('input') input: SubmitNominationInput, @Ctx() ctx: Context) {
    return ctx.services.nominations.submit(input, { actor: ctx.actor, senderHash: ctx.senderHash });
  }

  @Mutation(() => SubmissionReceipt, {
    description: 'Proposes a practice ("add an innovation"); published only after review.',
  })
  proposePractice(@Arg('input') input: ProposePracticeInput, @Ctx() ctx: Context) {
    return ctx.services.proposals.propose(input, { actor: ctx.actor, senderHash: ctx.senderHash });
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: moderators only.' })
  nominatorEmail(@Root() nomination: Nomination, @Ctx() ctx: Context): string {
    if (!hasRole(ctx.principal, UserRole.MODERATOR))
      throw forbidden('Only moderators see the emails of nominators');
    return nomination.nominatorEmail;
  }

  @FieldResolver(() => Practice, { nullable: true })
  practice(@Root() nomination: Nomination, @Ctx() ctx: Context) {
    return recordById(ctx, Practice).load(nomination.practiceId);
  }
}

/** Nominations extend the practice, so the field lives here and practice knows nothing of them. */
@Resolver(() => Practice)
export class PracticeNominationsResolver {
  @FieldResolver(() => Int, { description: 'Approved public nominations (Номинации).' })
  nominationCount(@Root() practice: Practice, @Ctx() ctx: Context) {
    return prefetchedOr(practice, 'nominationCount', () => approvedNominationCount(ctx).load(practice.id));
  }
}
