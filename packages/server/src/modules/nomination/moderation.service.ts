import { type DataSource, type EntityManager, In } from 'typeorm';
import { conflict, fieldError, notFound, Reason } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { ConnectionArgs } from '../../common/pagination/connection';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import { ContentStatus } from '../../common/status';
import { inTransaction } from '../../common/transaction';
import type { AuditService } from '../audit';
import { type Actor, userId } from '../../common/principal';
import {
  Practice,
  type PracticeService,
  type ProposalFilter,
  type ProposalState,
  TRASHED,
  UpdatePracticeInput,
} from '../practice';
import { emailIdentity } from './email-identity';
import { BlockedSender } from './moderation.entity';
import {
  ModerationDecision,
  type ModerateNominationsArgs,
  type ModerationQueueFilter,
  ProposalDecision,
  ProposalStatus,
  type ReviewProposalArgs,
} from './moderation.inputs';
import { Nomination, NominationStatus } from './nomination.entity';
import { whereNominations } from './nomination.service';
import type { ModerationResult, NominationCounts, ProposalCounts } from './nomination.types';
import { proposalEmails } from './proposal-emails';

const DECIDED: Record<ModerationDecision, NominationStatus> = {
  APPROVE: NominationStatus.APPROVED,
  REJECT: NominationStatus.REJECTED,
  SPAM: NominationStatus.SPAM,
};

/** A proposal's status is its practice's, or REJECTED once it is in the trash. */
const PROPOSAL_STATE: Record<ProposalStatus, ProposalState> = {
  IN_REVIEW: ContentStatus.IN_REVIEW,
  DRAFT: ContentStatus.DRAFT,
  PUBLISHED: ContentStatus.PUBLISHED,
  ARCHIVED: ContentStatus.ARCHIVED,
  REJECTED: TRASHED,
};

const PROPOSAL_TARGET: Record<Exclude<ProposalDecision, 'REJECT'>, ContentStatus> = {
  APPROVE: ContentStatus.DRAFT,
  PUBLISH: ContentStatus.PUBLISHED,
};

/** Nominations whose status a decision changed, as followers see them (within its transaction). */
export type DecisionHook = (
  manager: EntityManager,
  decided: readonly { id: string; practiceId: string; from: NominationStatus; to: NominationStatus }[],
) => Promise<void>;

