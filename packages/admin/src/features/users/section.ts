import { IconUsers } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** The team's accounts (admins only). */
export const usersSection = {
  key: 'users',
  path: '/users',
  action: 'users:manage',
  icon: IconUsers,
  routes: [{ path: 'users', page: () => import('./UsersPage').then((m) => m.UsersPage) }],
} as const satisfies SectionDescriptor<Action>;
