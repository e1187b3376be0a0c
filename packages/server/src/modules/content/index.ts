import { defineModule } from '../../common/module';
import { geography } from '../geography';
import { indicator } from '../indicator';
import { organization } from '../organization';
import { searchIndex } from '../search-index';
import { taxonomy } from '../taxonomy';
import { TaggedContentService } from './content.service';
import { type ScheduledType, scheduledTypes } from './scheduler';

declare module '../../common/context' {
  interface ServiceRegistry {
    tagged: TaggedContentService;
    /** What the publishing scheduler publishes: every module's scheduled capability. */
    scheduledTypes: readonly ScheduledType[];
  }
}

/**
 * What practices and projects share (place, tags, indicators, period, the editorial workflow)
 * and the scheduler of `publishAt`. No tables or root operations of its own.
 */
export const content = defineModule({
  name: 'content',
  requires: [geography, organization, searchIndex, taxonomy, indicator],
  entities: [],
  resolvers: [],
  policy: {},
  services: (s) => ({
    tagged: new TaggedContentService(s.geography, s.themes, s.targetGroups, s.serviceTypes, s.indicators),
  }),
  compose: ({ services, manifests }) => ({ scheduledTypes: scheduledTypes(manifests, services) }),
});

export { TaggedContentService };
export { PublishableEntity } from '../../common/base.entity';
export { TaggedContentEntity } from './content.entity';
export { ContentFilter, TaggedContentInput } from './content.inputs';
export {
  collectFacets,
  countFacets,
  FacetCount,
  type FacetDimension,
  type FacetRow,
  Facets,
  taggedFacets,
  TERM_LABEL,
  termJoin,
} from './facets';
export { FacetsResolver, type WithFacets } from './facets.resolver';
export { taggedList } from './tagged-list';
export { TaggedContentResolver } from './content.resolver';
export type { TaggedRecord, TaggedTables } from './content.service';
export {
  assignSchedule,
  createPublishingScheduler,
  PublishingScheduler,
  type ScheduledType,
  type SchedulerOptions,
} from './scheduler';
export { assertStatusChange, mayChangeStatus, PublishableCrudService, TRANSITIONS } from './workflow';
export { hasVisibilityRule, isVisible, visibleRows, whereVisible } from '../../common/visibility';
