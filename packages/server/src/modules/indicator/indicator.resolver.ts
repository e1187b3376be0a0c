import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { recordById } from '../../common/loaders';
import { TargetGroup } from '../taxonomy';
import { Indicator } from './indicator.entity';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => TargetGroup, { nullable: true })
  targetGroup(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    if (!indicator.targetGroupId) return null;
    return recordById(ctx, TargetGroup).load(indicator.targetGroupId);
  }
}
