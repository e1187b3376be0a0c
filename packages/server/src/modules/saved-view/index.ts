import { STAFF } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { audit } from '../audit';
import { auth } from '../auth';
import { SavedView } from './saved-view.entity';
import { SavedViewResolver } from './saved-view.resolver';
import { SavedViewService } from './saved-view.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    savedViews: SavedViewService;
  }
}

/**
 * Saved views: a list screen's filters and order kept under a name by a staff member, optionally
 * shared with the team. Staff only: they are the admin's, not the API's readers'.
 */
export const savedView = defineModule({
  name: 'saved-view',
  requires: [audit, auth],
  entities: [SavedView],
  resolvers: [SavedViewResolver],
  policy: {
    Query: { savedViews: STAFF },
    Mutation: { createSavedView: STAFF, updateSavedView: STAFF, deleteSavedView: STAFF },
  },
  services: (_s, { ds }) => ({ savedViews: new SavedViewService(ds) }),
});

export { SavedView, SavedViewService };
export { SAVED_VIEW_LISTS } from './saved-view.rules';
