import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { notFound } from '../../common/errors';
import { whereIn } from '../../common/filters';
import { paginate } from '../../common/pagination/paginate';
import { ContentStatus } from '../../common/status';
import { inTransaction } from '../../common/transaction';
import { Practice } from '../practice';
import { Nomination, NominationStatus } from './nomination.entity';
import type { NominationFilter, NominationsArgs, SubmitNominationInput } from './nomination.inputs';
import type { SubmissionReceipt } from './nomination.types';
import { type Sender, type SubmissionGuard, submitterContact, Verdict } from './submission-guard';

/** One answer for every accepted submission, so it cannot tell which were kept or flagged. */
export const NOMINATION_RECEIVED: SubmissionReceipt = {
  received: true,
  message: 'Thank you! Your nomination will be counted once a moderator approves it.',
};

const BLOCKED_NOTE = 'Filed as spam on arrival: the sender is blocked.';

/** The nomination filters shared by `nominations` and the moderation queue (statuses optional). */
export function whereNominations<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  filter: NominationFilter | null | undefined,
  statuses: readonly NominationStatus[] | null | undefined,
): SelectQueryBuilder<T> {
  const alias = query.alias;
  whereIn(query, 'practice_id', filter?.practiceIds);
  whereIn(query, 'status', statuses);
  if (filter?.duplicate != null) {
    query.andWhere(`${alias}.duplicate = :nominationDuplicate`, { nominationDuplicate: filter.duplicate });
  }
  if (filter?.submittedFrom) {
    query.andWhere(`${alias}.created_at >= :nominationFrom`, { nominationFrom: filter.submittedFrom });
  }
  if (filter?.submittedTo) {
    query.andWhere(`${alias}.created_at < :nominationTo`, { nominationTo: filter.submittedTo });
  }
  return query;
}

export class NominationService {
  constructor(
    private readonly ds: DataSource,
    private readonly guard: SubmissionGuard,
  ) {}

  challenge() {
    return this.guard.pow.challenge();
  }

  list(args: NominationsArgs) {
    const query = this.ds.getRepository(Nomination).createQueryBuilder('nomination');
    whereNominations(query, args.filter, args.filter?.statuses);
    return paginate(
      query,
      { expression: 'nomination.createdAt', sqlType: 'timestamptz', direction: args.order },
      args,
    );
  }

  /**
   * Stores a public nomination as PENDING, flagged when the same person (normalized email)
   * already nominated the practice. Blocked senders' nominations are filed as SPAM and
   * over-the-limit emails are not kept; all of them get the same receipt.
   */
  async submit(input: SubmitNominationInput, sender: Sender): Promise<SubmissionReceipt> {
    const contact = submitterContact(input);
    await inTransaction(this.ds, undefined, async (manager) => {
      // Only what the public can see can be nominated; anything else does not exist for them.
      const practice = await manager.findOneBy(Practice, {
        id: input.practiceId,
        status: ContentStatus.PUBLISHED,
      });
      if (!practice) throw notFound('Practice', input.practiceId);
      const verdict = await this.guard.admit(manager, sender, contact.emailNormalized, input.altcha);
      if (verdict === Verdict.DROP) return;
      const duplicate = await manager.existsBy(Nomination, {
        practiceId: practice.id,
        emailNormalized: contact.emailNormalized,
      });
      const spam = verdict === Verdict.SPAM;
      await manager.insert(Nomination, {
        practiceId: practice.id,
        nominatorName: contact.name,
        nominatorEmail: contact.email,
        emailNormalized: contact.emailNormalized,
        nominatorOrganization: contact.organization,
        reason: input.reason?.trim() || null,
        senderHash: sender.senderHash || null,
        duplicate,
        status: spam ? NominationStatus.SPAM : NominationStatus.PENDING,
        moderationNote: spam ? BLOCKED_NOTE : null,
      });
    });
    return NOMINATION_RECEIVED;
  }
}
