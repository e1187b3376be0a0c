import { IconFolders } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Projects: list, form, history, trash. */
export const projectsSection = {
  key: 'projects',
  path: '/projects',
  action: 'content:manage',
  icon: IconFolders,
  routes: [
    { path: 'projects', page: () => import('./ProjectListPage').then((m) => m.ProjectListPage) },
    { path: 'projects/new', page: () => import('./ProjectEditPage').then((m) => m.ProjectEditPage) },
    { path: 'projects/:id', page: () => import('./ProjectEditPage').then((m) => m.ProjectEditPage) },
  ],
  contentType: 'Project',
  history: {
    fields: [
      'title',
      'summary',
      'status',
      'publishAt',
      'period',
      'municipalityCodes',
      'themes',
      'targetGroups',
      'serviceTypes',
      'indicators',
      'generalGoal',
      'specificObjectives',
      'programmes',
      'activities',
      'expectedResults',
      'budget',
      'funderId',
      'fundingProgramme',
      'referenceNumber',
      'leadOrganizationId',
      'partners',
      'documents',
    ],
  },
  trash: [{ type: 'Project' }],
  localizedTypes: ['Project'],
  embeddedLocalizedTypes: ['Indicator', 'ProjectDocument'],
} as const satisfies SectionDescriptor<Action>;
