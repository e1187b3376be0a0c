import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { selects } from '../../common/selection';
import { SearchArgs } from './search.inputs';
import { SearchFacets } from './search-facets';
import { SearchConnection } from './search.types';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'One search over practices, projects, organizations and partner networks, best match first. ' +
      'The public and partners find published records; staff also the drafts they may see.',
  })
  search(@Args() args: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    args.countTotal = selects(info, 'totalCount');
    return ctx.services.search.search(args, ctx, args.locale ?? ctx.locale());
  }
}

@Resolver(() => SearchConnection)
export class SearchConnectionResolver {
  @FieldResolver(() => SearchFacets, { description: 'Counted only when selected (one statement).' })
  facets(@Root() connection: SearchConnection): Promise<SearchFacets> {
    return connection.facetsOf!();
  }
}
