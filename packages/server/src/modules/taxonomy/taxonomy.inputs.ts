import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs, TextSearchFilter } from '../../common/list-args';
import { LocalizedTextInput } from '../../common/localized';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType()
export class TaxonomyFilter extends TextSearchFilter {}

@ArgsType()
export class TaxonomyArgs extends ListArgs {
  @Field(() => TaxonomyFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: TaxonomyFilter | null;
}

export interface TermInput {
  label?: LocalizedTextInput;
  slug?: string | null;
}

/** `CreateThemeInput` / `UpdateThemeInput` and the same for target groups. */
export function termInputs(name: string) {
  @InputType(`Create${name}Input`)
  class CreateTermInput implements TermInput {
    @Field(() => LocalizedTextInput)
    @ValidateNested()
    label: LocalizedTextInput;

    @Field(() => String, {
      nullable: true,
      description: 'Latin slug; made from the Bulgarian label when omitted.',
    })
    @IsOptional()
    @MaxLength(80)
    @Matches(SLUG, { message: 'slug must be lowercase Latin words joined by "-"' })
    slug?: string | null;
  }

  @InputType(`Update${name}Input`)
  class UpdateTermInput extends CreateTermInput {
    @Field(() => ID)
    id: string;

    @Field(() => Int)
    version: number;

    @Field(() => LocalizedTextInput, { nullable: true })
    @IsOptional()
    @ValidateNested()
    override label: LocalizedTextInput;
  }

  return { CreateTermInput, UpdateTermInput };
}

@InputType({ description: 'Moves every practice and project tagged with the source to the target.' })
export class MergeTermsInput {
  @Field(() => ID, { description: 'The term that goes to the trash once its records are moved.' })
  sourceId: string;

  @Field(() => ID, { description: 'The term that stays and takes over the records.' })
  targetId: string;
}

@ArgsType()
export class ReorderTermsArgs {
  @Field(() => [ID], { description: 'Every term not in the trash, each once, in the new order.' })
  @ArrayMaxSize(1000)
  ids: string[];
}
