import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedField, type LocalizedText } from '../../common/localized';
import { DecimalScalar } from '../../common/scalars';
import type { StatisticsScope } from './statistics.sql';

/*
 * What `statistics` answers. The rows name what they count with small types of their own
 * (code or slug, and a label in the request's language), read in the same statement as the
 * figure, so a chart costs one statement whatever it labels.
 */

@ObjectType({ description: 'A district a figure is counted in.' })
export class StatisticsDistrict {
  @Field(() => ID, { description: 'NSI district code, e.g. PDV.' })
  code: string;

  @LocalizedField({ description: 'Official Bulgarian name; for locale EN, its Latin name.' })
  name: LocalizedText;
}

@ObjectType({ description: 'A theme or a target group a figure is counted by.' })
export class StatisticsTerm {
  @Field({ description: 'Stable Latin identifier, as in the filters.' })
  slug: string;

  @LocalizedField()
  label: LocalizedText;
}

@ObjectType({ description: 'An organization a figure is counted by (e.g. a funder).' })
export class StatisticsOrganization {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @LocalizedField()
  name: LocalizedText;
}

@ObjectType({
  description:
    'A sum of budgets in both currencies, exact to the cent, at 1 EUR = 1.95583 BGN. Each budget is ' +
    'converted once into the other currency, rounded half-up to the cent (as its `Money.amountEur` ' +
    "is), and the sums add those cents exactly: `eur` equals the sum of the projects' " +
    '`budget.amountEur`. Projects without a budget add nothing.',
})
export class StatisticsBudget {
  @Field(() => DecimalScalar, { description: 'In leva, e.g. "199994.17".' })
  bgn: string;

  @Field(() => DecimalScalar, { description: 'In euro, e.g. "102255.40".' })
  eur: string;
}

@ObjectType()
export class StatisticsFunder {
  @Field(() => StatisticsOrganization, {
    nullable: true,
    description: "The projects' funder; null for projects without one (or whose funder is in the trash).",
  })
  funder: StatisticsOrganization | null;

  @Field(() => Int, { description: 'Projects.' })
  count: number;

  @Field(() => Int, { description: 'Of them, projects that state a budget.' })
  budgetedCount: number;

  @Field(() => StatisticsBudget)
  budget: StatisticsBudget;
}

@ObjectType()
export class StatisticsPeopleByDistrict {
  @Field(() => StatisticsDistrict)
  district: StatisticsDistrict;

  @Field(() => DecimalScalar, { description: 'People served, exact.' })
  people: string;

  @Field(() => Int, { description: 'Indicators counted.' })
  indicatorCount: number;
}

@ObjectType()
export class StatisticsPeopleByTargetGroup {
  @Field(() => StatisticsTerm, { nullable: true, description: 'Null: indicators without a target group.' })
  targetGroup: StatisticsTerm | null;

  @Field(() => DecimalScalar, { description: 'People served, exact.' })
  people: string;

  @Field(() => Int, { description: 'Indicators counted.' })
  indicatorCount: number;
}

@ObjectType({
  description:
    'People served, from the indicators of the chosen records (the rule: `Statistics.peopleServed`).',
})
export class StatisticsPeopleServed {
  @Field(() => DecimalScalar, { description: 'Every counted indicator once, e.g. "1254.00".' })
  total: string;

  @Field(() => Int, { description: 'Indicators counted.' })
  indicatorCount: number;

  @Field(() => Int, { description: 'Indicators of the chosen records that the rule leaves out.' })
  excludedIndicatorCount: number;

  @Field(() => [StatisticsPeopleByDistrict], { description: 'Most people first, then by code.' })
  byDistrict: StatisticsPeopleByDistrict[];

  @Field(() => [StatisticsPeopleByTargetGroup], { description: 'Most people first, then by slug.' })
  byTargetGroup: StatisticsPeopleByTargetGroup[];
}

@ObjectType()
export class StatisticsYear {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class StatisticsTheme {
  @Field(() => StatisticsTerm)
  theme: StatisticsTerm;

  @Field(() => Int, { description: 'Practices tagged with it.' })
  count: number;
}

@ObjectType()
export class StatisticsDistrictCount {
  @Field(() => StatisticsDistrict)
  district: StatisticsDistrict;

  @Field(() => Int, { description: 'Practices running in it (each once, however many municipalities).' })
  count: number;
}

@ObjectType()
export class StatisticsAdoptions {
  @Field(() => StatisticsDistrict)
  district: StatisticsDistrict;

  @Field(() => Int, {
    description: 'Adoptions: a practice taken up by a municipality of the district in a year.',
  })
  count: number;

  @Field(() => Int, { description: 'Different practices taken up there.' })
  practiceCount: number;
}

@ObjectType({
  description:
    'Figures over published practices and projects, for charts; the same for every reader (drafts, ' +
    'records in review or archived, and anything in the trash never count, nor do themes, target groups ' +
    'or funders in the trash). Each figure is one SQL aggregation, run only when asked for (the two counts share one).',
})
export class Statistics {
  private readonly figures = new Map<string, Promise<unknown>>();

  /** The checked filter every figure is computed under. */
  constructor(readonly scope: StatisticsScope) {}

  /** A figure computed once per `statistics` field, however many of its fields ask for it. */
  once<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let figure = this.figures.get(key);
    if (!figure) {
      figure = compute();
      this.figures.set(key, figure);
    }
    return figure as Promise<T>;
  }
}
