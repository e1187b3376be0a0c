import { contactOf, type RevisionService, toJson, translationOf } from '../revision';
import type { GeographyService } from '../geography';
import type { DataSource, EntityManager } from 'typeorm';
import { toContact } from '../../common/contact';
import { CrudService } from '../../common/crud.service';
import { badInput, unknownReference } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { whereIn, wherePlaced } from '../../common/filters';
import type { Principal } from '../../common/principal';
import { whereVisible } from '../../common/visibility';
import { listSort, type SearchIndexService } from '../search-index';
import { SortDirection } from '../../common/pagination/connection';
import { paginate, type SortKey } from '../../common/pagination/paginate';
import { registerLongTexts } from '../../common/prefetch';
import { uniqueSlug } from '../../common/slugs';
import { withRichTexts } from '../../common/rich-text';
import { assignTexts } from '../../common/texts';
import { Organization } from './organization.entity';
import {
  type CreateOrganizationInput,
  OrganizationOrderField,
  type OrganizationsArgs,
  type UpdateOrganizationInput,
} from './organization.inputs';

registerLongTexts(Organization, ['description']);

const SORT_KEYS: Record<Exclude<OrganizationOrderField, 'RELEVANCE'>, Omit<SortKey, 'direction'>> = {
  NAME: { expression: "organization.name->>'bg'", sqlType: 'text' },
  CREATED_AT: { expression: 'organization.createdAt', sqlType: 'timestamptz' },
  UPDATED_AT: { expression: 'organization.updatedAt', sqlType: 'timestamptz' },
};

export class OrganizationService extends CrudService<
  Organization,
  CreateOrganizationInput,
  UpdateOrganizationInput
> {
  protected readonly entity = Organization;

  constructor(
    ds: DataSource,
    revisions: RevisionService,
    private readonly geography: GeographyService,
    private readonly search: SearchIndexService,
  ) {
    super(ds, revisions);
  }

  protected async assign(
    manager: EntityManager,
    record: Organization,
    input: CreateOrganizationInput | UpdateOrganizationInput,
    isNew: boolean,
  ): Promise<void> {
    if (input.municipalityCode)
      this.geography.assertMunicipalityCodes([input.municipalityCode], 'municipalityCode');
    assignTexts(record, withRichTexts(input, ['description']), ['name', 'description']);
    if (input.kind) record.kind = input.kind;
    if (input.contact !== undefined) record.contact = toContact(input.contact);
    else if (isNew) record.contact = toContact(null);
    if (input.municipalityCode !== undefined) record.municipalityCode = input.municipalityCode ?? null;
    if (isNew) record.slug = await uniqueSlug(manager, Organization, record.name.bg);
  }

  /** Everything `UpdateOrganizationInput` holds, so restoring a revision is lossless. */
  override async snapshot(_manager: EntityManager, record: Organization): Promise<Record<string, unknown>> {
    return toJson({
      name: record.name,
      kind: record.kind,
      contact: contactOf(record.contact),
      municipalityCode: record.municipalityCode,
      description: record.description,
      ...translationOf(record),
    });
  }

  /** Ids that do not name an organization, as field errors. */
  async assertExist(
    manager: EntityManager,
    ids: (string | null | undefined)[],
    field: string,
  ): Promise<void> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    const valid = wanted.filter(isUuid);
    if (wanted.length === 0) return;
    const found = valid.length
      ? await manager
          .createQueryBuilder(Organization, 'o')
          .select('o.id')
          .where('o.id IN (:...valid)', { valid })
          .getMany()
      : [];
    const known = new Set(found.map((o) => o.id));
    const missing = wanted.filter((id) => !known.has(id));
    if (missing.length > 0) {
      throw badInput(missing.map((id) => unknownReference(field, 'organization', id)));
    }
  }

  async list(args: OrganizationsArgs, principal: Principal) {
    const query = this.ds.getRepository(Organization).createQueryBuilder('organization');
    whereVisible(query, principal);
    const filter = args.filter ?? {};
    whereIn(query, 'kind', filter.kinds);
    whereIn(query, 'id', filter.organizationIds);
    wherePlaced(query, { column: 'municipality_code' }, filter);
    const relevance = await this.search.filterList(query, 'Organization', filter.search, args.locale);
    const sort = listSort(
      args.orderBy,
      { field: OrganizationOrderField.NAME, direction: SortDirection.ASC },
      SORT_KEYS,
      relevance,
    );
    return paginate(query, sort, args);
  }
}
