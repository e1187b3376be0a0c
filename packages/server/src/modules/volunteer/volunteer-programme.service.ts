import { linkedValues, type RevisionService, toJson, translationOf } from '../revision';
import { type Actor, hasRole, type Principal, UserRole } from '../../common/principal';
import { assignSchedule, PublishableCrudService } from '../content';
import { whereVisible } from '../../common/visibility';
import type { GeographyService } from '../geography';
import type { OrganizationService } from '../organization';
import { Project } from '../project';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, unknownReference } from '../../common/errors';
import { whereIn, wherePlaced, whereSearch } from '../../common/filters';
import { replaceLinks } from '../../common/links';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import { uniqueSlug } from '../../common/slugs';
import { ContentStatus } from '../../common/status';
import { withRichTexts } from '../../common/rich-text';
import { assignTexts } from '../../common/texts';
import { PROGRAMME_MUNICIPALITY, VolunteerProgramme } from './volunteer.entity';
import { assertCoordinates } from './volunteer.scope';
import type {
  CreateVolunteerProgrammeInput,
  UpdateVolunteerProgrammeInput,
  VolunteerProgrammesArgs,
} from './volunteer.inputs';

type ProgrammeInput = CreateVolunteerProgrammeInput | UpdateVolunteerProgrammeInput;

export class VolunteerProgrammeService extends PublishableCrudService<
  VolunteerProgramme,
  CreateVolunteerProgrammeInput,
  UpdateVolunteerProgrammeInput
> {
  protected readonly entity = VolunteerProgramme;

  constructor(
    ds: DataSource,
    revisions: RevisionService,
    private readonly geography: GeographyService,
    private readonly organizations: OrganizationService,
  ) {
    super(ds, revisions);
  }

  /** Besides the status rules: a coordinator (who is not an editor) changes only their own programmes. */
  protected override async authorize(
    manager: EntityManager,
    current: VolunteerProgramme | null,
    input: ProgrammeInput,
    actor: Actor,
  ) {
    await super.authorize(manager, current, input, actor);
    if (current && !hasRole(actor.principal, UserRole.EDITOR)) {
      await assertCoordinates(manager, actor.principal, current.id);
    }
  }

  protected async assign(
    manager: EntityManager,
    record: VolunteerProgramme,
    input: ProgrammeInput,
    isNew: boolean,
  ) {
    this.geography.assertMunicipalityCodes(input.municipalityCodes, 'municipalityCodes');
    await this.organizations.assertExist(manager, [input.organizationId], 'organizationId');
    if (input.projectId && !(await manager.findOneBy(Project, { id: input.projectId }))) {
      throw badInput([unknownReference('projectId', 'project', input.projectId)]);
    }
    assignTexts(record, withRichTexts(input, ['description']), ['name', 'description']);
    if (input.organizationId !== undefined) record.organizationId = input.organizationId ?? null;
    if (input.projectId !== undefined) record.projectId = input.projectId ?? null;
    if (input.status) record.status = input.status;
    else if (isNew) record.status = ContentStatus.DRAFT;
    assignSchedule(record, input);
    if (isNew) record.slug = await uniqueSlug(manager, VolunteerProgramme, record.name.bg);
  }

  protected override async afterSave(
    manager: EntityManager,
    record: VolunteerProgramme,
    input: ProgrammeInput,
  ) {
    await replaceLinks(manager, VolunteerProgramme, 'municipalities', record.id, input.municipalityCodes);
  }

  /** Everything `UpdateVolunteerProgrammeInput` holds, so restoring a revision is lossless. */
  override async snapshot(
    manager: EntityManager,
    record: VolunteerProgramme,
  ): Promise<Record<string, unknown>> {
    return toJson({
      name: record.name,
      description: record.description,
      organizationId: record.organizationId,
      projectId: record.projectId,
      municipalityCodes: await linkedValues(manager, VolunteerProgramme, 'municipalities', record.id),
      status: record.status,
      publishAt: record.publishAt,
      ...translationOf(record),
    });
  }

  list(args: VolunteerProgrammesArgs, principal: Principal) {
    const query = this.ds.getRepository(VolunteerProgramme).createQueryBuilder('programme');
    whereVisible(query, principal);
    const filter = args.filter ?? {};
    wherePlaced(query, PROGRAMME_MUNICIPALITY, filter);
    whereIn(query, 'organization_id', filter.organizationIds);
    whereIn(query, 'status', filter.statuses);
    whereSearch(query, filter.search, ['name', 'description'], ['slug']);
    return paginate(
      query,
      { expression: "programme.name->>'bg'", sqlType: 'text', direction: SortDirection.ASC },
      args,
    );
  }
}
