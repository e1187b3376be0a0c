import { EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { content } from '../content';
import { organization } from '../organization';
import { partnerNetwork } from '../partner-network';
import { practice } from '../practice';
import { project } from '../project';
import { searchIndex } from '../search-index';
import { SearchConnectionResolver, SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    search: SearchService;
  }
}

/** `search`: the public search across the searchable types, with scores and highlights. */
export const search = defineModule({
  name: 'search',
  requires: [content, organization, partnerNetwork, practice, project, searchIndex],
  entities: [],
  resolvers: [SearchResolver, SearchConnectionResolver],
  policy: { Query: { search: EVERYONE } },
  services: (s, { ds }) => ({ search: new SearchService(ds, s.searchIndex) }),
});

export { SearchService };
export { SearchType } from './search.inputs';
