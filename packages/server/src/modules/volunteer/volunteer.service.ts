import { type RevisionService, toJson } from '../revision';
import type { Actor, Principal } from '../../common/principal';
import type { GeographyService } from '../geography';
import type { RevisionAction } from '../../common/revision-action';
import type { DataSource, EntityManager } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { badInput, fieldError, notFound, Reason, unknownReference } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { whereIn, wherePlaced, whereSearch } from '../../common/filters';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import { inTransaction } from '../../common/transaction';
import {
  assertAssignable,
  assertAssignmentInScope,
  assertCoordinates,
  assertVolunteerInScope,
  inScope,
  seesAllVolunteers,
  volunteersInScope,
} from './volunteer.scope';
import { Volunteer, VolunteerAssignment, VolunteerProgramme, VettingStatus } from './volunteer.entity';
import type {
  CreateVolunteerAssignmentInput,
  CreateVolunteerInput,
  UpdateVolunteerAssignmentInput,
  UpdateVolunteerInput,
  VolunteersArgs,
} from './volunteer.inputs';

export class VolunteerService extends CrudService<Volunteer, CreateVolunteerInput, UpdateVolunteerInput> {
  protected readonly entity = Volunteer;

  constructor(
    ds: DataSource,
    revisions: RevisionService,
    private readonly geography: GeographyService,
  ) {
    super(ds, revisions);
  }

  protected async assign(
    _manager: EntityManager,
    record: Volunteer,
    input: CreateVolunteerInput | UpdateVolunteerInput,
    isNew: boolean,
  ) {
    if (input.municipalityCode)
      this.geography.assertMunicipalityCodes([input.municipalityCode], 'municipalityCode');
    if (input.name != null) record.name = input.name.trim();
    if (input.email !== undefined) record.email = input.email?.trim().toLowerCase() || null;
    if (input.phone !== undefined) record.phone = input.phone?.trim() || null;
    if (input.municipalityCode !== undefined) record.municipalityCode = input.municipalityCode ?? null;
    if (input.skills !== undefined || isNew)
      record.skills = (input.skills ?? []).map((s) => s.trim()).filter(Boolean);
    if (input.availability !== undefined) record.availability = input.availability?.trim() || null;
    if (input.consentGivenAt !== undefined) record.consentGivenAt = input.consentGivenAt ?? null;
    if (input.vettingStatus) record.vettingStatus = input.vettingStatus;
    else if (isNew) record.vettingStatus = VettingStatus.NOT_STARTED;
  }

  /** A coordinator may create a volunteer with no assignment yet: it stays theirs until assigned. */
  override update(
    input: UpdateVolunteerInput,
    actor: Actor,
    within?: EntityManager,
    action?: RevisionAction.UPDATE | RevisionAction.RESTORE,
  ): Promise<Volunteer> {
    return inTransaction(this.ds, within, async (manager) => {
      await assertVolunteerInScope(manager, actor.principal, input.id);
      return super.update(input, actor, manager, action);
    });
  }

  override async delete(id: string, version: number | null | undefined, actor: Actor): Promise<Volunteer> {
    await assertVolunteerInScope(this.ds.manager, actor.principal, id);
    return super.delete(id, version, actor);
  }

  /** Everything `UpdateVolunteerInput` holds. Personal data: only admins read volunteer revisions. */
  override async snapshot(_manager: EntityManager, record: Volunteer): Promise<Record<string, unknown>> {
    return toJson({
      name: record.name,
      email: record.email,
      phone: record.phone,
      municipalityCode: record.municipalityCode,
      skills: record.skills,
      availability: record.availability,
      consentGivenAt: record.consentGivenAt,
      vettingStatus: record.vettingStatus,
    });
  }

  /**
   * One volunteer, under the same scope as `list`. Out of scope is NOT_FOUND, as an unknown id
   * is: a coordinator learns nothing about other programmes' volunteers by guessing ids.
   */
  async findVisible(id: string, principal: Principal): Promise<Volunteer> {
    const visible = isUuid(id) && (await volunteersInScope(this.ds.manager, principal, [id])).has(id);
    const volunteer = visible ? await this.ds.getRepository(Volunteer).findOneBy({ id }) : null;
    if (!volunteer) throw notFound('Volunteer', id);
    return volunteer;
  }

