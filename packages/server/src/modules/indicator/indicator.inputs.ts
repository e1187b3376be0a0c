import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LocalizedTextInput } from '../../common/localized';
import { DecimalScalar } from '../../common/scalars';

@InputType()
export class IndicatorInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  label: LocalizedTextInput;

  @Field(() => DecimalScalar)
  @Matches(/^-?\d{1,12}(\.\d{1,2})?$/, { message: 'value must be a decimal with at most 2 decimal places' })
  value: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested()
  unit: LocalizedTextInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  period?: string | null;

  @Field(() => String, { nullable: true, description: 'Target group slug.' })
  @IsOptional()
  @IsString()
  targetGroup?: string | null;
}
