import { withSelection } from '../../common/pagination/connection';
import type { GraphQLResolveInfo } from 'graphql';
import DataLoader from 'dataloader';
import { GraphQLJSONObject } from 'graphql-scalars';
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
import { childRecords, recordById } from '../../common/loaders';
import { Connection } from '../../common/pagination/connection';
import { Municipality } from '../geography';
import { Volunteer, VolunteerAssignment, VolunteerContact, VolunteerProgramme } from './volunteer.entity';
import {
  CreateVolunteerAssignmentInput,
  CreateVolunteerInput,
  UpdateVolunteerAssignmentInput,
  UpdateVolunteerInput,
  VolunteersArgs,
} from './volunteer.inputs';
import { seesAllVolunteers, volunteersInScope } from './volunteer.scope';

/** Which volunteers' contact data the asker may read, for a whole page in one statement. */
const contactAccess = (ctx: Context) =>
  ctx.loaders.get(
    'volunteer.contactAccess',
    () =>
      new DataLoader<string, boolean>(async (ids) => {
        const visible = await volunteersInScope(ctx.dataSource.manager, ctx.principal, ids);
        return ids.map((id) => visible.has(id));
      }),
  );

@ObjectType()
export class VolunteerConnection extends Connection(Volunteer) {}

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => VolunteerConnection, {
    description: 'Volunteers, by name; a coordinator sees those of the programmes they coordinate.',
  })
  volunteers(@Args() args: VolunteersArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.volunteers.list(withSelection(args, info), ctx.principal);
  }

  @Query(() => Volunteer, {
    description: 'One volunteer; NOT_FOUND too when out of a coordinator’s programmes, as in `volunteers`.',
  })
  volunteer(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.volunteers.findVisible(id, ctx.principal);
  }

  @Query(() => GraphQLJSONObject, {
    description: 'Everything stored about a volunteer (GDPR right of access), as one JSON object.',
  })
  exportVolunteerData(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.volunteerPrivacy.exportData(id, ctx.actor);
  }

  @Mutation(() => Volunteer, {
    description: 'Anonymises a volunteer (GDPR erasure); assignments and hours stay for the totals.',
  })
  eraseVolunteer(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.volunteerPrivacy.erase(id, ctx.actor);
  }

  @FieldResolver(() => VolunteerContact, {
    nullable: true,
    description:
      'Personal data (GDPR): for admins and the coordinators of the volunteer’s programmes; else null.',
  })
  async contact(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<VolunteerContact | null> {
    const allowed = seesAllVolunteers(ctx.principal) || (await contactAccess(ctx).load(volunteer.id));
    return allowed ? { email: volunteer.email, phone: volunteer.phone } : null;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() volunteer: Volunteer, @Ctx() ctx: Context) {
    return volunteer.municipalityCode
      ? ctx.services.geography.municipality(volunteer.municipalityCode)
      : null;
  }

  @FieldResolver(() => [VolunteerAssignment])
  assignments(@Root() volunteer: Volunteer, @Ctx() ctx: Context) {
    return childRecords(ctx, VolunteerAssignment, 'volunteerId', { startsOn: 'ASC', id: 'ASC' }).load(
      volunteer.id,
    );
  }

  @Mutation(() => Volunteer)
  createVolunteer(@Arg('input') input: CreateVolunteerInput, @Ctx() ctx: Context) {
    return ctx.services.volunteers.create(input, ctx.actor);
  }

  @Mutation(() => Volunteer)
  updateVolunteer(@Arg('input') input: UpdateVolunteerInput, @Ctx() ctx: Context) {
    return ctx.services.volunteers.update(input, ctx.actor);
  }

  @Mutation(() => Volunteer, { description: 'Moves the volunteer to the trash (soft delete).' })
  deleteVolunteer(@IdArg() id: string, @VersionArg() version: number | null, @Ctx() ctx: Context) {
    return ctx.services.volunteers.delete(id, version, ctx.actor);
  }
}

@Resolver(() => VolunteerAssignment)
export class VolunteerAssignmentResolver {
  @FieldResolver(() => VolunteerProgramme, { nullable: true })
  programme(@Root() assignment: VolunteerAssignment, @Ctx() ctx: Context) {
    return recordById(ctx, VolunteerProgramme).load(assignment.programmeId);
  }

  @FieldResolver(() => Volunteer, { nullable: true })
  volunteer(@Root() assignment: VolunteerAssignment, @Ctx() ctx: Context) {
    return recordById(ctx, Volunteer).load(assignment.volunteerId);
  }

  @Mutation(() => VolunteerAssignment)
  createVolunteerAssignment(@Arg('input') input: CreateVolunteerAssignmentInput, @Ctx() ctx: Context) {
    return ctx.services.volunteerAssignments.create(input, ctx.actor);
  }

  @Mutation(() => VolunteerAssignment)
  updateVolunteerAssignment(@Arg('input') input: UpdateVolunteerAssignmentInput, @Ctx() ctx: Context) {
    return ctx.services.volunteerAssignments.update(input, ctx.actor);
  }

  @Mutation(() => VolunteerAssignment, { description: 'Moves the assignment to the trash (soft delete).' })
  deleteVolunteerAssignment(@IdArg() id: string, @VersionArg() version: number | null, @Ctx() ctx: Context) {
    return ctx.services.volunteerAssignments.delete(id, version, ctx.actor);
  }
}
