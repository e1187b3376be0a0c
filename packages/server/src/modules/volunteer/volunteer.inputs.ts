import { LocalDateScalar } from '../../common/scalars';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, PlaceFilter, TextSearchFilter } from '../../common/list-args';
import { LocalizedTextInput } from '../../common/localized';
import { ConnectionArgs } from '../../common/pagination/connection';
import { DecimalScalar } from '../../common/scalars';
import { ContentStatus } from '../../common/status';
import { VettingStatus } from './volunteer.entity';

@InputType()
export class CreateVolunteerProgrammeInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be an id' })
  projectId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(265)
  @IsString({ each: true })
  municipalityCodes?: string[] | null;

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

@InputType()
export class UpdateVolunteerProgrammeInput extends CreateVolunteerProgrammeInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  override name: LocalizedTextInput;
}

@InputType()
export class VolunteerProgrammeFilter extends PlaceFilter {
  @Field(() => [ContentStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ContentStatus, { each: true })
  statuses?: ContentStatus[] | null;
}

@ArgsType()
export class VolunteerProgrammesArgs extends ListArgs {
  @Field(() => VolunteerProgrammeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: VolunteerProgrammeFilter | null;
}

@InputType()
export class CreateVolunteerInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(5, 5, { message: 'municipalityCode must be an NSI code such as PDV26' })
  municipalityCode?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  skills?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  availability?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  consentGivenAt?: Date | null;

  @Field(() => VettingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VettingStatus)
  vettingStatus?: VettingStatus | null;
}

@InputType()
export class UpdateVolunteerInput extends CreateVolunteerInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(200)
  override name: string;
}

@InputType()
export class VolunteerFilter extends TextSearchFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(28)
  districtCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(265)
  municipalityCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Volunteers assigned to these programmes.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'programmeIds must be ids' })
  programmeIds?: string[] | null;

  @Field(() => [VettingStatus], { nullable: true })
  @IsOptional()
  @IsEnum(VettingStatus, { each: true })
  vettingStatuses?: VettingStatus[] | null;
}

@ArgsType()
export class VolunteersArgs extends ConnectionArgs {
  @Field(() => VolunteerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: VolunteerFilter | null;
}

@InputType()
export class CreateVolunteerAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'volunteerId must be an id' })
  volunteerId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be an id' })
  programmeId: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'role is required' })
  @MaxLength(200)
  role: string;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => DecimalScalar, { nullable: true, defaultValue: '0' })
  @IsOptional()
  @Matches(/^\d{1,6}(\.\d{1,2})?$/, { message: 'hoursLogged must be a non-negative number of hours' })
  hoursLogged?: string | null;
}

@InputType()
export class UpdateVolunteerAssignmentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'role is required' })
  role?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  endsOn?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,6}(\.\d{1,2})?$/, { message: 'hoursLogged must be a non-negative number of hours' })
  hoursLogged?: string | null;
}
