import { EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { auth } from '../auth';
import { geography } from '../geography';
import { revision } from '../revision';
import { Organization } from './organization.entity';
import { ApiTokenOrganizationResolver, OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    organizations: OrganizationService;
  }
}

/** NGOs, municipalities and funders: innovators, project partners, network members. */
export const organization = defineModule({
  name: 'organization',
  requires: [auth, geography, revision],
  entities: [Organization],
  resolvers: [OrganizationResolver, ApiTokenOrganizationResolver],
  policy: {
    Query: { organization: EVERYONE, organizations: EVERYONE },
    Mutation: { createOrganization: EDITORS, updateOrganization: EDITORS, deleteOrganization: EDITORS },
  },
  services: (s, { ds }) => ({ organizations: new OrganizationService(ds, s.revisions, s.geography) }),
  editorial: [
    {
      typeName: 'Organization',
      entity: Organization,
      title: (r: Organization) => r.name.bg,
      target: (s) => s.organizations,
    },
  ],
  searchable: [{ entity: Organization, localizedColumns: ['name', 'description'] }],
  webhooks: { events: ['organization.created', 'organization.updated', 'organization.deleted'] },
});

export { Organization, OrganizationService };
export { OrganizationKind } from './organization.entity';
export { organizationById } from './organization.loaders';
