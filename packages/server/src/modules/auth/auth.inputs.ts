import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TokenScope, UserRole } from './auth.entity';
import { MIN_PASSWORD_LENGTH } from './passwords';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  password: string;
}

@InputType({ description: 'A new staff account; they choose their password through a one-time link.' })
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(200)
  name: string;

  @Field(() => [UserRole])
  @ArrayMinSize(1, { message: 'give at least one role' })
  @IsEnum(UserRole, { each: true })
  roles: UserRole[];

  @Field(() => [ID], { nullable: true, description: 'Volunteer programmes a coordinator coordinates.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'programmeIds must be ids' })
  programmeIds?: string[] | null;
}

/** A new account with a password the admin chose (the first admin, tests); inviting is the usual way. */
@InputType()
export class CreateUserInput extends InviteUserInput {
  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, {
    message: `password must have at least ${MIN_PASSWORD_LENGTH} characters`,
  })
  @MaxLength(1000)
  password: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field(() => Int, { description: 'The version you read: a stale one is refused (CONFLICT).' })
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name is required' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new password; signs the user out everywhere.' })
  @IsOptional()
  @MinLength(MIN_PASSWORD_LENGTH, {
    message: `password must have at least ${MIN_PASSWORD_LENGTH} characters`,
  })
  password?: string | null;

  @Field(() => [UserRole], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'give at least one role' })
  @IsEnum(UserRole, { each: true })
  roles?: UserRole[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false disables the account and ends its sessions.' })
  @IsOptional()
  active?: boolean | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'programmeIds must be ids' })
  programmeIds?: string[] | null;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What it is for, e.g. "Сайт на Община Родопи".' })
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(200)
  name: string;

  @Field(() => ID, { nullable: true, description: 'The organization the token is issued to.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Or the partner network it is issued to.' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  expiresAt?: Date | null;

  @Field(() => [String], { nullable: true, description: 'Browser origins, e.g. https://rodopi.bg.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUrl(
    { require_protocol: true, require_tld: false },
    { each: true, message: 'allowedOrigins must be origins such as https://example.bg' },
  )
  allowedOrigins?: string[] | null;

  @Field(() => TokenScope, {
    nullable: true,
    description: "What it reads (default ALL_PUBLISHED); OWN: only the organization's or network's own.",
  })
  @IsOptional()
  @IsEnum(TokenScope)
  scope?: TokenScope | null;

  @Field(() => Int, { nullable: true, description: 'Requests per minute; null: the server default.' })
  @IsOptional()
  @Min(1)
  @Max(1_000_000)
  quotaPerMinute?: number | null;

  @Field(() => Int, { nullable: true, description: 'Requests per day (UTC); null: the server default.' })
  @IsOptional()
  @Min(1)
  @Max(1_000_000_000)
  quotaPerDay?: number | null;
}
