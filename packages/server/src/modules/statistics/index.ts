import { EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { geography } from '../geography';
import { indicator } from '../indicator';
import { organization } from '../organization';
import { practice } from '../practice';
import { project } from '../project';
import { taxonomy } from '../taxonomy';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    statistics: StatisticsService;
  }
}

/** Figures over published practices and projects for partner sites' charts and the admin's dashboard. */
export const statistics = defineModule({
  name: 'statistics',
  requires: [geography, indicator, organization, practice, project, taxonomy],
  entities: [],
  resolvers: [StatisticsResolver],
  policy: { Query: { statistics: EVERYONE } },
  services: (s, { ds }) => ({ statistics: new StatisticsService(ds, s.geography) }),
});

export { StatisticsService };
export { PEOPLE_SERVED_RULE } from './people-served';
