import { LocalDateScalar } from '../../common/scalars';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PlaceFilter } from '../../common/list-args';
import { PeriodInput } from '../../common/period';
import { ContentStatus } from '../../common/status';
import { IndicatorInput } from '../indicator';
import { OrganizationKind } from '../organization';

/** Fields shared by content that is placed, tagged and measured: practices and projects. */
@InputType()
export abstract class TaggedContentInput {
  @Field(() => PeriodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  period?: PeriodInput | null;

  @Field(() => [String], { nullable: true, description: 'NSI municipality codes.' })
  @IsOptional()
  @ArrayMaxSize(265)
  @IsString({ each: true })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Theme slugs.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  themes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Target group slugs.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  targetGroups?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Service type slugs.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  serviceTypes?: string[] | null;

  @Field(() => [IndicatorInput], { nullable: true, description: 'Replaces the whole ordered list.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  indicators?: IndicatorInput[] | null;

  @Field(() => ContentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ContentStatus)
  status?: ContentStatus | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Publish automatically at this moment (checked every 30 s by default); null cancels.',
  })
  @IsOptional()
  publishAt?: Date | null;
}

/** Filters of practices and projects, named the same on every list. */
@InputType()
export abstract class ContentFilter extends PlaceFilter {
  @Field(() => [String], { nullable: true, description: 'Theme slugs.' })
  @IsOptional()
  @ArrayMaxSize(50)
  themes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Target group slugs.' })
  @IsOptional()
  @ArrayMaxSize(50)
  targetGroups?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Service type slugs.' })
  @IsOptional()
  @ArrayMaxSize(50)
  serviceTypes?: string[] | null;

  @Field(() => [ContentStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ContentStatus, { each: true })
  statuses?: ContentStatus[] | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Running on or after this day (period overlap).',
  })
  @IsOptional()
  activeFrom?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Running on or before this day (period overlap).',
  })
  @IsOptional()
  activeTo?: string | null;

  @Field(() => [Int], {
    nullable: true,
    description: "Years (of the period's start, else of publication), as the `years` facet counts them.",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  years?: number[] | null;

  @Field(() => [OrganizationKind], {
    nullable: true,
    description: "Kinds of the record's organization (a practice's innovator, a project's lead).",
  })
  @IsOptional()
  @IsEnum(OrganizationKind, { each: true })
  organizationKinds?: OrganizationKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Content of current members of these partner networks.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'networkIds must be ids' })
  networkIds?: string[] | null;
}
