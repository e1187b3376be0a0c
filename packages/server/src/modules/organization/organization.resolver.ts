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
import { Connection } from '../../common/pagination/connection';
import { ApiToken } from '../auth';
import { Municipality } from '../geography';
import { Organization } from './organization.entity';
import { organizationById } from './organization.loaders';
import { CreateOrganizationInput, OrganizationsArgs, UpdateOrganizationInput } from './organization.inputs';

@ObjectType()
export class OrganizationConnection extends Connection(Organization) {}

@Resolver(() => Organization)
export class OrganizationResolver extends ContentResolver(Organization) {
  @Query(() => Organization)
  organization(@Args() args: LookupArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup(Organization, ctx.services.organizations, args, ctx, info);
  }

  @Query(() => OrganizationConnection)
  organizations(@Args() args: OrganizationsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.organizations.list(withSelection(args, info), ctx.principal);
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() organization: Organization, @Ctx() ctx: Context) {
    return organization.municipalityCode
      ? ctx.services.geography.municipality(organization.municipalityCode)
      : null;
  }

  @Mutation(() => Organization)
  createOrganization(@Arg('input') input: CreateOrganizationInput, @Ctx() ctx: Context) {
    return ctx.services.organizations.create(input, ctx.actor);
  }

  @Mutation(() => Organization)
  updateOrganization(@Arg('input') input: UpdateOrganizationInput, @Ctx() ctx: Context) {
    return ctx.services.organizations.update(input, ctx.actor);
  }

  @Mutation(() => Organization, { description: 'Moves the organization to the trash (soft delete).' })
  deleteOrganization(@IdArg() id: string, @VersionArg() version: number | null, @Ctx() ctx: Context) {
    return ctx.services.organizations.delete(id, version, ctx.actor);
  }
}

/** A partner token may be scoped to an organization: the field belongs to the organization module. */
@Resolver(() => ApiToken)
export class ApiTokenOrganizationResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() token: ApiToken, @Ctx() ctx: Context) {
    return token.organizationId ? organizationById(ctx).load(token.organizationId) : null;
  }
}
