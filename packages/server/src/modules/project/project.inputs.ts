import { LocalDateScalar } from '../../common/scalars';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list-args';
import { LocalizedTextInput } from '../../common/localized';
import { MoneyInput } from '../../common/money';
import { OrderBy } from '../../common/pagination/connection';
import { ContentFilter, TaggedContentInput } from '../content';
import { ProjectPartnerRole } from './project-partner.entity';
import { ImplementationStatus } from './project.entity';

@InputType()
export class ProgrammeInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;
}

@InputType()
export class ProjectPartnerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId: string;

  @Field(() => ProjectPartnerRole, { defaultValue: ProjectPartnerRole.PARTNER })
  @IsEnum(ProjectPartnerRole)
  role: ProjectPartnerRole;
}

@InputType()
export class ProjectDocumentInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title: LocalizedTextInput;

  @Field()
  @IsUrl({ require_protocol: true }, { message: 'url must start with http:// or https://' })
  url: string;
}

@InputType()
export class CreateProjectInput extends TaggedContentInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  title: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  summary?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  generalGoal?: LocalizedTextInput | null;

  @Field(() => [LocalizedTextInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  specificObjectives?: LocalizedTextInput[] | null;

  @Field(() => [ProgrammeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  programmes?: ProgrammeInput[] | null;

  @Field(() => [ProgrammeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  activities?: ProgrammeInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  expectedResults?: LocalizedTextInput[] | null;

  @Field(() => MoneyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  budget?: MoneyInput | null;

  @Field(() => MoneyInput, { nullable: true, description: "The grant: the funder's part of the budget." })
  @IsOptional()
  @ValidateNested()
  grant?: MoneyInput | null;

  @Field(() => ImplementationStatus, { nullable: true })
  @IsOptional()
  implementationStatus?: ImplementationStatus | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  contractDate?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'funderId must be an id' })
  funderId?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  fundingProgramme?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  referenceNumber?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'leadOrganizationId must be an id' })
  leadOrganizationId?: string | null;

  @Field(() => [ProjectPartnerInput], { nullable: true, description: 'Replaces the ordered list.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  partners?: ProjectPartnerInput[] | null;

  @Field(() => [ProjectDocumentInput], { nullable: true, description: 'Replaces the ordered list.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  documents?: ProjectDocumentInput[] | null;
}

@InputType()
export class UpdateProjectInput extends CreateProjectInput {
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
export class ProjectFilter extends ContentFilter {
  @Field(() => [ID], { nullable: true, description: 'Funder organizations.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'funderIds must be ids' })
  funderIds?: string[] | null;
}

export enum ProjectOrderField {
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
  BUDGET_EUR = 'BUDGET_EUR',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  /** Only with `filter.search`: best match first, newer first among equals. */
  RELEVANCE = 'RELEVANCE',
}

@InputType()
export class ProjectOrderBy extends OrderBy('Project', ProjectOrderField, ProjectOrderField.START_DATE) {}

@ArgsType()
export class ProjectsArgs extends ListArgs {
  @Field(() => ProjectFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ProjectFilter | null;

  @Field(() => ProjectOrderBy, { nullable: true, description: 'Default: latest start first.' })
  @IsOptional()
  orderBy?: ProjectOrderBy | null;
}
