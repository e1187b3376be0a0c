import { ArrayMaxSize, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { Locale } from './localized';
import { ConnectionArgs } from './pagination/connection';

@ArgsType()
export class ListArgs extends ConnectionArgs {
  @Field(() => Locale, {
    nullable: true,
    description: 'Language of texts (default bg; English falls back to Bulgarian).',
  })
  @IsOptional()
  locale?: Locale | null;
}

@InputType()
export abstract class TextSearchFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to find. Practices, projects, organizations and partner networks: the search engine of ' +
      '`search` (Cyrillic or Latin, any word form, one typo forgiven in a word of five letters or more, ' +
      'every word must match; ordered by relevance unless `orderBy` says otherwise). Other lists: a ' +
      'substring of their names.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}

/** Filters for records placed in municipalities; the same names on every list. */
@InputType()
export abstract class PlaceFilter extends TextSearchFilter {
  @Field(() => [String], { nullable: true, description: 'NSI district codes, e.g. ["TGV"].' })
  @IsOptional()
  @ArrayMaxSize(28)
  districtCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'NSI municipality codes, e.g. ["PDV26"].' })
  @IsOptional()
  @ArrayMaxSize(265)
  municipalityCodes?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'organizationIds must be ids' })
  organizationIds?: string[] | null;
}
