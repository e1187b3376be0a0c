import {
  contactOf,
  linkedValues,
  type RevisionService,
  taggedSnapshot,
  toJson,
  translationOf,
} from '../revision';
import {
  assignSchedule,
  PublishableCrudService,
  type TaggedContentService,
  taggedFacets,
  taggedList,
} from '../content';
import type { Principal } from '../../common/principal';
import { whereVisible } from '../../common/visibility';
import type { GeographyService } from '../geography';
import type { OrganizationService } from '../organization';
import { Project } from '../project';
import type { DataSource, EntityManager } from 'typeorm';
import { toContact } from '../../common/contact';
import { badInput, unknownReference } from '../../common/errors';
import { whereIn } from '../../common/filters';
import { cleanText } from '../../common/localized';
import { replaceLinks } from '../../common/links';
import { withRichTexts } from '../../common/rich-text';
import { type ConnectionArgs, SortDirection } from '../../common/pagination/connection';
import { paginate, type SortKey } from '../../common/pagination/paginate';
import { registerLongTexts } from '../../common/prefetch';
import { uniqueSlug } from '../../common/slugs';
import { ContentStatus } from '../../common/status';
import { assignTexts } from '../../common/texts';
import type { PartnerNetworkService } from '../partner-network';
import type { PreparedSearch, SearchIndexService } from '../search-index';
import { PracticeAdoption } from './practice-adoption.entity';
import { Practice, PRACTICE_MUNICIPALITY, PRACTICE_TAGS } from './practice.entity';
import {
  type CreatePracticeInput,
  PracticeOrderField,
  type PracticeFilter,
  type PracticesArgs,
  type UpdatePracticeInput,
} from './practice.inputs';

const TEXTS = ['title', 'summary', 'background', 'practice', 'results'] as const;
/** Texts a list reads only when its query shows them (all but the title). */
const LONG_TEXTS = TEXTS.filter((text) => text !== 'title');
registerLongTexts(Practice, LONG_TEXTS);
const TABLES = {
  municipality: PRACTICE_MUNICIPALITY,
  ...PRACTICE_TAGS,
  organizationColumn: 'organization_id',
};
const FACETS = taggedFacets('practice', TABLES);
/** Long texts edited as rich text; the public proposal form creates through here too. */
const RICH_TEXTS = ['summary', 'background', 'practice', 'results'] as const;

const SORT_KEYS: Record<Exclude<PracticeOrderField, 'RELEVANCE'>, Omit<SortKey, 'direction'>> = {
  PUBLISHED_AT: {
    expression: "COALESCE(practice.publishedAt, '-infinity'::timestamptz)",
    sqlType: 'timestamptz',
  },
  TITLE: { expression: "practice.title->>'bg'", sqlType: 'text' },
  PERIOD_FROM: { expression: "COALESCE(practice.periodFrom, '-infinity'::date)", sqlType: 'date' },
  CREATED_AT: { expression: 'practice.createdAt', sqlType: 'timestamptz' },
  UPDATED_AT: { expression: 'practice.updatedAt', sqlType: 'timestamptz' },
};

type PracticeInput = CreatePracticeInput | UpdatePracticeInput;

/** Where a proposal from the public form stands: its practice's status, or TRASHED once rejected. */
export type ProposalState = ContentStatus | 'TRASHED';
export const TRASHED = 'TRASHED';

export interface ProposalFilter {
  ids?: readonly string[] | null;
  submittedFrom?: Date | null;
  submittedTo?: Date | null;
}

/** Who proposed a practice, as the public form took it. */
export interface Proposer {
  name: string;
  email: string;
  organization: string | null;
  senderHash: string | null;
}

const PROPOSAL_ORDER = {
  expression: 'practice.proposal_submitted_at',
  sqlType: 'timestamptz',
  direction: SortDirection.ASC,
} as const satisfies SortKey;

export class PracticeService extends PublishableCrudService<
  Practice,
  CreatePracticeInput,
  UpdatePracticeInput
