import { defineModule } from '../../common/module';
import { taxonomy } from '../taxonomy';
import { Indicator } from './indicator.entity';
import { IndicatorResolver } from './indicator.resolver';
import { IndicatorService } from './indicator.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    indicators: IndicatorService;
  }
}

/** Outcome figures of practices and projects, edited with them (no root operations). */
export const indicator = defineModule({
  name: 'indicator',
  requires: [taxonomy],
  entities: [Indicator],
  resolvers: [IndicatorResolver],
  policy: {},
  services: (s) => ({ indicators: new IndicatorService(s.targetGroups) }),
});

export { Indicator, IndicatorService };
export { IndicatorInput } from './indicator.inputs';
