import { ArrayMaxSize, IsEnum, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ContactInput } from '../../common/contact';
import { ListArgs, PlaceFilter } from '../../common/list-args';
import { LocalizedTextInput } from '../../common/localized';
import { OrderBy } from '../../common/pagination/connection';
import { OrganizationKind } from './organization.entity';

@InputType()
export class CreateOrganizationInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => String, { nullable: true, description: 'NSI code of the seat municipality.' })
  @IsOptional()
  @IsString()
  @Length(5, 5, { message: 'municipalityCode must be an NSI code such as PDV26' })
  municipalityCode?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;
}

@InputType()
export class UpdateOrganizationInput extends CreateOrganizationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  override name: LocalizedTextInput;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  override kind: OrganizationKind;
}

@InputType()
export class OrganizationFilter extends PlaceFilter {
  @Field(() => [OrganizationKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(OrganizationKind, { each: true })
  kinds?: OrganizationKind[] | null;
}

export enum OrganizationOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  /** Only with `filter.search`: best match first, newer first among equals. */
  RELEVANCE = 'RELEVANCE',
}

@InputType()
export class OrganizationOrderBy extends OrderBy(
  'Organization',
  OrganizationOrderField,
  OrganizationOrderField.NAME,
) {}

@ArgsType()
export class OrganizationsArgs extends ListArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OrganizationFilter | null;

  @Field(() => OrganizationOrderBy, { nullable: true })
  @IsOptional()
  orderBy?: OrganizationOrderBy | null;
}
