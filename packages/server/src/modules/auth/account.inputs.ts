import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Locale } from '../../common/localized';
import { MIN_PASSWORD_LENGTH } from './passwords';

const passwordRule = { message: `password must have at least ${MIN_PASSWORD_LENGTH} characters` };

@InputType()
export class SetPasswordInput {
  @Field({ description: 'The secret after `#token=` in the one-time link.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, passwordRule)
  @MaxLength(1000)
  password: string;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field()
  @IsString()
  @MaxLength(1000)
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, passwordRule)
  @MaxLength(1000)
  newPassword: string;
}

@InputType()
export class UpdateMyAccountInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(200)
  name?: string | null;

  @Field(() => Locale, { nullable: true, description: 'The language the admin is shown in.' })
  @IsOptional()
  @IsEnum(Locale)
  language?: Locale | null;
}
