import { IconBulb } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Good practices: list, form, history, trash. */
export const practicesSection = {
  key: 'practices',
  path: '/practices',
  action: 'content:manage',
  icon: IconBulb,
  routes: [
    { path: 'practices', page: () => import('./PracticeListPage').then((m) => m.PracticeListPage) },
    { path: 'practices/new', page: () => import('./PracticeEditPage').then((m) => m.PracticeEditPage) },
    { path: 'practices/:id', page: () => import('./PracticeEditPage').then((m) => m.PracticeEditPage) },
  ],
  contentType: 'Practice',
  history: {
    fields: [
      'title',
      'summary',
      'background',
      'practice',
      'results',
      'status',
      'publishAt',
      'publishedAt',
      'period',
      'municipalityCodes',
      'themes',
      'targetGroups',
      'serviceTypes',
      'indicators',
      'organizationId',
      'innovator',
      'contact',
      'projectIds',
      'adoptions',
    ],
  },
  trash: [{ type: 'Practice' }],
  localizedTypes: ['Practice'],
  embeddedLocalizedTypes: ['Indicator', 'PracticeAdoption'],
} as const satisfies SectionDescriptor<Action>;
