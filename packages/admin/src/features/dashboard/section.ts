import { IconLayoutDashboard } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** The start page: counts, charts and the audit log. */
export const dashboardSection = {
  key: 'dashboard',
  path: '/',
  action: 'dashboard:view',
  icon: IconLayoutDashboard,
  routes: [{ path: '', page: () => import('./DashboardPage').then((m) => m.DashboardPage) }],
} as const satisfies SectionDescriptor<Action>;
