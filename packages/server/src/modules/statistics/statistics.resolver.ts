import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { PEOPLE_SERVED_RULE } from './people-served';
import { StatisticsArgs } from './statistics.inputs';
import {
  Statistics,
  StatisticsAdoptions,
  StatisticsBudget,
  StatisticsDistrictCount,
  StatisticsFunder,
  StatisticsPeopleServed,
  StatisticsTheme,
  StatisticsYear,
} from './statistics.types';

@Resolver(() => Statistics)
export class StatisticsResolver {
  @Query(() => Statistics, {
    description:
      'Figures over published practices and projects for charts: people served, budgets by funder, ' +
      'practices by year, theme and district, and where practices were replicated. A bad filter ' +
      '(an unknown code or slug, a year out of range or years in the wrong order) is BAD_USER_INPUT.',
  })
  async statistics(@Args() args: StatisticsArgs, @Ctx() ctx: Context): Promise<Statistics> {
    return new Statistics(await ctx.services.statistics.scope(args.filter, ctx.principal));
  }

  @FieldResolver(() => Int, { description: 'Published practices the filter chooses.' })
  practiceCount(@Root() statistics: Statistics, @Ctx() ctx: Context) {
    return this.counts(statistics, ctx).then((counts) => counts.practice);
  }

  @FieldResolver(() => Int, { description: 'Published projects the filter chooses.' })
  projectCount(@Root() statistics: Statistics, @Ctx() ctx: Context) {
    return this.counts(statistics, ctx).then((counts) => counts.project);
  }

  @FieldResolver(() => StatisticsPeopleServed, { description: `People served. ${PEOPLE_SERVED_RULE}` })
  peopleServed(@Root() statistics: Statistics, @Ctx() ctx: Context) {
    return ctx.services.statistics.peopleServed(statistics.scope);
  }

  @FieldResolver(() => [StatisticsFunder], {
    description:
      'Projects and their budgets per funder (the organization funding them), largest budget in EUR ' +
      'first; one row with a null funder for projects without one.',
  })
  projectsByFunder(@Root() statistics: Statistics, @Ctx() ctx: Context) {
    return ctx.services.statistics.projectsByFunder(statistics.scope);
  }

  @FieldResolver(() => StatisticsBudget, { description: "The chosen projects' budgets, in total." })
  budgetTotals(@Root() statistics: Statistics, @Ctx() ctx: Context) {
    return ctx.services.statistics.budgetTotals(statistics.scope);
  }

  @FieldResolver(() => [StatisticsYear], {
    description:
      'Practices per year, oldest first. The year of a practice is the year its period starts, or, ' +
      'without a period, the year it was first published (Europe/Sofia); so the counts add up to ' +
      'practiceCount.',
  })
  practicesByYear(@Root() statistics: Statistics, @Ctx() ctx: Context) {
    return ctx.services.statistics.practicesByYear(statistics.scope);
  }

  @FieldResolver(() => [StatisticsTheme], {
    description: 'Practices per theme, most first; a practice counts once in each of its themes.',
  })
  practicesByTheme(@Root() statistics: Statistics, @Ctx() ctx: Context) {
    return ctx.services.statistics.practicesByTheme(statistics.scope);
  }

  @FieldResolver(() => [StatisticsDistrictCount], {
    description:
      'Practices per district they run in, most first; a practice in several districts counts once in ' +
      'each, and a practice without a municipality in none.',
  })
  practicesByDistrict(@Root() statistics: Statistics, @Ctx() ctx: Context) {
    return ctx.services.statistics.practicesByDistrict(statistics.scope);
  }

  @FieldResolver(() => [StatisticsAdoptions], {
    description:
      'Where the chosen practices were replicated: their adoptions (a municipality that took a practice ' +
      'up, in a year) per district of that municipality, most first.',
  })
  adoptionsByDistrict(@Root() statistics: Statistics, @Ctx() ctx: Context) {
    return ctx.services.statistics.adoptionsByDistrict(statistics.scope);
  }

  private counts(statistics: Statistics, ctx: Context) {
    return statistics.once('counts', () => ctx.services.statistics.counts(statistics.scope));
  }
}
