import { EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { content } from '../content';
import { geography, placeNamesSql } from '../geography';
import { organization } from '../organization';
import { partnerNetwork } from '../partner-network';
import { project } from '../project';
import { revision } from '../revision';
import { searchIndex } from '../search-index';
import { taxonomy } from '../taxonomy';
import { PracticeAdoption } from './practice-adoption.entity';
import { Practice, PRACTICE_MUNICIPALITY, PRACTICE_TAGS } from './practice.entity';
import {
  PartnerNetworkPracticesResolver,
  PracticeConnectionResolver,
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
  requires: [content, geography, organization, partnerNetwork, project, revision, searchIndex, taxonomy],
  entities: [Practice, PracticeAdoption],
  resolvers: [
    PracticeResolver,
    PracticeConnectionResolver,
    PracticeAdoptionResolver,
    ProjectPracticesResolver,
    PartnerNetworkPracticesResolver,
  ],
  policy: {
    Query: { practice: EVERYONE, practices: EVERYONE },
    Mutation: { createPractice: EDITORS, updatePractice: EDITORS, deletePractice: EDITORS },
  },
  services: (s, { ds }) => ({
    practices: new PracticeService(
      ds,
      s.revisions,
      s.geography,
      s.organizations,
      s.tagged,
      s.networks,
      s.searchIndex,
    ),
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
    {
      typeName: 'Practice',
      entity: Practice,
      documents:
        'SELECT p.id, p.title, jsonb_build_array(p.summary, p.background, p.practice, p.results) AS texts, ' +
        `array_remove(ARRAY[o.name->>'bg', o.name->>'en', p.innovator] || ${placeNamesSql(PRACTICE_MUNICIPALITY, 'p')}, NULL) AS names ` +
        'FROM practice p LEFT JOIN organization o ON o.id = p.organization_id WHERE p.id = ANY($1)',
      highlights: ['title', 'summary', 'background', 'practice', 'results'],
      dateColumn: 'published_at',
      place: PRACTICE_MUNICIPALITY,
      tags: PRACTICE_TAGS,
      // The innovator organization's name finds its practices.
      dependsOn: [
        { typeName: 'Organization', ids: 'SELECT id FROM practice WHERE organization_id = ANY($1)' },
      ],
      target: (s) => s.practices,
    },
  ],
  webhooks: { events: ['practice.published', 'practice.updated', 'practice.unpublished'] },
});

export { Practice, PracticeAdoption, PracticeService };
export { CreatePracticeInput, UpdatePracticeInput } from './practice.inputs';
export { PracticeConnection } from './practice.resolver';
export { type Proposer, type ProposalFilter, type ProposalState, TRASHED } from './practice.service';
