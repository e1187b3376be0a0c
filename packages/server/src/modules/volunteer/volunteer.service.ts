import type { RevisionService } from '../revision/revision.service';
import type { DataSource, EntityManager } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { badInput, fieldError } from '../../common/errors';
import { whereIn, wherePlaced, whereSearch } from '../../common/filters';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import type { GeographyService } from '../geography/geography.service';
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

  list(args: VolunteersArgs) {
    const query = this.ds.getRepository(Volunteer).createQueryBuilder('volunteer');
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
        ...(volunteer ? [] : [{ field: 'volunteerId', message: `Unknown volunteer ${input.volunteerId}` }]),
        ...(programme ? [] : [{ field: 'programmeId', message: `Unknown programme ${input.programmeId}` }]),
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
      throw fieldError('endsOn', 'An assignment cannot end before it starts');
    }
  }
}
