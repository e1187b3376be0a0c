import type { GraphQLResolveInfo } from 'graphql';
import { withSelection } from '../../common/pagination/connection';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Info,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { IdArg, VersionArg } from '../../common/args';
import { ContentResolver, LookupArgs, lookup } from '../../common/content.resolver';
import { childRecords, recordById } from '../../common/loaders';
import { Connection } from '../../common/pagination/connection';
import { ApiToken } from '../auth';
import { Organization, organizationById } from '../organization';
import { NetworkMembership, PartnerNetwork } from './partner-network.entity';
import {
  CreatePartnerNetworkInput,
  PartnerNetworksArgs,
  UpdatePartnerNetworkInput,
} from './partner-network.inputs';

@ObjectType()
export class PartnerNetworkConnection extends Connection(PartnerNetwork) {}

@Resolver(() => PartnerNetwork)
export class PartnerNetworkResolver extends ContentResolver(PartnerNetwork) {
  @Query(() => PartnerNetwork)
  partnerNetwork(@Args() args: LookupArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup(PartnerNetwork, ctx.services.networks, args, ctx, info);
  }

  @Query(() => PartnerNetworkConnection)
  partnerNetworks(@Args() args: PartnerNetworksArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.networks.list(withSelection(args, info), ctx.principal);
  }

  @FieldResolver(() => Organization, { nullable: true })
  coordinator(@Root() network: PartnerNetwork, @Ctx() ctx: Context) {
    return network.coordinatorId ? organizationById(ctx).load(network.coordinatorId) : null;
  }

  @FieldResolver(() => [NetworkMembership], { description: 'Membership history, oldest first.' })
  memberships(@Root() network: PartnerNetwork, @Ctx() ctx: Context) {
    return childRecords(ctx, NetworkMembership, 'networkId', { joinedOn: 'ASC', id: 'ASC' }).load(network.id);
  }

  @Mutation(() => PartnerNetwork)
  createPartnerNetwork(@Arg('input') input: CreatePartnerNetworkInput, @Ctx() ctx: Context) {
    return ctx.services.networks.create(input, ctx.actor);
  }

  @Mutation(() => PartnerNetwork)
  updatePartnerNetwork(@Arg('input') input: UpdatePartnerNetworkInput, @Ctx() ctx: Context) {
    return ctx.services.networks.update(input, ctx.actor);
  }

  @Mutation(() => PartnerNetwork, { description: 'Moves the network to the trash (soft delete).' })
  deletePartnerNetwork(@IdArg() id: string, @VersionArg() version: number | null, @Ctx() ctx: Context) {
    return ctx.services.networks.delete(id, version, ctx.actor);
  }
}

@Resolver(() => NetworkMembership)
export class NetworkMembershipResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() membership: NetworkMembership, @Ctx() ctx: Context) {
    return organizationById(ctx).load(membership.organizationId);
  }
}

/** A partner token may be scoped to a network: the field belongs to the network module. */
@Resolver(() => ApiToken)
export class ApiTokenNetworkResolver {
  @FieldResolver(() => PartnerNetwork, { nullable: true })
  network(@Root() token: ApiToken, @Ctx() ctx: Context) {
    return token.networkId ? recordById(ctx, PartnerNetwork).load(token.networkId) : null;
  }
}
