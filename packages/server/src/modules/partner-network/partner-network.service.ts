import { type RevisionService, toJson, translationOf } from '../revision';
import type { OrganizationService } from '../organization';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { fieldError, Reason } from '../../common/errors';
import { whereIn } from '../../common/filters';
import type { Principal } from '../../common/principal';
import { whereVisible } from '../../common/visibility';
import type { SearchIndexService } from '../search-index';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import { uniqueSlug } from '../../common/slugs';
import { withRichTexts } from '../../common/rich-text';
import { assignTexts } from '../../common/texts';
import { currentMembership } from './partner-network.filters';
import { NetworkMembership, PartnerNetwork } from './partner-network.entity';
import type {
  CreatePartnerNetworkInput,
  PartnerNetworksArgs,
  UpdatePartnerNetworkInput,
} from './partner-network.inputs';

type NetworkInput = CreatePartnerNetworkInput | UpdatePartnerNetworkInput;

export class PartnerNetworkService extends CrudService<
  PartnerNetwork,
  CreatePartnerNetworkInput,
  UpdatePartnerNetworkInput
> {
  protected readonly entity = PartnerNetwork;

  constructor(
    ds: DataSource,
    revisions: RevisionService,
    private readonly organizations: OrganizationService,
    private readonly search: SearchIndexService,
  ) {
    super(ds, revisions);
  }

  protected async assign(
    manager: EntityManager,
    record: PartnerNetwork,
    input: NetworkInput,
    isNew: boolean,
  ) {
    await this.organizations.assertExist(manager, [input.coordinatorId], 'coordinatorId');
    await this.organizations.assertExist(
      manager,
      input.memberships?.map((m) => m.organizationId) ?? [],
      'memberships',
    );
    const seen = new Set<string>();
    input.memberships?.forEach((m, index) => {
      if (m.leftOn && m.leftOn < m.joinedOn) {
        throw fieldError(
          `memberships.${index}.leftOn`,
          'A membership cannot end before it starts',
          Reason.periodOrder,
        );
      }
      const key = `${m.organizationId}/${m.joinedOn}`;
      if (seen.has(key))
        throw fieldError(
          'memberships',
          `Organization ${m.organizationId} is listed twice from ${m.joinedOn}`,
          Reason.duplicate,
          { id: m.organizationId },
        );
      seen.add(key);
    });
    assignTexts(record, withRichTexts(input, ['description']), ['name', 'description']);
    if (input.scope) record.scope = input.scope;
    if (input.coordinatorId !== undefined) record.coordinatorId = input.coordinatorId ?? null;
    if (isNew) record.slug = await uniqueSlug(manager, PartnerNetwork, record.name.bg);
  }

  protected override async afterSave(manager: EntityManager, record: PartnerNetwork, input: NetworkInput) {
    if (input.memberships === undefined) return;
    await manager.delete(NetworkMembership, { networkId: record.id });
    if (input.memberships?.length) {
      await manager.insert(
        NetworkMembership,
        input.memberships.map((m) => ({ networkId: record.id, ...m, leftOn: m.leftOn ?? null })),
      );
    }
  }

  /** Everything `UpdatePartnerNetworkInput` holds, so restoring a revision is lossless. */
  override async snapshot(manager: EntityManager, record: PartnerNetwork): Promise<Record<string, unknown>> {
    const memberships = await manager.find(NetworkMembership, {
      where: { networkId: record.id },
      order: { joinedOn: 'ASC', organizationId: 'ASC' },
    });
    return toJson({
      name: record.name,
      description: record.description,
      scope: record.scope,
      coordinatorId: record.coordinatorId,
      memberships: memberships.map((m) => ({
        organizationId: m.organizationId,
        role: m.role,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
      })),
      ...translationOf(record),
    });
  }

  /**
   * SQL for other modules' `networkIds` filters: the organization (an SQL expression) is a
   * current member of one of the networks given as the parameter `param`.
   */
  memberOf(organization: string, param: string): string {
    return (
      `EXISTS (SELECT 1 FROM network_membership nm WHERE nm.organization_id = ${organization} ` +
      `AND nm.network_id IN (:...${param}) AND ${currentMembership('nm')})`
    );
  }

  /** Records whose organization (in `column`) is a current member of any of the networks. */
  whereInNetworks<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    column: string,
    networkIds: readonly string[] | null | undefined,
  ): void {
    if (!networkIds?.length) return;
    query.andWhere(this.memberOf(`${query.alias}.${column}`, 'inNetworkIds'), { inNetworkIds: networkIds });
  }

  async list(args: PartnerNetworksArgs, principal: Principal) {
    const query = this.ds.getRepository(PartnerNetwork).createQueryBuilder('network');
    whereVisible(query, principal);
    const filter = args.filter ?? {};
    const relevance = await this.search.filterList(query, 'PartnerNetwork', filter.search, args.locale);
    whereIn(query, 'scope', filter.scopes);
    if (filter.organizationIds?.length) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM network_membership nm WHERE nm.network_id = network.id AND nm.organization_id IN (:...memberIds) ' +
          `AND ${currentMembership('nm')})`,
        { memberIds: filter.organizationIds },
      );
    }
    return paginate(
      query,
      // Searched: best match first; otherwise by name.
      relevance
        ? { ...relevance, direction: SortDirection.DESC }
        : { expression: "network.name->>'bg'", sqlType: 'text', direction: SortDirection.ASC },
      args,
    );
  }
}
