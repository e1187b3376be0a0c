import { EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { auth } from '../auth';
import { organization } from '../organization';
import { revision } from '../revision';
import { searchIndex } from '../search-index';
import { NetworkMembership, PartnerNetwork } from './partner-network.entity';
import {
  ApiTokenNetworkResolver,
  NetworkMembershipResolver,
  PartnerNetworkResolver,
} from './partner-network.resolver';
import { PartnerNetworkService } from './partner-network.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    networks: PartnerNetworkService;
  }
}

/** Partner networks of organizations, with their membership history and members' content. */
export const partnerNetwork = defineModule({
  name: 'partner-network',
  requires: [auth, organization, revision, searchIndex],
  entities: [PartnerNetwork, NetworkMembership],
  resolvers: [PartnerNetworkResolver, NetworkMembershipResolver, ApiTokenNetworkResolver],
  policy: {
    Query: { partnerNetwork: EVERYONE, partnerNetworks: EVERYONE },
    Mutation: {
      createPartnerNetwork: EDITORS,
      updatePartnerNetwork: EDITORS,
      deletePartnerNetwork: EDITORS,
    },
  },
  services: (s, { ds }) => ({
    networks: new PartnerNetworkService(ds, s.revisions, s.organizations, s.searchIndex),
  }),
  editorial: [
    {
      typeName: 'PartnerNetwork',
      entity: PartnerNetwork,
      title: (r: PartnerNetwork) => r.name.bg,
      target: (s) => s.networks,
    },
  ],
  searchable: [
    {
      typeName: 'PartnerNetwork',
      entity: PartnerNetwork,
      documents:
        'SELECT n.id, n.name AS title, jsonb_build_array(n.description) AS texts, ' +
        "array_remove(ARRAY[c.name->>'bg', c.name->>'en'], NULL) AS names FROM partner_network n " +
        'LEFT JOIN organization c ON c.id = n.coordinator_id WHERE n.id = ANY($1)',
      highlights: ['name', 'description'],
      dateColumn: 'created_at',
      // Its coordinator's name finds it.
      dependsOn: [
        { typeName: 'Organization', ids: 'SELECT id FROM partner_network WHERE coordinator_id = ANY($1)' },
      ],
      target: (s) => s.networks,
    },
  ],
  webhooks: { events: ['partnerNetwork.created', 'partnerNetwork.updated', 'partnerNetwork.deleted'] },
});

export { NetworkMembership, PartnerNetwork, PartnerNetworkService };
export { MembershipRole, NetworkScope } from './partner-network.entity';
export { MemberContentArgs } from './partner-network.inputs';
export { memberContent } from './partner-network.loaders';
