import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type Junction, param, whereActive, whereIn, wherePlaced, whereTagged } from '../../common/filters';
import { replaceLinks } from '../../common/links';
import { assignPeriod, type PeriodColumns } from '../../common/period';
import { ContentStatus } from '../../common/status';
import type { GeographyService } from '../geography';
import type { IndicatorService } from '../indicator';
import type { ServiceType, TargetGroup, TaxonomyService, Theme } from '../taxonomy';
import type { ContentFilter, TaggedContentInput } from './content.inputs';
import { RECORD_YEAR } from './facets';

export interface TaggedRecord extends PeriodColumns {
  id: string;
  status: ContentStatus;
}

export interface TaggedTables {
  municipality: Junction;
  theme: Junction;
  targetGroup: Junction;
  serviceType: Junction;
  /** The record's own organization column: a practice's innovator, a project's lead. */
  organizationColumn: string;
}

/**
 * Rules practices and projects share: a period, the municipalities they run in, themes,
 * target groups, service types, outcome indicators and the editorial status.
 */
export class TaggedContentService {
  constructor(
    private readonly geography: GeographyService,
    private readonly themes: TaxonomyService<Theme>,
    private readonly targetGroups: TaxonomyService<TargetGroup>,
    private readonly serviceTypes: TaxonomyService<ServiceType>,
    private readonly indicators: IndicatorService,
  ) {}

  /** Checks and copies the columns of the record itself; call before saving it. */
  assign(record: TaggedRecord, input: TaggedContentInput, isNew: boolean): void {
    this.geography.assertMunicipalityCodes(input.municipalityCodes, 'municipalityCodes');
    assignPeriod(record, input.period);
    if (input.status) record.status = input.status;
    else if (isNew) record.status = ContentStatus.DRAFT;
  }

  /** Writes links and indicators; call after the record is saved, in the same transaction. */
  async saveLinks(
    manager: EntityManager,
    owner: EntityTarget<ObjectLiteral>,
    indicatorOwner: { practiceId: string } | { projectId: string },
    record: TaggedRecord,
    input: TaggedContentInput,
  ): Promise<void> {
    const themeIds =
      input.themes === undefined ? undefined : await this.themes.idsForSlugs(manager, input.themes, 'themes');
    const groupIds =
      input.targetGroups === undefined
        ? undefined
        : await this.targetGroups.idsForSlugs(manager, input.targetGroups, 'targetGroups');
    const serviceTypeIds =
      input.serviceTypes === undefined
        ? undefined
        : await this.serviceTypes.idsForSlugs(manager, input.serviceTypes, 'serviceTypes');
    await replaceLinks(manager, owner, 'municipalities', record.id, input.municipalityCodes);
    await replaceLinks(manager, owner, 'themes', record.id, themeIds);
    await replaceLinks(manager, owner, 'targetGroups', record.id, groupIds);
    await replaceLinks(manager, owner, 'serviceTypes', record.id, serviceTypeIds);
    await this.indicators.replace(manager, indicatorOwner, input.indicators);
  }

  /** The list filters every tagged list shares, with the same names. */
  applyFilter<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    filter: ContentFilter,
    tables: TaggedTables,
  ): void {
    wherePlaced(query, tables.municipality, filter);
    whereTagged(query, tables.theme, 'theme', filter.themes);
    whereTagged(query, tables.targetGroup, 'target_group', filter.targetGroups);
    whereTagged(query, tables.serviceType, 'service_type', filter.serviceTypes);
    whereIn(query, 'status', filter.statuses);
    whereActive(query, 'period_from', 'period_to', filter.activeFrom, filter.activeTo);
    if (filter.years?.length) {
      const years = param('years');
      query.andWhere(`${RECORD_YEAR(query.alias)} IN (:...${years})`, { [years]: filter.years });
    }
    if (filter.organizationKinds?.length) {
      const kinds = param('kinds');
      query.andWhere(
        `EXISTS (SELECT 1 FROM organization o WHERE o.id = ${query.alias}.${tables.organizationColumn} ` +
          `AND o.deleted_at IS NULL AND o.kind IN (:...${kinds}))`,
        { [kinds]: filter.organizationKinds },
      );
    }
  }
}
