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
import { LookupArgs, lookup } from '../../common/content.resolver';
import { childRecords } from '../../common/loaders';
import { Money } from '../../common/money';
import { Connection } from '../../common/pagination/connection';
import { FacetsResolver, TaggedContentResolver } from '../content';
import { Organization, organizationById } from '../organization';
import { MemberContentArgs, memberContent, PartnerNetwork } from '../partner-network';
import { ProjectDocument, ProjectPartner } from './project-partner.entity';
import { Project, PROJECT_ORGANIZATIONS } from './project.entity';
import { CreateProjectInput, ProjectsArgs, UpdateProjectInput } from './project.inputs';

@ObjectType()
export class ProjectConnection extends Connection(Project) {}

/** `facets` on the root list's connection. */
export const ProjectConnectionResolver = FacetsResolver(ProjectConnection);

function organization(ctx: Context, id: string | null) {
  return id ? organizationById(ctx).load(id) : null;
}

@Resolver(() => Project)
export class ProjectResolver extends TaggedContentResolver(Project, 'projectId') {
  @Query(() => Project, { description: 'One project by id or slug.' })
  project(@Args() args: LookupArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup(Project, ctx.services.projects, args, ctx, info);
  }

  @Query(() => ProjectConnection)
  projects(@Args() args: ProjectsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.projects.list(withSelection(args, info), ctx.principal);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Бюджет, with its EUR equivalent.' })
  budget(@Root() project: Project): Money | null {
    return Money.of(project.budgetAmount, project.budgetCurrency);
  }

  @FieldResolver(() => Money, { nullable: true, description: "The grant: the funder's part of the budget." })
  grant(@Root() project: Project): Money | null {
    return Money.of(project.grantAmount, project.grantCurrency);
  }

  @FieldResolver(() => Organization, { nullable: true })
  funder(@Root() project: Project, @Ctx() ctx: Context) {
    return organization(ctx, project.funderId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization that runs it.' })
  leadOrganization(@Root() project: Project, @Ctx() ctx: Context) {
    return organization(ctx, project.leadOrganizationId);
  }

  @FieldResolver(() => [ProjectPartner], { description: 'В партньорство с, in order.' })
  partners(@Root() project: Project, @Ctx() ctx: Context) {
    return childRecords(ctx, ProjectPartner, 'projectId', { position: 'ASC' }).load(project.id);
  }

  @FieldResolver(() => [ProjectDocument])
  documents(@Root() project: Project, @Ctx() ctx: Context) {
    return childRecords(ctx, ProjectDocument, 'projectId', { position: 'ASC' }).load(project.id);
  }

  @Mutation(() => Project)
  createProject(@Arg('input') input: CreateProjectInput, @Ctx() ctx: Context) {
    return ctx.services.projects.create(input, ctx.actor);
  }

  @Mutation(() => Project)
  updateProject(@Arg('input') input: UpdateProjectInput, @Ctx() ctx: Context) {
    return ctx.services.projects.update(input, ctx.actor);
  }

  @Mutation(() => Project, { description: 'Moves the project to the trash (soft delete).' })
  deleteProject(@IdArg() id: string, @VersionArg() version: number | null, @Ctx() ctx: Context) {
    return ctx.services.projects.delete(id, version, ctx.actor);
  }
}

@Resolver(() => ProjectPartner)
export class ProjectPartnerResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() partner: ProjectPartner, @Ctx() ctx: Context) {
    return organization(ctx, partner.organizationId);
  }
}

/** Projects extend the network: the latest ones its members lead or partner in. */
@Resolver(() => PartnerNetwork)
export class PartnerNetworkProjectsResolver {
  @FieldResolver(() => [Project], { description: 'Latest projects led or partnered by current members.' })
  projects(@Root() network: PartnerNetwork, @Args() args: MemberContentArgs, @Ctx() ctx: Context) {
    return memberContent<Project>(
      ctx,
      Project,
      `(SELECT project_id AS record_id, organization_id FROM ${PROJECT_ORGANIZATIONS} po)`,
      'r.period_from DESC NULLS LAST',
      args.first,
    ).load(network.id);
  }
}
