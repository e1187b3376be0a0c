import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination/connection';
import type { ModerationQueueFilter } from './moderation.inputs';
import { Nomination } from './nomination.entity';

@ObjectType()
export class NominationConnection extends Connection(Nomination) {}

@ObjectType({
  description:
    'An ALTCHA proof-of-work challenge, in the JSON shape the `altcha` widget expects from its ' +
    '`challengeurl` (hence the lower-case `maxnumber`). Solve it, then send the base64 payload as `altcha`.',
})
export class NominationChallenge {
  @Field()
  algorithm: string;

  @Field()
  challenge: string;

  @Field(() => Int)
  maxnumber: number;

  @Field({ description: 'Carries the expiry as `?expires=` (Unix seconds), as the widget reads it.' })
  salt: string;

  @Field()
  signature: string;

  @Field(() => GraphQLDateTime, { description: 'Solve and submit before this moment (10 minutes).' })
  expiresAt: Date;
}

@ObjectType({
  description:
    'The answer to a public submission. It is the same whether or not the email or the address ' +
    'was seen before: moderators see duplicates, the public does not.',
})
export class SubmissionReceipt {
  @Field()
  received: boolean;

  @Field({ description: 'A thank-you a partner site may show as it is.' })
  message: string;
}

@ObjectType({ description: 'Nominations per status, under the queue filter except its statuses.' })
export class NominationCounts {
  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  approved: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int)
  spam: number;
}

@ObjectType({ description: 'Proposals per status, under the queue filter except its statuses.' })
export class ProposalCounts {
  @Field(() => Int)
  inReview: number;

  @Field(() => Int)
  draft: number;

  @Field(() => Int)
  published: number;

  @Field(() => Int)
  archived: number;

  @Field(() => Int)
  rejected: number;
}

@ObjectType({ description: 'Pending public submissions, oldest first, for moderators.' })
export class ModerationQueue {
  /** Not a field: what the queue was asked for, read by its field resolvers. */
  filter: ModerationQueueFilter | null;
}

@ObjectType()
export class ModerationResult {
  @Field(() => [Nomination], { description: 'The nominations named, in the order given.' })
  nominations: Nomination[];

  @Field(() => Int, { description: 'How many changed status; repeating a decision changes none.' })
  changed: number;

  @Field(() => Int, { description: 'Addresses newly blocked.' })
  blockedSenders: number;
}

@ObjectType({ description: 'Who proposed a practice from the public form. Personal data: moderators only.' })
export class PracticeProposal {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  organization: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The moderator's note on the decision." })
  reviewNote: string | null;
}
