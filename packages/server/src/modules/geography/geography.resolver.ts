import { withSelection } from '../../common/pagination/connection';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../../common/context';
import { Connection } from '../../common/pagination/connection';
import { District, Municipality } from './geography.entity';
import { DistrictsArgs, MunicipalitiesArgs } from './geography.inputs';

@ObjectType()
export class DistrictConnection extends Connection(District) {}

@ObjectType()
export class MunicipalityConnection extends Connection(Municipality) {}

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => DistrictConnection, { description: 'The 28 districts, ordered by NSI code.' })
  districts(@Args() args: DistrictsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.geography.listDistricts(withSelection(args, info));
  }
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'The 265 municipalities, ordered by NSI code.' })
  municipalities(@Args() args: MunicipalitiesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.geography.listMunicipalities(withSelection(args, info));
  }

  @FieldResolver(() => District)
  district(@Root() municipality: Municipality, @Ctx() ctx: Context): District | null {
    return ctx.services.geography.district(municipality.districtCode);
  }
}
