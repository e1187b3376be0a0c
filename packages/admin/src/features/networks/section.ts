import { IconNetwork } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Partner networks: list, form, history, trash. */
export const networksSection = {
  key: 'networks',
  path: '/networks',
  action: 'content:manage',
  icon: IconNetwork,
  routes: [
    { path: 'networks', page: () => import('./NetworkListPage').then((m) => m.NetworkListPage) },
    { path: 'networks/new', page: () => import('./NetworkEditPage').then((m) => m.NetworkEditPage) },
    { path: 'networks/:id', page: () => import('./NetworkEditPage').then((m) => m.NetworkEditPage) },
  ],
  contentType: 'PartnerNetwork',
  history: { fields: ['name', 'description', 'scope', 'coordinatorId', 'memberships'] },
  trash: [{ type: 'PartnerNetwork' }],
  localizedTypes: ['PartnerNetwork'],
} as const satisfies SectionDescriptor<Action>;
