import type { GraphQLResolveInfo } from 'graphql';
import { withSelection } from '../../common/pagination/connection';
import DataLoader from 'dataloader';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Int,
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
import { recordById, relatedRecords } from '../../common/loaders';
import { Connection } from '../../common/pagination/connection';
import { DecimalScalar } from '../../common/scalars';
import { User } from '../auth';
import { Municipality } from '../geography';
import { Organization, organizationById } from '../organization';
import { Project } from '../project';
import { VolunteerProgramme } from './volunteer.entity';
import {
  CreateVolunteerProgrammeInput,
  UpdateVolunteerProgrammeInput,
  VolunteerProgrammesArgs,
} from './volunteer.inputs';

@ObjectType()
export class VolunteerProgrammeConnection extends Connection(VolunteerProgramme) {}

interface ProgrammeTotals {
  volunteers: number;
  hours: string;
}

/** Aggregates only: how many took part and for how long, never who. */
const programmeTotals = (ctx: Context) =>
  ctx.loaders.get(
    'programme.totals',
    () =>
      new DataLoader<string, ProgrammeTotals>(async (ids) => {
        const rows: { programme_id: string; volunteers: number; hours: string }[] =
          await ctx.dataSource.query(
            'SELECT va.programme_id, COUNT(DISTINCT va.volunteer_id)::int AS volunteers, ' +
              'SUM(va.hours_logged)::numeric(12,2)::text AS hours FROM volunteer_assignment va ' +
              'JOIN volunteer v ON v.id = va.volunteer_id AND v.deleted_at IS NULL ' +
              'WHERE va.programme_id = ANY($1) AND va.deleted_at IS NULL GROUP BY va.programme_id',
            [[...ids]],
          );
        const byId = new Map(
          rows.map((r) => [r.programme_id, { volunteers: Number(r.volunteers), hours: r.hours }]),
        );
        return ids.map((id) => byId.get(id) ?? { volunteers: 0, hours: '0.00' });
      }),
  );

@Resolver(() => VolunteerProgramme)
export class VolunteerProgrammeResolver extends ContentResolver(VolunteerProgramme) {
  @Query(() => VolunteerProgramme)
  volunteerProgramme(@Args() args: LookupArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return lookup(VolunteerProgramme, ctx.services.volunteerProgrammes, args, ctx, info);
  }

  @Query(() => VolunteerProgrammeConnection)
  volunteerProgrammes(
    @Args() args: VolunteerProgrammesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.volunteerProgrammes.list(withSelection(args, info), ctx.principal);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() programme: VolunteerProgramme, @Ctx() ctx: Context) {
    return programme.organizationId ? organizationById(ctx).load(programme.organizationId) : null;
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() programme: VolunteerProgramme, @Ctx() ctx: Context) {
    return programme.projectId ? recordById(ctx, Project).load(programme.projectId) : null;
  }

  @FieldResolver(() => [Municipality])
  municipalities(@Root() programme: VolunteerProgramme, @Ctx() ctx: Context) {
    return relatedRecords<Municipality>(ctx, VolunteerProgramme, 'municipalities', 't.code').load(
      programme.id,
    );
  }

  @FieldResolver(() => Int, { description: 'Volunteers with an assignment in the programme.' })
  async volunteerCount(@Root() programme: VolunteerProgramme, @Ctx() ctx: Context) {
    return (await programmeTotals(ctx).load(programme.id)).volunteers;
  }

  @FieldResolver(() => DecimalScalar, { description: 'Hours logged by all its volunteers.' })
  async hoursLogged(@Root() programme: VolunteerProgramme, @Ctx() ctx: Context) {
    return (await programmeTotals(ctx).load(programme.id)).hours;
  }

  @Mutation(() => VolunteerProgramme)
  createVolunteerProgramme(@Arg('input') input: CreateVolunteerProgrammeInput, @Ctx() ctx: Context) {
    return ctx.services.volunteerProgrammes.create(input, ctx.actor);
  }

  @Mutation(() => VolunteerProgramme)
  updateVolunteerProgramme(@Arg('input') input: UpdateVolunteerProgrammeInput, @Ctx() ctx: Context) {
    return ctx.services.volunteerProgrammes.update(input, ctx.actor);
  }

  @Mutation(() => VolunteerProgramme, { description: 'Moves the programme to the trash (soft delete).' })
  deleteVolunteerProgramme(@IdArg() id: string, @VersionArg() version: number | null, @Ctx() ctx: Context) {
    return ctx.services.volunteerProgrammes.delete(id, version, ctx.actor);
  }
}

/** Coordinators are users assigned to programmes: the field belongs to the volunteer module. */
@Resolver(() => User)
export class UserProgrammesResolver {
  @FieldResolver(() => [VolunteerProgramme], { description: 'Programmes a coordinator coordinates.' })
  programmes(@Root() user: User, @Ctx() ctx: Context) {
    return relatedRecords<VolunteerProgramme>(ctx, User, 'programmes', "t.name->>'bg'").load(user.id);
  }
}