/** Moderators' side of the public forms: the queue, nomination decisions, proposal reviews. */
export class ModerationService {
  private readonly decisionHooks: DecisionHook[] = [];

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly practices: PracticeService,
  ) {}

  /** `hook` runs in the transaction of every decision that changes a nomination's status. */
  onDecision(hook: DecisionHook): void {
    this.decisionHooks.push(hook);
  }

  // ---- the queue ------------------------------------------------------------------------

  private nominationQuery(filter: ModerationQueueFilter | null, withStatuses: boolean) {
    const query = this.ds.getRepository(Nomination).createQueryBuilder('nomination');
    const statuses = filter?.statuses?.length ? filter.statuses : [NominationStatus.PENDING];
    return whereNominations(query, filter, withStatuses ? statuses : null);
  }

  /** The practice module keeps the proposals; the queue's filter, as it reads it. */
  private proposalFilter(filter: ModerationQueueFilter | null): ProposalFilter {
    return {
      ids: filter?.practiceIds,
      submittedFrom: filter?.submittedFrom,
      submittedTo: filter?.submittedTo,
    };
  }

  queuedNominations(filter: ModerationQueueFilter | null, args: ConnectionArgs) {
    return paginate(
      this.nominationQuery(filter, true),
      { expression: 'nomination.createdAt', sqlType: 'timestamptz', direction: SortDirection.ASC },
      args,
    );
  }

  queuedProposals(filter: ModerationQueueFilter | null, args: ConnectionArgs) {
    const statuses = filter?.proposalStatuses?.length ? filter.proposalStatuses : [ProposalStatus.IN_REVIEW];
    return this.practices.proposalPage(
      this.proposalFilter(filter),
      statuses.map((status) => PROPOSAL_STATE[status]),
      args,
    );
  }

  async nominationCounts(filter: ModerationQueueFilter | null): Promise<NominationCounts> {
    const rows: { status: NominationStatus; count: number }[] = await this.nominationQuery(filter, false)
      .select('nomination.status', 'status')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('nomination.status')
      .getRawMany();
    const of = (status: NominationStatus) => Number(rows.find((r) => r.status === status)?.count ?? 0);
    return {
      pending: of(NominationStatus.PENDING),
      approved: of(NominationStatus.APPROVED),
      rejected: of(NominationStatus.REJECTED),
      spam: of(NominationStatus.SPAM),
    };
  }

  async proposalCounts(filter: ModerationQueueFilter | null): Promise<ProposalCounts> {
    const counts = await this.practices.proposalCounts(this.proposalFilter(filter));
    const of = (status: ProposalStatus) => counts.get(PROPOSAL_STATE[status]) ?? 0;
    return {
      inReview: of(ProposalStatus.IN_REVIEW),
      draft: of(ProposalStatus.DRAFT),
      published: of(ProposalStatus.PUBLISHED),
      archived: of(ProposalStatus.ARCHIVED),
      rejected: of(ProposalStatus.REJECTED),
    };
  }

  // ---- decisions --------------------------------------------------------------------------

  /**
   * Decides many nominations at once, all or nothing. A nomination already in the decided
   * status is left alone (its moderator, time and note stay), so repeating a request is harmless.
   */
  async moderate(args: ModerateNominationsArgs, actor: Actor): Promise<ModerationResult> {
    if (args.blockSender && args.decision !== ModerationDecision.SPAM) {
      throw fieldError(
        'blockSender',
        'Only a SPAM decision can block the sender',
        Reason.blockNeedsDecision,
        {
          decision: ModerationDecision.SPAM,
        },
      );
    }
    const ids = [...new Set(args.ids)];
    const missing = ids.filter((id) => !isUuid(id));
    if (missing.length) throw notFound('Nomination', missing.join(', '));
    const status = DECIDED[args.decision];
    return inTransaction(this.ds, undefined, async (manager) => {
      const rows = await manager.find(Nomination, {
        where: { id: In(ids) },
        lock: { mode: 'pessimistic_write' },
      });
      const found = new Set(rows.map((r) => r.id));
      const unknown = ids.filter((id) => !found.has(id));
      if (unknown.length) throw notFound('Nomination', unknown.join(', '));

      const changing = rows.filter((r) => r.status !== status);
      const note = args.note?.trim() || null;
      if (changing.length) {
        await manager
          .createQueryBuilder()
          .update(Nomination)
          .set({ status, moderatorId: userId(actor.principal), decidedAt: new Date(), moderationNote: note })
          .whereInIds(changing.map((r) => r.id))
          .execute();
        for (const row of changing) {
          await this.audit.log(manager, actor, {
            action: `nomination.${args.decision.toLowerCase()}`,
            entityType: 'Nomination',
            entityId: row.id,
            details: { from: row.status, to: status, note },
          });
        }
        const decided = changing.map((r) => ({
          id: r.id,
          practiceId: r.practiceId,
          from: r.status,
          to: status,
        }));
        for (const hook of this.decisionHooks) await hook(manager, decided);
      }
      const blocked = args.blockSender
        ? await this.block(
            manager,
            actor,
            rows.map((r) => r.senderHash),
            note,
          )
        : 0;
      const after = await manager.findBy(Nomination, { id: In(ids) });
      const byId = new Map(after.map((r) => [r.id, r]));
      return {
        nominations: args.ids.map((id) => byId.get(id)!),
        changed: changing.length,
        blockedSenders: blocked,
      };
    });
  }

  /**
   * APPROVE makes a proposal a draft for editors, PUBLISH publishes it (both through the
   * practice service, so the editorial workflow's rules apply), REJECT moves it to the trash.
   * Once published it is editorial content and no longer a moderator's decision.
   */
  async review(args: ReviewProposalArgs, actor: Actor): Promise<Practice> {
    if (args.blockSender && args.decision !== ProposalDecision.REJECT) {
      throw fieldError(
        'blockSender',
        'Only a REJECT decision can block the sender',
        Reason.blockNeedsDecision,
        {
          decision: ProposalDecision.REJECT,
        },
      );
    }
    if (!isUuid(args.id)) throw notFound('Proposal', args.id);
    const note = args.note?.trim() || null;
    return inTransaction(this.ds, undefined, async (manager) => {
      const current = await manager.findOne(Practice, {
        where: { id: args.id },
        withDeleted: true,
        lock: { mode: 'pessimistic_write' },
      });
      if (!current?.proposal?.submittedAt) throw notFound('Proposal', args.id);
      const target = args.decision === ProposalDecision.REJECT ? null : PROPOSAL_TARGET[args.decision];
      if (current.status === ContentStatus.PUBLISHED && target !== ContentStatus.PUBLISHED) {
        throw conflict(`Proposal ${args.id} is already published: editors archive it if need be`);
      }
      if (current.deletedAt && target) {
        throw conflict(`Proposal ${args.id} was rejected: restore it from the trash first`);
      }
      let result = current;
      // The same decision again changes nothing.
      if (target ? current.status !== target : !current.deletedAt) {
        // Before the change, so its revision keeps the note.
        await this.practices.setProposalReviewNote(manager, current, note);
        const from = current.status;
        result = target
          ? await this.practices.update(
              Object.assign(new UpdatePracticeInput(), {
                id: current.id,
                version: current.version,
                status: target,
              }),
              actor,
              manager,
            )
          : await this.practices.delete(current.id, null, actor, manager);
        // The revision says what changed; this entry says it was a moderation decision, and why.
        await this.audit.log(manager, actor, {
          action: `proposal.${args.decision.toLowerCase()}`,
          entityType: this.practices.typeName,
          entityId: current.id,
          details: { from, to: target ?? ProposalStatus.REJECTED, note },
        });
      }
      if (args.blockSender) await this.block(manager, actor, [current.proposal.senderHash], note);
      return result;
    });
  }

  /**
   * Undoes `blockSender`: blocks are kept by address hash, never by email, so this lifts the
   * block on every address the email's nominations and proposals came from. Returns whether
   * one was lifted; with nothing blocked it changes nothing and logs nothing.
   */
  unblock(email: string, actor: Actor): Promise<boolean> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const senders = await this.sendersOf(manager, emailIdentity(email));
      if (!senders.length) return false;
      const { affected } = await manager.delete(BlockedSender, { ipHash: In(senders) });
      if (!affected) return false;
      await this.audit.log(manager, actor, {
        action: 'sender.unblock',
        entityType: 'BlockedSender',
        entityId: null,
        details: { unblocked: affected },
      });
      return true;
    });
  }

  /** The addresses an email's nominations and proposals came from. */
  private async sendersOf(manager: EntityManager, identity: string): Promise<string[]> {
    const nominations: { sender_hash: string }[] = await manager.query(
      'SELECT DISTINCT sender_hash FROM nomination WHERE email_normalized = $1 AND sender_hash IS NOT NULL',
      [identity],
    );
    const proposals = (await proposalEmails(this.practices, manager, null)).filter(
      (p) => p.emailNormalized === identity,
    );
    const hashes = [...nominations.map((n) => n.sender_hash), ...proposals.map((p) => p.senderHash)];
    return [...new Set(hashes.filter((hash): hash is string => !!hash))];
  }

  /** Blocks the addresses behind some submissions; returns how many were not blocked yet. */
  private async block(
    manager: EntityManager,
    actor: Actor,
    senderHashes: (string | null)[],
    reason: string | null,
  ): Promise<number> {
    const hashes = [...new Set(senderHashes.filter((h): h is string => !!h))];
    if (!hashes.length) return 0;
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(BlockedSender)
      .values(hashes.map((ipHash) => ({ ipHash, reason, blockedById: userId(actor.principal) })))
      .orIgnore()
      .returning(['ipHash'])
      .execute();
    const count = inserted.raw.length as number;
    if (count) {
      // The hashes themselves stay out of the log: they identify an address to whoever holds the secret.
      await this.audit.log(manager, actor, {
        action: 'sender.block',
        entityType: 'BlockedSender',
        entityId: null,
        details: { blocked: count, reason },
      });
    }
    return count;
  }
}
