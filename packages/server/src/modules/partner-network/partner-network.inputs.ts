import { LocalDateScalar } from '../../common/scalars';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';

import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, TextSearchFilter } from '../../common/list-args';
import { LocalizedTextInput } from '../../common/localized';
import { MembershipRole, NetworkScope } from './partner-network.entity';

@InputType()
export class MembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEMBER })
  @IsEnum(MembershipRole)
  role: MembershipRole;

  @Field(() => LocalDateScalar)
  joinedOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  leftOn?: string | null;
}

@InputType()
export class CreatePartnerNetworkInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  name: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  description?: LocalizedTextInput | null;

  @Field(() => NetworkScope)
  @IsEnum(NetworkScope)
  scope: NetworkScope;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'coordinatorId must be an id' })
  coordinatorId?: string | null;

  @Field(() => [MembershipInput], { nullable: true, description: 'Replaces the membership history.' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  memberships?: MembershipInput[] | null;
}

@InputType()
export class UpdatePartnerNetworkInput extends CreatePartnerNetworkInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  override name: LocalizedTextInput;

  @Field(() => NetworkScope, { nullable: true })
  @IsOptional()
  @IsEnum(NetworkScope)
  override scope: NetworkScope;
}

@InputType()
export class PartnerNetworkFilter extends TextSearchFilter {
  @Field(() => [NetworkScope], { nullable: true })
  @IsOptional()
  @IsEnum(NetworkScope, { each: true })
  scopes?: NetworkScope[] | null;

  @Field(() => [ID], { nullable: true, description: 'Networks these organizations are current members of.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'organizationIds must be ids' })
  organizationIds?: string[] | null;
}

@ArgsType()
export class PartnerNetworksArgs extends ListArgs {
  @Field(() => PartnerNetworkFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PartnerNetworkFilter | null;
}

/** How many of the members' newest records a network shows. */
@ArgsType()
export class MemberContentArgs {
  @Field(() => Int, {
    defaultValue: 10,
    description: 'At most 50; use the networkIds filter of the lists to page.',
  })
  @Min(0)
  @Max(50, { message: 'first must be at most 50' })
  first: number;
}
