import { IconBuildingCommunity } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Organizations: list, form, history, trash. */
export const organizationsSection = {
  key: 'organizations',
  path: '/organizations',
  action: 'content:manage',
  icon: IconBuildingCommunity,
  routes: [
    {
      path: 'organizations',
      page: () => import('./OrganizationListPage').then((m) => m.OrganizationListPage),
    },
    {
      path: 'organizations/new',
      page: () => import('./OrganizationEditPage').then((m) => m.OrganizationEditPage),
    },
    {
      path: 'organizations/:id',
      page: () => import('./OrganizationEditPage').then((m) => m.OrganizationEditPage),
    },
  ],
  contentType: 'Organization',
  history: { fields: ['name', 'description', 'contact', 'kind', 'municipalityCode'] },
  trash: [{ type: 'Organization' }],
  localizedTypes: ['Organization'],
} as const satisfies SectionDescriptor<Action>;
