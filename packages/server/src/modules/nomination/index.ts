import { MODERATORS, PEOPLE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { audit } from '../audit';
import { practice } from '../practice';
import { BlockedSender, SpentChallenge } from './moderation.entity';
import { ModerationResolver, PracticeProposalResolver } from './moderation.resolver';
import type { ModerationService } from './moderation.service';
import { Nomination } from './nomination.entity';
import { nominationServices } from './nomination.module';
import { NominationResolver, PracticeNominationsResolver } from './nomination.resolver';
import type { NominationService } from './nomination.service';
import type { ProposalService } from './proposal.service';

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
  services: (s, { ds, secret }) => nominationServices(ds, secret, s),
  webhooks: { events: ['nomination.submitted', 'nomination.approved', 'proposal.submitted'] },
});

export { BlockedSender, Nomination, SpentChallenge };
export { solvePow } from './altcha';
export { NominationStatus } from './nomination.entity';
