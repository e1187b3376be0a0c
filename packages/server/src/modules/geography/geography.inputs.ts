import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination/connection';

@InputType()
export class DistrictFilter {
  @Field(() => [String], { nullable: true, description: 'NSI district codes, e.g. ["PDV"].' })
  @IsOptional()
  @ArrayMaxSize(28)
  districtCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the Bulgarian or Latin name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}

@InputType()
export class MunicipalityFilter extends DistrictFilter {
  @Field(() => [String], { nullable: true, description: 'NSI municipality codes, e.g. ["PDV26"].' })
  @IsOptional()
  @ArrayMaxSize(265)
  municipalityCodes?: string[] | null;
}

@ArgsType()
export class DistrictsArgs extends ConnectionArgs {
  @Field(() => DistrictFilter, { nullable: true })
  @IsOptional()
  filter?: DistrictFilter | null;
}

@ArgsType()
export class MunicipalitiesArgs extends ConnectionArgs {
  @Field(() => MunicipalityFilter, { nullable: true })
  @IsOptional()
  filter?: MunicipalityFilter | null;
}
