import { EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { content } from '../content';
import { geography } from '../geography';
import { organization } from '../organization';
import { partnerNetwork } from '../partner-network';
import { project } from '../project';
import { revision } from '../revision';
import { taxonomy } from '../taxonomy';
import { PracticeAdoption } from './practice-adoption.entity';
import { Practice } from './practice.entity';
import {
  PartnerNetworkPracticesResolver,
  PracticeAdoptionResolver,
  PracticeResolver,
  ProjectPracticesResolver,
} from './practice.resolver';
import { PracticeService } from './practice.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    practices: PracticeService;
  }
}

/** Innovative practices (иновационни практики), as FLGR publishes them, and where they were replicated. */
export const practice = defineModule({
  name: 'practice',
  requires: [content, geography, organization, partnerNetwork, project, revision, taxonomy],
  entities: [Practice, PracticeAdoption],
  resolvers: [
    PracticeResolver,
    PracticeAdoptionResolver,
    ProjectPracticesResolver,
    PartnerNetworkPracticesResolver,
  ],
  policy: {
    Query: { practice: EVERYONE, practices: EVERYONE },
    Mutation: { createPractice: EDITORS, updatePractice: EDITORS, deletePractice: EDITORS },
  },
  services: (s, { ds }) => ({
    practices: new PracticeService(ds, s.revisions, s.geography, s.organizations, s.tagged, s.networks),
  }),
  editorial: [
    {
      typeName: 'Practice',
      entity: Practice,
      title: (r: Practice) => r.title.bg,
      target: (s) => s.practices,
    },
  ],
  scheduled: [{ entity: Practice, target: (s) => s.practices }],
  searchable: [
    { entity: Practice, localizedColumns: ['title', 'summary', 'background', 'practice', 'results'] },
  ],
  webhooks: { events: ['practice.created', 'practice.updated', 'practice.deleted', 'practice.published'] },
});

export { Practice, PracticeAdoption, PracticeService };
export { CreatePracticeInput, UpdatePracticeInput } from './practice.inputs';
export { PracticeConnection } from './practice.resolver';
export { type Proposer, type ProposalFilter, type ProposalState, TRASHED } from './practice.service';
