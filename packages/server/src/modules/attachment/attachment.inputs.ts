import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput } from '../../common/localized';

/** Omitted fields keep their values; the file itself is replaced by deleting and uploading again. */
@InputType()
export class UpdateAttachmentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalizedTextInput, {
    nullable: true,
    description: 'At most 300 characters in each language.',
  })
  @IsOptional()
  @ValidateNested()
  title?: LocalizedTextInput | null;

  @Field(() => Int, { nullable: true, description: 'New place among the owner’s files, from 0.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number | null;
}
