import { EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { content } from '../content';
import { geography, placeNamesSql } from '../geography';
import { organization } from '../organization';
import { partnerNetwork } from '../partner-network';
import { revision } from '../revision';
import { searchIndex } from '../search-index';
import { taxonomy } from '../taxonomy';
import { ProjectDocument, ProjectPartner } from './project-partner.entity';
import { Project, PROJECT_MUNICIPALITY, PROJECT_TAGS } from './project.entity';
import {
  PartnerNetworkProjectsResolver,
  ProjectConnectionResolver,
  ProjectPartnerResolver,
  ProjectResolver,
} from './project.resolver';
import { ProjectService } from './project.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    projects: ProjectService;
  }
}

/** NGO and municipal projects: goals, programmes, budget, funder, partners, documents. */
export const project = defineModule({
  name: 'project',
  requires: [content, geography, organization, partnerNetwork, revision, searchIndex, taxonomy],
  entities: [Project, ProjectPartner, ProjectDocument],
  resolvers: [
    ProjectResolver,
    ProjectConnectionResolver,
    ProjectPartnerResolver,
    PartnerNetworkProjectsResolver,
  ],
  policy: {
    Query: { project: EVERYONE, projects: EVERYONE },
    Mutation: { createProject: EDITORS, updateProject: EDITORS, deleteProject: EDITORS },
  },
  services: (s, { ds }) => ({
    projects: new ProjectService(ds, s.revisions, s.organizations, s.tagged, s.networks, s.searchIndex),
  }),
  editorial: [
    { typeName: 'Project', entity: Project, title: (r: Project) => r.title.bg, target: (s) => s.projects },
  ],
  scheduled: [{ entity: Project, target: (s) => s.projects }],
  searchable: [
    {
      typeName: 'Project',
      entity: Project,
      documents:
        'SELECT p.id, p.title, jsonb_build_array(p.summary, p.general_goal, p.funding_programme) || ' +
        "p.specific_objectives || p.expected_results || COALESCE((SELECT jsonb_agg(x.value->'name') " +
        "FROM jsonb_array_elements(p.programmes || p.activities) x), '[]') AS texts, " +
        "array_remove(ARRAY[l.name->>'bg', l.name->>'en', f.name->>'bg', f.name->>'en', p.reference_number] || " +
        `${placeNamesSql(PROJECT_MUNICIPALITY, 'p')}, NULL) AS names ` +
        'FROM project p LEFT JOIN organization l ON l.id = p.lead_organization_id ' +
        'LEFT JOIN organization f ON f.id = p.funder_id WHERE p.id = ANY($1)',
      highlights: ['title', 'summary', 'generalGoal', 'fundingProgramme'],
      dateColumn: 'published_at',
      place: PROJECT_MUNICIPALITY,
      tags: PROJECT_TAGS,
      // Its lead organization's and funder's names find it.
      dependsOn: [
        {
          typeName: 'Organization',
          ids: 'SELECT id FROM project WHERE lead_organization_id = ANY($1) OR funder_id = ANY($1)',
        },
      ],
      target: (s) => s.projects,
    },
  ],
  webhooks: { events: ['project.published', 'project.updated', 'project.unpublished'] },
});

export { Project, ProjectDocument, ProjectPartner, ProjectService };
export { ProjectPartnerRole } from './project-partner.entity';
export { ImplementationStatus } from './project.entity';
