import { type RevisionService, taggedSnapshot, toJson, translationOf } from '../revision';
import {
  assignSchedule,
  type FacetDimension,
  PublishableCrudService,
  type TaggedContentService,
  taggedFacets,
  taggedList,
} from '../content';
import type { Principal } from '../../common/principal';
import { whereVisible } from '../../common/visibility';
import type { OrganizationService } from '../organization';
import type { DataSource, EntityManager } from 'typeorm';
import { fieldError, Reason } from '../../common/errors';
import { whereIn } from '../../common/filters';
import type { PreparedSearch, SearchIndexService } from '../search-index';
import { BGN_PER_EUR, normalizeAmount } from '../../common/money';
import { SortDirection } from '../../common/pagination/connection';
import type { SortKey } from '../../common/pagination/paginate';
import { registerLongTexts } from '../../common/prefetch';
import { uniqueSlug } from '../../common/slugs';
import { assignTexts, cleanTexts } from '../../common/texts';
import type { PartnerNetworkService } from '../partner-network';
import { withRichTexts } from '../../common/rich-text';
import { ProjectDocument, ProjectPartner } from './project-partner.entity';
import { Project, PROJECT_MUNICIPALITY, PROJECT_ORGANIZATIONS, PROJECT_TAGS } from './project.entity';
import {
  type CreateProjectInput,
  type ProjectFilter,
  ProjectOrderField,
  type ProjectsArgs,
  type UpdateProjectInput,
} from './project.inputs';

const TEXTS = [
  'title',
  'summary',
  'generalGoal',
  'specificObjectives',
  'programmes',
  'activities',
  'expectedResults',
  'fundingProgramme',
] as const;

/** Texts a list reads only when its query shows them (all but the title). */
const LONG_TEXTS = TEXTS.filter((text) => text !== 'title');
const TABLES = {
  municipality: PROJECT_MUNICIPALITY,
  ...PROJECT_TAGS,
  organizationColumn: 'lead_organization_id',
};
const FUNDERS: FacetDimension = {
  name: 'funders',
  ignores: ['funderIds'],
  joins: 'JOIN project r ON r.id = f.id JOIN organization o ON o.id = r.funder_id AND o.deleted_at IS NULL',
  value: 'o.id::text',
  label: { bg: "o.name->>'bg'", en: "COALESCE(o.name->>'en', o.name->>'bg')" },
};
const FACETS = [...taggedFacets('project', TABLES), FUNDERS];
registerLongTexts(Project, LONG_TEXTS);
/** Long texts edited as rich text; list items and names stay plain. */
const RICH_TEXTS = ['summary', 'generalGoal'] as const;

/** Lists are never null in storage: an omitted list on create is empty. */
const LISTS = ['specificObjectives', 'programmes', 'activities', 'expectedResults'] as const;

const SORT_KEYS: Record<Exclude<ProjectOrderField, 'RELEVANCE'>, Omit<SortKey, 'direction'>> = {
  START_DATE: { expression: "COALESCE(project.periodFrom, '-infinity'::date)", sqlType: 'date' },
  TITLE: { expression: "project.title->>'bg'", sqlType: 'text' },
  BUDGET_EUR: {
    // The same fixed rate as `toEur`, so the order matches the amounts shown.
    expression:
      "COALESCE(ROUND(CASE WHEN project.budgetCurrency = 'BGN' " +
      `THEN project.budgetAmount / ${BGN_PER_EUR.toFixed()} ELSE project.budgetAmount END, 2), -1)`,
    sqlType: 'numeric',
  },
  CREATED_AT: { expression: 'project.createdAt', sqlType: 'timestamptz' },
  UPDATED_AT: { expression: 'project.updatedAt', sqlType: 'timestamptz' },
};

type ProjectInput = CreateProjectInput | UpdateProjectInput;

export class ProjectService extends PublishableCrudService<Project, CreateProjectInput, UpdateProjectInput> {
  protected readonly entity = Project;

  constructor(
    ds: DataSource,
    revisions: RevisionService,
    private readonly organizations: OrganizationService,
    private readonly tagged: TaggedContentService,
    /** Types only: partner-network shows its members' projects, so it imports this module. */
    private readonly networks: PartnerNetworkService,
    private readonly search: SearchIndexService,
  ) {
    super(ds, revisions);
  }

