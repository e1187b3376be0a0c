import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs, SortDirection } from '../../common/pagination/connection';
import { NominationStatus } from './nomination.entity';

@InputType()
export class NominationFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'practiceIds must be ids' })
  practiceIds?: string[] | null;

  @Field(() => [NominationStatus], { nullable: true })
  @IsOptional()
  @IsEnum(NominationStatus, { each: true })
  statuses?: NominationStatus[] | null;
}

@ArgsType()
export class NominationsArgs extends ConnectionArgs {
  @Field(() => NominationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: NominationFilter | null;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'By submission time; oldest first.',
  })
  @IsEnum(SortDirection)
  order: SortDirection;
}
