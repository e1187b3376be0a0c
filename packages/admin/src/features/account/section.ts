import { IconUserCircle } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** "Моят профил": everyone signed in (the dashboard's audience is all staff). */
export const accountSection = {
  key: 'account',
  path: '/account',
  action: 'dashboard:view',
  icon: IconUserCircle,
  routes: [{ path: 'account', page: () => import('./AccountPage').then((m) => m.AccountPage) }],
} as const satisfies SectionDescriptor<Action>;
