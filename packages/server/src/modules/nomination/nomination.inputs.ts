import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs, SortDirection } from '../../common/pagination/connection';
import { NominationStatus } from './nomination.entity';

@InputType()
export class NominationFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'practiceIds must be ids' })
  practiceIds?: string[] | null;

  @Field(() => [NominationStatus], { nullable: true })
  @IsOptional()
  @IsEnum(NominationStatus, { each: true })
  statuses?: NominationStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only those flagged as the same person nominating again; false: only the others.',
  })
  @IsOptional()
  @IsBoolean()
  duplicate?: boolean | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Submitted at or after this moment.' })
  @IsOptional()
  submittedFrom?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Submitted before this moment.' })
  @IsOptional()
  submittedTo?: Date | null;
}

@ArgsType()
export class NominationsArgs extends ConnectionArgs {
  @Field(() => NominationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: NominationFilter | null;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'By submission time; oldest first.',
  })
  @IsEnum(SortDirection)
  order: SortDirection;
}

/** Who is writing in: the fields every public form shares. */
@InputType()
export abstract class SubmitterInput {
  @Field({ description: 'Your name.' })
  @IsString()
  @MaxLength(200)
  name: string;

  @Field({ description: 'Seen by moderators only; never published.' })
  @IsString()
  @MaxLength(254)
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  organization?: string | null;

  @Field({ description: "The ALTCHA widget's base64 payload: a solved `nominationChallenge`." })
  @IsString()
  @MaxLength(4000)
  altcha: string;
}

@InputType({ description: 'A public nomination (Номинирай) of a published practice.' })
export class SubmitNominationInput extends SubmitterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'practiceId must be an id' })
  practiceId: string;

  @Field(() => String, { nullable: true, description: 'Why this practice deserves it.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string | null;
}

@InputType({
  description: 'The public\'s "add an innovation": texts in the language written (stored as Bulgarian).',
})
export class ProposePracticeInput extends SubmitterInput {
  @Field()
  @IsString()
  @MaxLength(300)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Предистория.' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  background?: string | null;

  @Field(() => String, { nullable: true, description: 'Практика: what was done.' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  practice?: string | null;

  @Field(() => String, { nullable: true, description: 'Резултати.' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  results?: string | null;

  @Field(() => [String], { nullable: true, description: 'NSI codes of the municipalities where it runs.' })
  @IsOptional()
  @ArrayMaxSize(265)
  @IsString({ each: true })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Theme slugs.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  themes?: string[] | null;
}
