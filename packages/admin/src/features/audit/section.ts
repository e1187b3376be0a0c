import { IconListDetails } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Who changed what and when (admins only). */
export const auditSection = {
  key: 'audit',
  path: '/audit',
  action: 'audit:view',
  icon: IconListDetails,
  routes: [{ path: 'audit', page: () => import('./AuditLogPage').then((m) => m.AuditLogPage) }],
} as const satisfies SectionDescriptor<Action>;
