import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { byIdLoader } from '../../common/loaders';
import { TargetGroup } from '../taxonomy/taxonomy.entity';
import { Indicator } from './indicator.entity';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => TargetGroup, { nullable: true })
  targetGroup(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    if (!indicator.targetGroupId) return null;
    return ctx.loaders
      .get('targetGroup.byId', () => byIdLoader(ctx.dataSource, TargetGroup))
      .load(indicator.targetGroupId);
  }
}
