import { MODERATORS, PEOPLE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { audit } from '../audit';
import { practice } from '../practice';
import { BlockedSender, SpentChallenge } from './moderation.entity';
import { ModerationResolver, PracticeProposalResolver } from './moderation.resolver';
import { ProofOfWork } from './altcha';
import { ModerationService } from './moderation.service';
import { Nomination } from './nomination.entity';
import { NominationResolver, PracticeNominationsResolver } from './nomination.resolver';
import { NominationService } from './nomination.service';
import { ProposalService } from './proposal.service';
import { SubmissionGuard, submissionSettings } from './submission-guard';

declare module '../../common/context' {
  interface ServiceRegistry {
    nominations: NominationService;
    proposals: ProposalService;
    moderation: ModerationService;
  }
}

/** The public's nominations and practice proposals, behind proof of work and limits, and their moderation. */
export const nomination = defineModule({
  name: 'nomination',
  requires: [audit, practice],
  entities: [Nomination, BlockedSender, SpentChallenge],
  resolvers: [NominationResolver, PracticeNominationsResolver, ModerationResolver, PracticeProposalResolver],
  policy: {
    Query: { nominationChallenge: PEOPLE, nominations: MODERATORS, moderationQueue: MODERATORS },
    Mutation: {
      submitNomination: PEOPLE,
      proposePractice: PEOPLE,
      moderateNominations: MODERATORS,
      reviewProposal: MODERATORS,
      unblockSender: MODERATORS,
    },
  },
  /** The three share one guard: one proof of work and one set of limits for both public forms. */
  services: (s, { ds, secret }) => {
    const settings = submissionSettings();
    const pow = new ProofOfWork(secret, settings.pow);
    const guard = new SubmissionGuard(pow, settings.limits, s.practices);
    return {
      nominations: new NominationService(ds, guard),
      proposals: new ProposalService(ds, guard, s.practices),
      moderation: new ModerationService(ds, s.audit, s.practices),
    };
  },
  webhooks: { events: ['nomination.approved'] },
});

export { BlockedSender, Nomination, SpentChallenge };
export { solvePow } from './altcha';
export { NominationStatus } from './nomination.entity';
export type { DecisionHook, ModerationService } from './moderation.service';
