import { IconTags } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Themes, target groups and service types: one page for editors; picked in the forms, trashed and cached per language. */
export const taxonomySection = {
  key: 'taxonomies',
  path: '/taxonomies',
  action: 'content:manage',
  icon: IconTags,
  routes: [{ path: 'taxonomies', page: () => import('./TaxonomiesPage').then((m) => m.TaxonomiesPage) }],
  trash: [{ type: 'Theme' }, { type: 'TargetGroup' }, { type: 'ServiceType' }],
  localizedTypes: ['Theme', 'TargetGroup', 'ServiceType'],
} as const satisfies SectionDescriptor<Action>;
