import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ContactInput } from '../../common/contact';
import { ListArgs } from '../../common/list-args';
import { LocalizedTextInput } from '../../common/localized';
import { OrderBy } from '../../common/pagination/connection';
import { ContentFilter, TaggedContentInput } from '../content';

@InputType()
export class AdoptionInput {
  @Field({ description: 'NSI code of the municipality that adopted the practice.' })
  @IsString()
  municipalityCode: string;

  @Field(() => Int)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year: number;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  note?: LocalizedTextInput | null;
}

@InputType()
export class CreatePracticeInput extends TaggedContentInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  summary?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Предистория.' })
  @IsOptional()
  @ValidateNested()
  background?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Практика.' })
  @IsOptional()
  @ValidateNested()
  practice?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'Резултати.' })
  @IsOptional()
  @ValidateNested()
  results?: LocalizedTextInput | null;

  @Field(() => ID, { nullable: true, description: 'The innovator organization.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  innovator?: string | null;

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => [ID], { nullable: true, description: 'Related projects.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'projectIds must be ids' })
  projectIds?: string[] | null;

  @Field(() => [AdoptionInput], {
    nullable: true,
    description: 'Where it was replicated; replaces the list.',
  })
  @IsOptional()
  @ArrayMaxSize(265)
  @ValidateNested({ each: true })
  adoptions?: AdoptionInput[] | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Defaults to the moment it is first published.',
  })
  @IsOptional()
  publishedAt?: Date | null;
}

@InputType()
export class UpdatePracticeInput extends CreatePracticeInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  override title: LocalizedTextInput;
}

@InputType()
export class PracticeFilter extends ContentFilter {}

export enum PracticeOrderField {
  PUBLISHED_AT = 'PUBLISHED_AT',
  TITLE = 'TITLE',
  PERIOD_FROM = 'PERIOD_FROM',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  /** Only with `filter.search`: best match first, newer first among equals. */
  RELEVANCE = 'RELEVANCE',
}

@InputType()
export class PracticeOrderBy extends OrderBy(
  'Practice',
  PracticeOrderField,
  PracticeOrderField.PUBLISHED_AT,
) {}

@ArgsType()
export class PracticesArgs extends ListArgs {
  @Field(() => PracticeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PracticeFilter | null;

  @Field(() => PracticeOrderBy, { nullable: true, description: 'Default: newest published first.' })
  @IsOptional()
  orderBy?: PracticeOrderBy | null;
}
