import { EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { content } from '../content';
import { geography } from '../geography';
import { organization } from '../organization';
import { partnerNetwork } from '../partner-network';
import { revision } from '../revision';
import { taxonomy } from '../taxonomy';
import { ProjectDocument, ProjectPartner } from './project-partner.entity';
import { Project } from './project.entity';
import { PartnerNetworkProjectsResolver, ProjectPartnerResolver, ProjectResolver } from './project.resolver';
import { ProjectService } from './project.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    projects: ProjectService;
  }
}

/** NGO and municipal projects: goals, programmes, budget, funder, partners, documents. */
export const project = defineModule({
  name: 'project',
  requires: [content, geography, organization, partnerNetwork, revision, taxonomy],
  entities: [Project, ProjectPartner, ProjectDocument],
  resolvers: [ProjectResolver, ProjectPartnerResolver, PartnerNetworkProjectsResolver],
  policy: {
    Query: { project: EVERYONE, projects: EVERYONE },
    Mutation: { createProject: EDITORS, updateProject: EDITORS, deleteProject: EDITORS },
  },
  services: (s, { ds }) => ({
    projects: new ProjectService(ds, s.revisions, s.organizations, s.tagged, s.networks),
  }),
  editorial: [
    { typeName: 'Project', entity: Project, title: (r: Project) => r.title.bg, target: (s) => s.projects },
  ],
  scheduled: [{ entity: Project, target: (s) => s.projects }],
  searchable: [
    {
      entity: Project,
      localizedColumns: [
        'title',
        'summary',
        'generalGoal',
        'specificObjectives',
        'expectedResults',
        'fundingProgramme',
      ],
    },
  ],
  webhooks: { events: ['project.created', 'project.updated', 'project.deleted', 'project.published'] },
});

export { Project, ProjectDocument, ProjectPartner, ProjectService };
export { ProjectPartnerRole } from './project-partner.entity';
