import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { Locale } from '../../common/localized';
import { ConnectionArgs } from '../../common/pagination/connection';

/** The types the search finds; each value is its GraphQL type name in upper snake case. */
export enum SearchType {
  PRACTICE = 'Practice',
  PROJECT = 'Project',
  ORGANIZATION = 'Organization',
  PARTNER_NETWORK = 'PartnerNetwork',
}
registerEnumType(SearchType, { name: 'SearchType' });

@InputType({ description: 'Narrows a search; a type that cannot match a given filter is left out.' })
export class SearchFilter {
  @Field(() => [String], { nullable: true, description: 'NSI district codes, e.g. ["TGV"].' })
  @IsOptional()
  @ArrayMaxSize(28)
  districtCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'NSI municipality codes, e.g. ["PDV26"].' })
  @IsOptional()
  @ArrayMaxSize(265)
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Theme slugs (practices and projects).' })
  @IsOptional()
  @ArrayMaxSize(50)
  themes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Target group slugs (practices and projects).' })
  @IsOptional()
  @ArrayMaxSize(50)
  targetGroups?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Service type slugs (practices and projects).' })
  @IsOptional()
  @ArrayMaxSize(50)
  serviceTypes?: string[] | null;
}

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field({
    description:
      'Words to find, in Cyrillic or Latin (official or informal spelling: targovishte, targoviste, ' +
      'sofiya, 4/ch, 6/sh), any word form (деца, децата, детски), one typo forgiven in a word of five ' +
      'letters or more. Every word must match; stop words are ignored; the first 12 words count.',
  })
  @IsString()
  @MaxLength(200)
  query: string;

  @Field(() => [SearchType], { nullable: true, description: 'Default: all four.' })
  @IsOptional()
  @ArrayMaxSize(4)
  types?: SearchType[] | null;

  @Field(() => SearchFilter, { nullable: true })
  @IsOptional()
  filter?: SearchFilter | null;

  @Field(() => Locale, {
    nullable: true,
    description: 'Language of texts and snippets (default bg); en also ranks English matches higher.',
  })
  @IsOptional()
  locale?: Locale | null;
}
