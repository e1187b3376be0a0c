import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { recordById } from '../../common/loaders';
import { prefetchedOr, referencedRecord, registerPrefetch } from '../../common/prefetch';
import { TargetGroup } from '../taxonomy';
import { Indicator } from './indicator.entity';

registerPrefetch(Indicator, 'targetGroup', referencedRecord(TargetGroup, 'target_group_id'));

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => TargetGroup, { nullable: true })
  targetGroup(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    const id = indicator.targetGroupId;
    return prefetchedOr(indicator, 'targetGroup', () => (id ? recordById(ctx, TargetGroup).load(id) : null));
  }
}