> {
  protected readonly entity = Practice;

  constructor(
    ds: DataSource,
    revisions: RevisionService,
    private readonly geography: GeographyService,
    private readonly organizations: OrganizationService,
    private readonly tagged: TaggedContentService,
    /** Types only: partner-network shows its members' practices, so it imports this module. */
    private readonly networks: PartnerNetworkService,
    private readonly search: SearchIndexService,
  ) {
    super(ds, revisions);
  }

  protected async assign(manager: EntityManager, record: Practice, input: PracticeInput, isNew: boolean) {
    this.tagged.assign(record, input, isNew);
    this.geography.assertMunicipalityCodes(
      input.adoptions?.map((a) => a.municipalityCode),
      (index) => `adoptions.${index}.municipalityCode`,
    );
    await this.organizations.assertExist(manager, [input.organizationId], 'organizationId');
    await this.assertProjects(manager, input.projectIds);
    assignTexts(record, withRichTexts(input, RICH_TEXTS), TEXTS);
    if (input.organizationId !== undefined) record.organizationId = input.organizationId ?? null;
    if (input.innovator !== undefined) record.innovator = input.innovator?.trim() || null;
    if (input.contact !== undefined || isNew) record.contact = toContact(input.contact);
    if (input.publishedAt !== undefined) record.publishedAt = input.publishedAt ?? null;
    assignSchedule(record, input);
    // First publication dates the practice, as FLGR's "Дата на публикация" does.
    if (record.status === ContentStatus.PUBLISHED && !record.publishedAt) record.publishedAt = new Date();
    if (isNew) record.slug = await uniqueSlug(manager, Practice, record.title.bg);
  }

  protected override async afterSave(manager: EntityManager, record: Practice, input: PracticeInput) {
    await this.tagged.saveLinks(manager, Practice, { practiceId: record.id }, record, input);
    await replaceLinks(manager, Practice, 'projects', record.id, input.projectIds);
    if (input.adoptions !== undefined) {
      await manager.delete(PracticeAdoption, { practiceId: record.id });
      const adoptions = input.adoptions ?? [];
      if (adoptions.length) {
        await manager.insert(
          PracticeAdoption,
          adoptions.map((a) => ({
            practiceId: record.id,
            municipalityCode: a.municipalityCode,
            year: a.year,
            note: a.note ? cleanText(a.note) : null,
          })),
        );
      }
    }
  }

  /** Everything `UpdatePracticeInput` holds, so restoring a revision is lossless. */
  override async snapshot(manager: EntityManager, record: Practice): Promise<Record<string, unknown>> {
    const adoptions = await manager.find(PracticeAdoption, {
      where: { practiceId: record.id },
      order: { year: 'ASC', municipalityCode: 'ASC', id: 'ASC' },
    });
    return toJson({
      title: record.title,
      summary: record.summary,
      background: record.background,
      practice: record.practice,
      results: record.results,
      organizationId: record.organizationId,
      innovator: record.innovator,
      contact: contactOf(record.contact),
      publishedAt: record.publishedAt,
      ...(await taggedSnapshot(manager, Practice, record, 'practice_id')),
      projectIds: await linkedValues(manager, Practice, 'projects', record.id),
      adoptions: adoptions.map((a) => ({ municipalityCode: a.municipalityCode, year: a.year, note: a.note })),
      ...translationOf(record),
    });
  }

  private async assertProjects(manager: EntityManager, ids: string[] | null | undefined) {
    if (!ids?.length) return;
    const found = await manager
      .getRepository(Project)
      .createQueryBuilder('p')
      .select('p.id')
      .whereInIds(ids)
      .getMany();
    const known = new Set(found.map((p) => p.id));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) throw badInput(missing.map((id) => unknownReference('projectIds', 'project', id)));
  }

  /** The practices `principal` may see under `filter` (and `search`), with the relevance key when searched. */
  private filtered(filter: PracticeFilter, principal: Principal, search: PreparedSearch | null) {
    const query = this.ds.getRepository(Practice).createQueryBuilder('practice');
    whereVisible(query, principal);
    this.tagged.applyFilter(query, filter, TABLES);
    whereIn(query, 'organization_id', filter.organizationIds);
    this.networks.whereInNetworks(query, 'organization_id', filter.networkIds);
    const relevance = search ? this.search.apply(query, 'Practice', search) : null;
    return { query, relevance };
  }

  list(args: PracticesArgs, principal: Principal) {
    return taggedList(this.ds, this.search, args, principal, {
      typeName: 'Practice',
      filtered: (filter, search) => this.filtered(filter, principal, search),
      defaultOrder: { field: PracticeOrderField.PUBLISHED_AT, direction: SortDirection.DESC },
      sortKeys: SORT_KEYS,
      facets: FACETS,
      prefetch: this.prefetchFor(args, principal),
    });
  }

  // ---- proposals from the public form ("Добавете иновация"): the proposal columns are this
  // module's; nomination reads and writes them through these methods only.

  /** Proposals (practices with a submission time), rejected ones in the trash included. */
  private proposalQuery(filter: ProposalFilter, states: readonly ProposalState[] | null) {
    const query = this.ds
      .getRepository(Practice)
      .createQueryBuilder('practice')
      .withDeleted()
      .where('practice.proposal_submitted_at IS NOT NULL');
    whereIn(query, 'id', filter.ids);
    if (filter.submittedFrom) {
      query.andWhere('practice.proposal_submitted_at >= :proposalFrom', {
        proposalFrom: filter.submittedFrom,
      });
    }
    if (filter.submittedTo) {
      query.andWhere('practice.proposal_submitted_at < :proposalTo', { proposalTo: filter.submittedTo });
    }
    if (states) {
      const live = states.filter((s) => s !== TRASHED);
      const parts = live.length
        ? ['(practice.deleted_at IS NULL AND practice.status IN (:...proposalLive))']
        : [];
      if (states.includes(TRASHED)) parts.push('practice.deleted_at IS NOT NULL');
      query.andWhere(parts.length ? `(${parts.join(' OR ')})` : 'FALSE', { proposalLive: live });
    }
    return query;
  }

  /** A page of the proposals in some states, oldest submission first. */
  proposalPage(filter: ProposalFilter, states: readonly ProposalState[], args: ConnectionArgs) {
    return paginate(this.proposalQuery(filter, states), PROPOSAL_ORDER, args);
  }

  /** How many proposals are in each state (absent: none). */
  async proposalCounts(filter: ProposalFilter): Promise<Map<ProposalState, number>> {
    const rows: { state: ProposalState; count: number }[] = await this.proposalQuery(filter, null)
      .select(
        `CASE WHEN practice.deleted_at IS NOT NULL THEN '${TRASHED}' ELSE practice.status::text END`,
        'state',
      )
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('state')
      .getRawMany();
    return new Map(rows.map((row) => [row.state, Number(row.count)]));
  }

  /**
   * Marks a practice created in `manager` as proposed by the public. Written beside the create,
   * not through it: the proposer's contact is personal data that the practice's input and
   * revisions have no place for. Raw, so the version stays where the create left it.
   */
  async recordProposal(manager: EntityManager, id: string, proposer: Proposer): Promise<void> {
    await manager.query(
      'UPDATE practice SET proposal_name = $2, proposal_email = $3, proposal_organization = $4, ' +
        'proposal_submitted_at = now(), proposal_sender_hash = $5 WHERE id = $1',
      [id, proposer.name, proposer.email, proposer.organization, proposer.senderHash],
    );
  }

  /** Keeps a moderator's note with the proposal; raw, so a change that follows moves the version once. */
  async setProposalReviewNote(
    manager: EntityManager,
    practice: Practice,
    note: string | null,
  ): Promise<void> {
    await manager.query('UPDATE practice SET proposal_review_note = $2 WHERE id = $1', [practice.id, note]);
    practice.proposal.reviewNote = note;
  }

  /** Proposers' emails as typed, with their address hashes: those submitted after `since` (null: all). */
  proposers(
    manager: EntityManager,
    since: Date | null,
  ): Promise<{ email: string; senderHash: string | null }[]> {
    return manager.query(
      'SELECT proposal_email AS email, proposal_sender_hash AS "senderHash" FROM practice ' +
        'WHERE proposal_email IS NOT NULL AND ($1::timestamptz IS NULL OR proposal_submitted_at > $1)',
      [since],
    );
  }

  /** When one address proposed practices after `since`, trash included: for the per-address limit. */
  async proposalTimes(manager: EntityManager, senderHash: string, since: Date): Promise<Date[]> {
    const rows: { at: Date }[] = await manager.query(
      'SELECT proposal_submitted_at AS at FROM practice WHERE proposal_sender_hash = $1 AND proposal_submitted_at > $2',
      [senderHash, since],
    );
    return rows.map((row) => new Date(row.at));
  }
}
