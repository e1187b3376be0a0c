import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination/connection';
import { ImportKind, ImportOutcome } from './import.entity';

/** A source file's text: FLGR and ИСУН pages are saved as text, spreadsheets as CSV. */
@InputType()
export class ImportFileInput {
  @Field()
  @MaxLength(255)
  name: string;

  @Field({ description: 'The file as text (UTF-8).' })
  @MaxLength(2_000_000)
  text: string;
}

@InputType()
export class StartImportInput {
  @Field(() => ImportKind)
  kind: ImportKind;

  @Field(() => [ImportFileInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  files: ImportFileInput[];

  @Field({ defaultValue: false, description: 'Publish new records at once (else they are drafts).' })
  publish: boolean;

  @Field(() => String, { nullable: true, description: "The pages' language when their headings do not say." })
  @IsOptional()
  @IsIn(['bg', 'en'])
  lang?: 'bg' | 'en' | null;
}

@InputType()
export class ApplyImportInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version of the preview that was looked at.' })
  version: number;
}

@ArgsType()
export class ImportItemsArgs extends ConnectionArgs {
  @Field(() => [ImportOutcome], { nullable: true, description: 'Only these outcomes.' })
  @IsOptional()
  outcomes?: ImportOutcome[] | null;
}
