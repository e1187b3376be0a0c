import { EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { auth } from '../auth';
import { geography } from '../geography';
import { revision } from '../revision';
import { searchIndex } from '../search-index';
import { Organization } from './organization.entity';
import { ApiTokenOrganizationResolver, OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';
import { placeNamesSql } from '../geography';

declare module '../../common/context' {
  interface ServiceRegistry {
    organizations: OrganizationService;
  }
}

/** NGOs, municipalities and funders: innovators, project partners, network members. */
export const organization = defineModule({
  name: 'organization',
  requires: [auth, geography, revision, searchIndex],
  entities: [Organization],
  resolvers: [OrganizationResolver, ApiTokenOrganizationResolver],
  policy: {
    Query: { organization: EVERYONE, organizations: EVERYONE },
    Mutation: { createOrganization: EDITORS, updateOrganization: EDITORS, deleteOrganization: EDITORS },
  },
  services: (s, { ds }) => ({
    organizations: new OrganizationService(ds, s.revisions, s.geography, s.searchIndex),
  }),
  editorial: [
    {
      typeName: 'Organization',
      entity: Organization,
      title: (r: Organization) => r.name.bg,
      target: (s) => s.organizations,
    },
  ],
  searchable: [
    {
      typeName: 'Organization',
      entity: Organization,
      documents:
        'SELECT o.id, o.name AS title, jsonb_build_array(o.description) AS texts, ' +
        `${placeNamesSql({ column: 'municipality_code' }, 'o')} AS names FROM organization o WHERE o.id = ANY($1)`,
      highlights: ['name', 'description'],
      dateColumn: 'created_at',
      place: { column: 'municipality_code' },
      target: (s) => s.organizations,
    },
  ],
  webhooks: { events: ['organization.created', 'organization.updated', 'organization.deleted'] },
});

export { Organization, OrganizationService };
export { OrganizationKind } from './organization.entity';
export { organizationById } from './organization.loaders';
