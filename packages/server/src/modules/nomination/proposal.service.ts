import type { DataSource } from 'typeorm';
import { fieldError, Reason } from '../../common/errors';
import { ContentStatus } from '../../common/status';
import { inTransaction } from '../../common/transaction';
import type { Actor } from '../../common/principal';
import { CreatePracticeInput, type PracticeService } from '../practice';
import type { ProposePracticeInput } from './nomination.inputs';
import type { SubmissionReceipt } from './nomination.types';
import { type Sender, type SubmissionGuard, submitterContact, Verdict } from './submission-guard';

export const PROPOSAL_RECEIVED: SubmissionReceipt = {
  received: true,
  message: 'Thank you! Your practice will be published once the foundation has reviewed it.',
};

const text = (value: string | null | undefined) => (value?.trim() ? { bg: value.trim() } : null);

/**
 * The editorial workflow lets no one without a role create content. A proposal is created by
 * the system on the public's behalf, after the submission checks, under the same request id.
 */
function proposalActor(actor: Actor): Actor {
  return { principal: { kind: 'system', name: 'public-proposal' }, requestId: actor.requestId };
}

/** The public's "add an innovation": a practice IN_REVIEW, invisible to the public until published. */
export class ProposalService {
  constructor(
    private readonly ds: DataSource,
    private readonly guard: SubmissionGuard,
    private readonly practices: PracticeService,
  ) {}

  async propose(input: ProposePracticeInput, sender: Sender): Promise<SubmissionReceipt> {
    const contact = submitterContact(input);
    const title = text(input.title);
    if (!title) throw fieldError('title', 'Enter a title', Reason.isNotEmpty);
    await inTransaction(this.ds, undefined, async (manager) => {
      const verdict = await this.guard.admit(manager, sender, contact.emailNormalized, input.altcha);
      // Proposals from blocked addresses or over-the-limit emails are not kept at all.
      if (verdict !== Verdict.ACCEPT) return;
      const practice = await this.practices.create(
        Object.assign(new CreatePracticeInput(), {
          title,
          summary: text(input.summary),
          background: text(input.background),
          practice: text(input.practice),
          results: text(input.results),
          municipalityCodes: input.municipalityCodes ?? [],
          themes: input.themes ?? [],
          status: ContentStatus.IN_REVIEW,
        }),
        proposalActor(sender.actor),
        manager,
      );
      await this.practices.recordProposal(manager, practice.id, {
        name: contact.name,
        email: contact.email,
        organization: contact.organization,
        senderHash: sender.senderHash || null,
      });
    });
    return PROPOSAL_RECEIVED;
  }
}