  protected async assign(manager: EntityManager, record: Project, input: ProjectInput, isNew: boolean) {
    this.tagged.assign(record, input, isNew);
    assignSchedule(record, input);
    await this.organizations.assertExist(manager, [input.funderId], 'funderId');
    await this.organizations.assertExist(manager, [input.leadOrganizationId], 'leadOrganizationId');
    await this.organizations.assertExist(
      manager,
      input.partners?.map((p) => p.organizationId) ?? [],
      'partners',
    );
    const texts: Record<string, unknown> = withRichTexts(input, RICH_TEXTS);
    for (const list of LISTS)
      if (texts[list] === null || (isNew && texts[list] === undefined)) texts[list] = [];
    assignTexts(record, texts, TEXTS);
    if (input.budget !== undefined) {
      record.budgetAmount = input.budget ? normalizeAmount(input.budget.amount) : null;
      record.budgetCurrency = input.budget?.currency ?? null;
    }
    if (input.grant !== undefined) {
      record.grantAmount = input.grant ? normalizeAmount(input.grant.amount) : null;
      record.grantCurrency = input.grant?.currency ?? null;
    }
    if (input.implementationStatus !== undefined)
      record.implementationStatus = input.implementationStatus ?? null;
    if (input.contractDate !== undefined) record.contractDate = input.contractDate ?? null;
    if (input.funderId !== undefined) record.funderId = input.funderId ?? null;
    if (input.leadOrganizationId !== undefined) record.leadOrganizationId = input.leadOrganizationId ?? null;
    if (input.referenceNumber !== undefined) record.referenceNumber = input.referenceNumber?.trim() || null;
    if (isNew) record.slug = await uniqueSlug(manager, Project, record.title.bg);
  }

  protected override async afterSave(manager: EntityManager, record: Project, input: ProjectInput) {
    await this.tagged.saveLinks(manager, Project, { projectId: record.id }, record, input);
    if (input.partners !== undefined) {
      const seen = new Set<string>();
      for (const partner of input.partners ?? []) {
        if (seen.has(partner.organizationId)) {
          throw fieldError(
            'partners',
            `Organization ${partner.organizationId} is listed twice`,
            Reason.duplicate,
            {
              id: partner.organizationId,
            },
          );
        }
        seen.add(partner.organizationId);
      }
      await manager.delete(ProjectPartner, { projectId: record.id });
      if (input.partners?.length) {
        await manager.insert(
          ProjectPartner,
          input.partners.map((p, position) => ({
            projectId: record.id,
            organizationId: p.organizationId,
            role: p.role,
            position,
          })),
        );
      }
    }
    if (input.documents !== undefined) {
      await manager.delete(ProjectDocument, { projectId: record.id });
      if (input.documents?.length) {
        await manager.insert(
          ProjectDocument,
          input.documents.map((d, position) => ({
            projectId: record.id,
            title: cleanTexts(d.title),
            url: d.url,
            position,
          })),
        );
      }
    }
  }

  /** Everything `UpdateProjectInput` holds, so restoring a revision is lossless. */
  override async snapshot(manager: EntityManager, record: Project): Promise<Record<string, unknown>> {
    const order = { position: 'ASC' } as const;
    const partners = await manager.find(ProjectPartner, { where: { projectId: record.id }, order });
    const documents = await manager.find(ProjectDocument, { where: { projectId: record.id }, order });
    return toJson({
      title: record.title,
      summary: record.summary,
      generalGoal: record.generalGoal,
      specificObjectives: record.specificObjectives,
      programmes: record.programmes,
      activities: record.activities,
      expectedResults: record.expectedResults,
      budget: record.budgetAmount ? { amount: record.budgetAmount, currency: record.budgetCurrency } : null,
      funderId: record.funderId,
      fundingProgramme: record.fundingProgramme,
      referenceNumber: record.referenceNumber,
      grant: record.grantAmount ? { amount: record.grantAmount, currency: record.grantCurrency } : null,
      implementationStatus: record.implementationStatus,
      contractDate: record.contractDate,
      leadOrganizationId: record.leadOrganizationId,
      partners: partners.map((p) => ({ organizationId: p.organizationId, role: p.role })),
      documents: documents.map((d) => ({ title: d.title, url: d.url })),
      ...(await taggedSnapshot(manager, Project, record, 'project_id')),
      ...translationOf(record),
    });
  }

  /** The projects `principal` may see under `filter` (and `search`), with the relevance key when searched. */
  private filtered(filter: ProjectFilter, principal: Principal, search: PreparedSearch | null) {
    const query = this.ds.getRepository(Project).createQueryBuilder('project');
    whereVisible(query, principal);
    this.tagged.applyFilter(query, filter, TABLES);
    whereIn(query, 'funder_id', filter.funderIds);
    if (filter.organizationIds?.length) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM ${PROJECT_ORGANIZATIONS} po WHERE po.project_id = project.id AND po.organization_id IN (:...projectOrgIds))`,
        { projectOrgIds: filter.organizationIds },
      );
    }
    if (filter.networkIds?.length) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM ${PROJECT_ORGANIZATIONS} po WHERE po.project_id = project.id ` +
          `AND ${this.networks.memberOf('po.organization_id', 'projectNetworkIds')})`,
        { projectNetworkIds: filter.networkIds },
      );
    }
    const relevance = search ? this.search.apply(query, 'Project', search) : null;
    return { query, relevance };
  }

  list(args: ProjectsArgs, principal: Principal) {
    return taggedList(this.ds, this.search, args, principal, {
      typeName: 'Project',
      filtered: (filter, search) => this.filtered(filter, principal, search),
      defaultOrder: { field: ProjectOrderField.START_DATE, direction: SortDirection.DESC },
      sortKeys: SORT_KEYS,
      facets: FACETS,
      prefetch: this.prefetchFor(args, principal),
    });
  }
}
