import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { Locale } from '../../common/localized';

/** Years a record's year can sensibly be in; anything else is a mistake in the request. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

@InputType({
  description:
    "Which practices and projects the figures count, with the names and meaning the lists' filters have: " +
    'a record counts when it matches every criterion given (and any one value of a list). Only published ' +
    'records outside the trash are ever counted, whoever asks. The filter chooses records, not parts of ' +
    'them: a chosen record counts with all its districts, themes, target groups, indicators and ' +
    'adoptions, so a practice chosen for one district still counts in the other districts it runs in.',
})
export class StatisticsFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'NSI district codes, e.g. ["TGV"]: records running in a municipality of any of them.',
  })
  @IsOptional()
  @ArrayMaxSize(28)
  @IsString({ each: true })
  @MaxLength(3, { each: true })
  districtCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'NSI municipality codes, e.g. ["PDV26"]: records running in any of them.',
  })
  @IsOptional()
  @ArrayMaxSize(265)
  @IsString({ each: true })
  @MaxLength(5, { each: true })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Theme slugs: records tagged with any of them.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  themes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Target group slugs: records tagged with any of them.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  targetGroups?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Records of this year or later. A record's year is the year its period starts, or, without a " +
      'period, the year it was first published (Europe/Sofia); a record with neither is left out ' +
      'when a year is given.',
  })
  @IsOptional()
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Records of this year or earlier (see yearFrom).' })
  @IsOptional()
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  yearTo?: number | null;
}

@ArgsType()
export class StatisticsArgs {
  @Field(() => StatisticsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: StatisticsFilter | null;

  @Field(() => Locale, {
    nullable: true,
    description: 'Language of the names and labels (default bg; English falls back to Bulgarian).',
  })
  @IsOptional()
  locale?: Locale | null;
}
