import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { byIdLoader } from '../../common/loaders';
import { Connection } from '../../common/pagination/connection';
import { Practice } from '../practice/practice.entity';
import { Nomination } from './nomination.entity';
import { NominationsArgs } from './nomination.inputs';

@ObjectType()
export class NominationConnection extends Connection(Nomination) {}

@Resolver(() => Nomination)
export class NominationResolver {
  @Query(() => NominationConnection, { description: 'Nominations, oldest first by default.' })
  nominations(@Args() args: NominationsArgs, @Ctx() ctx: Context) {
    return ctx.services.nominations.list(args);
  }

  @FieldResolver(() => Practice, { nullable: true })
  practice(@Root() nomination: Nomination, @Ctx() ctx: Context) {
    return ctx.loaders
      .get('practice.byId', () => byIdLoader(ctx.dataSource, Practice))
      .load(nomination.practiceId);
  }
}
