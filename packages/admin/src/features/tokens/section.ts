import { IconKey } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Partner API tokens. */
export const tokensSection = {
  key: 'tokens',
  path: '/tokens',
  action: 'tokens:manage',
  icon: IconKey,
  routes: [{ path: 'tokens', page: () => import('./TokensPage').then((m) => m.TokensPage) }],
} as const satisfies SectionDescriptor<Action>;
