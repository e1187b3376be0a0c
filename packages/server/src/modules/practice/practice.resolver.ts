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
import { childRecords, relatedRecords } from '../../common/loaders';
import {
  childList,
  prefetchedOr,
  referencedRecord,
  registerPrefetch,
  relatedList,
} from '../../common/prefetch';
import { Connection } from '../../common/pagination/connection';
import { FacetsResolver, TaggedContentResolver } from '../content';
import { Municipality } from '../geography';
import { Organization, organizationById } from '../organization';
import { Project } from '../project';
import { MemberContentArgs, memberContent, PartnerNetwork } from '../partner-network';
import { PracticeAdoption } from './practice-adoption.entity';
import { Practice } from './practice.entity';
import { CreatePracticeInput, PracticesArgs, UpdatePracticeInput } from './practice.inputs';

@ObjectType()
export class PracticeConnection extends Connection(Practice) {}

/** `facets` on the root list's connection. */
export const PracticeConnectionResolver = FacetsResolver(PracticeConnection);

registerPrefetch(Practice, 'organization', referencedRecord(Organization, 'organization_id'));
registerPrefetch(
  Practice,
  'projects',
  relatedList(Practice, 'projects', (t) => `${t}.title->>'bg'`),
);
registerPrefetch(
  Practice,
  'adoptions',
  childList(PracticeAdoption, 'practiceId', (t) => `${t}.year, ${t}.municipality_code`),
);

@Resolver(() => Practice)
export class PracticeResolver extends TaggedContentResolver(Practice, 'practiceId') {
  @Query(() => Practice, { description: 'One practice by id or slug.' })
  practice(@Args() args: LookupArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup(Practice, ctx.services.practices, args, ctx, info);
  }

  @Query(() => PracticeConnection)
  practices(@Args() args: PracticesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.practices.list(withSelection(args, info), ctx.principal);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The innovator organization.' })
  organization(@Root() practice: Practice, @Ctx() ctx: Context) {
    const id = practice.organizationId;
    return prefetchedOr(practice, 'organization', () => (id ? organizationById(ctx).load(id) : null));
  }

  @FieldResolver(() => [Project], { description: 'Related projects.' })
  projects(@Root() practice: Practice, @Ctx() ctx: Context) {
    return prefetchedOr(practice, 'projects', () =>
      relatedRecords<Project>(ctx, Practice, 'projects', "t.title->>'bg'").load(practice.id),
    );
  }

  @FieldResolver(() => [PracticeAdoption], { description: 'Where the practice was replicated.' })
  adoptions(@Root() practice: Practice, @Ctx() ctx: Context) {
    return prefetchedOr(practice, 'adoptions', () =>
      childRecords(ctx, PracticeAdoption, 'practiceId', { year: 'ASC', municipalityCode: 'ASC' }).load(
        practice.id,
      ),
    );
  }

  @Mutation(() => Practice)
  createPractice(@Arg('input') input: CreatePracticeInput, @Ctx() ctx: Context) {
    return ctx.services.practices.create(input, ctx.actor);
  }

  @Mutation(() => Practice)
  updatePractice(@Arg('input') input: UpdatePracticeInput, @Ctx() ctx: Context) {
    return ctx.services.practices.update(input, ctx.actor);
  }

  @Mutation(() => Practice, { description: 'Moves the practice to the trash (soft delete).' })
  deletePractice(@IdArg() id: string, @VersionArg() version: number | null, @Ctx() ctx: Context) {
    return ctx.services.practices.delete(id, version, ctx.actor);
  }
}

@Resolver(() => PracticeAdoption)
export class PracticeAdoptionResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() adoption: PracticeAdoption, @Ctx() ctx: Context) {
    return ctx.services.geography.municipality(adoption.municipalityCode);
  }
}

/** The practice side of their many-to-many: project is below practice and does not import it. */
@Resolver(() => Project)
export class ProjectPracticesResolver {
  @FieldResolver(() => [Practice], { description: 'Practices that grew out of or relate to it.' })
  practices(@Root() project: Project, @Ctx() ctx: Context) {
    return relatedRecords<Practice>(ctx, Project, 'practices', "t.title->>'bg'").load(project.id);
  }
}

/** Practices extend the network: its members' newest practices. */
@Resolver(() => PartnerNetwork)
export class PartnerNetworkPracticesResolver {
  @FieldResolver(() => [Practice], { description: "Newest practices of the network's current members." })
  practices(@Root() network: PartnerNetwork, @Args() args: MemberContentArgs, @Ctx() ctx: Context) {
    return memberContent<Practice>(
      ctx,
      Practice,
      '(SELECT id AS record_id, organization_id FROM practice)',
      'r.published_at DESC NULLS LAST',
      args.first,
    ).load(network.id);
  }
}