  /** Admins see every volunteer; a coordinator only those in their scope (see volunteer.scope.ts). */
  list(args: VolunteersArgs, principal: Principal) {
    const query = this.ds.getRepository(Volunteer).createQueryBuilder('volunteer');
    if (!seesAllVolunteers(principal)) {
      const user = principal.kind === 'user' ? principal.userId : null;
      if (!user) query.andWhere('false');
      else query.andWhere(inScope('volunteer', ':scopeUser'), { scopeUser: user });
    }
    const filter = args.filter ?? {};
    wherePlaced(query, { column: 'municipality_code' }, filter);
    whereIn(query, 'vetting_status', filter.vettingStatuses);
    whereSearch(query, filter.search, [], ['name']);
    if (filter.programmeIds?.length) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM volunteer_assignment va WHERE va.volunteer_id = volunteer.id ' +
          'AND va.programme_id IN (:...programmeIds) AND va.deleted_at IS NULL)',
        { programmeIds: filter.programmeIds },
      );
    }
    return paginate(
      query,
      { expression: 'volunteer.name', sqlType: 'text', direction: SortDirection.ASC },
      args,
    );
  }
}

export class VolunteerAssignmentService extends CrudService<
  VolunteerAssignment,
  CreateVolunteerAssignmentInput,
  UpdateVolunteerAssignmentInput
> {
  protected readonly entity = VolunteerAssignment;

  /** Coordinators assign within their programmes, and only volunteers who are theirs or unassigned. */
  override create(input: CreateVolunteerAssignmentInput, actor: Actor, within?: EntityManager) {
    return inTransaction(this.ds, within, async (manager) => {
      await assertCoordinates(manager, actor.principal, input.programmeId);
      await assertAssignable(manager, actor.principal, input.volunteerId);
      return super.create(input, actor, manager);
    });
  }

  override update(
    input: UpdateVolunteerAssignmentInput,
    actor: Actor,
    within?: EntityManager,
    action?: RevisionAction.UPDATE | RevisionAction.RESTORE,
  ): Promise<VolunteerAssignment> {
    return inTransaction(this.ds, within, async (manager) => {
      await assertAssignmentInScope(manager, actor.principal, input.id);
      return super.update(input, actor, manager, action);
    });
  }

  override async delete(id: string, version: number | null | undefined, actor: Actor) {
    await assertAssignmentInScope(this.ds.manager, actor.principal, id);
    return super.delete(id, version, actor);
  }

  /** The assignment as its inputs hold it; volunteer and programme never change after creation. */
  override async snapshot(_manager: EntityManager, record: VolunteerAssignment) {
    return toJson({
      volunteerId: record.volunteerId,
      programmeId: record.programmeId,
      role: record.role,
      startsOn: record.startsOn,
      endsOn: record.endsOn,
      hoursLogged: record.hoursLogged,
    });
  }

  protected async assign(
    manager: EntityManager,
    record: VolunteerAssignment,
    input: CreateVolunteerAssignmentInput | UpdateVolunteerAssignmentInput,
    isNew: boolean,
  ) {
    if ('volunteerId' in input && isNew) {
      const [volunteer, programme] = await Promise.all([
        manager.findOneBy(Volunteer, { id: input.volunteerId }),
        manager.findOneBy(VolunteerProgramme, { id: input.programmeId }),
      ]);
      const errors = [
        ...(volunteer ? [] : [unknownReference('volunteerId', 'volunteer', input.volunteerId)]),
        ...(programme ? [] : [unknownReference('programmeId', 'programme', input.programmeId)]),
      ];
      if (errors.length) throw badInput(errors);
      record.volunteerId = input.volunteerId;
      record.programmeId = input.programmeId;
    }
    if (input.role != null) record.role = input.role.trim();
    if (input.startsOn != null) record.startsOn = input.startsOn;
    if (input.endsOn !== undefined) record.endsOn = input.endsOn ?? null;
    if (input.hoursLogged != null) record.hoursLogged = input.hoursLogged;
    else if (isNew) record.hoursLogged = '0';
    if (record.endsOn && record.endsOn < record.startsOn) {
      throw fieldError('endsOn', 'An assignment cannot end before it starts', Reason.periodOrder);
    }
  }
}
