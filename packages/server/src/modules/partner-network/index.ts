import { EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { auth } from '../auth';
import { organization } from '../organization';
import { revision } from '../revision';
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
  requires: [auth, organization, revision],
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
  services: (s, { ds }) => ({ networks: new PartnerNetworkService(ds, s.revisions, s.organizations) }),
  editorial: [
    {
      typeName: 'PartnerNetwork',
      entity: PartnerNetwork,
      title: (r: PartnerNetwork) => r.name.bg,
      target: (s) => s.networks,
    },
  ],
  searchable: [{ entity: PartnerNetwork, localizedColumns: ['name', 'description'] }],
  webhooks: { events: ['partnerNetwork.created', 'partnerNetwork.updated', 'partnerNetwork.deleted'] },
});

export { NetworkMembership, PartnerNetwork, PartnerNetworkService };
export { MembershipRole, NetworkScope } from './partner-network.entity';
export { MemberContentArgs } from './partner-network.inputs';
export { memberContent } from './partner-network.loaders';
