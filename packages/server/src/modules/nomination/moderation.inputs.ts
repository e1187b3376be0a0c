import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Locale } from '../../common/localized';
import { NominationFilter } from './nomination.inputs';

export enum ModerationDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  SPAM = 'SPAM',
}
registerEnumType(ModerationDecision, { name: 'ModerationDecision' });

export enum ProposalDecision {
  APPROVE = 'APPROVE',
  PUBLISH = 'PUBLISH',
  REJECT = 'REJECT',
}
registerEnumType(ProposalDecision, {
  name: 'ProposalDecision',
  valuesConfig: {
    APPROVE: { description: 'Accept it as a draft for editors to complete.' },
    PUBLISH: { description: 'Publish it as it is.' },
    REJECT: { description: 'Move it to the trash, with the note saying why.' },
  },
});

/** Where a public proposal stands: its practice's status, or REJECTED once it is in the trash. */
export enum ProposalStatus {
  IN_REVIEW = 'IN_REVIEW',
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  valuesConfig: {
    IN_REVIEW: { description: 'Waiting for a moderator.' },
    REJECTED: { description: 'Rejected (or deleted): in the trash.' },
  },
});

@InputType({
  description:
    'Filters of the moderation queue. Statuses default to PENDING nominations and IN_REVIEW proposals; ' +
    'the counts apply every filter except the statuses.',
})
export class ModerationQueueFilter extends NominationFilter {
  @Field(() => [ProposalStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ProposalStatus, { each: true })
  proposalStatuses?: ProposalStatus[] | null;
}

@ArgsType()
export class ModerationQueueArgs {
  @Field(() => ModerationQueueFilter, { nullable: true })
  @IsOptional()
  filter?: ModerationQueueFilter | null;

  @Field(() => Locale, {
    nullable: true,
    description: 'Language of the practices’ texts (default bg; English falls back to Bulgarian).',
  })
  @IsOptional()
  locale?: Locale | null;
}

@ArgsType()
export class ModerateNominationsArgs {
  @Field(() => [ID])
  @ArrayNotEmpty({ message: 'ids must name at least one nomination' })
  @ArrayMaxSize(100)
  ids: string[];

  @Field(() => ModerationDecision)
  @IsEnum(ModerationDecision)
  decision: ModerationDecision;

  @Field(() => String, { nullable: true, description: 'Why; kept with the decision, never published.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'With SPAM: later submissions from the same addresses are filed as spam unseen.',
  })
  @IsBoolean()
  blockSender: boolean;
}

@ArgsType()
export class ReviewProposalArgs {
  @Field(() => ID, { description: 'The proposed practice.' })
  id: string;

  @Field(() => ProposalDecision)
  @IsEnum(ProposalDecision)
  decision: ProposalDecision;

  @Field(() => String, { nullable: true, description: 'Kept with the proposal for staff.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'With REJECT: later submissions from the same address are not kept.',
  })
  @IsBoolean()
  blockSender: boolean;
}

@ArgsType()
export class UnblockSenderArgs {
  @Field({ description: 'The email of a blocked nomination or proposal, in any spelling of it.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;
}
