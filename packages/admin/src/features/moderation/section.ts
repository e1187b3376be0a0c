import { IconChecklist } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Nominations and proposals from the public. */
export const moderationSection = {
  key: 'moderation',
  path: '/moderation',
  action: 'moderation:manage',
  icon: IconChecklist,
  routes: [{ path: 'moderation', page: () => import('./ModerationPage').then((m) => m.ModerationPage) }],
} as const satisfies SectionDescriptor<Action>;
