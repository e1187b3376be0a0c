import { IconTrash } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** The trash; its tabs are the other sections' `trash` types. */
export const trashSection = {
  key: 'trash',
  path: '/trash',
  action: 'trash:manage',
  icon: IconTrash,
  routes: [{ path: 'trash', page: () => import('./TrashPage').then((m) => m.TrashPage) }],
} as const satisfies SectionDescriptor<Action>;
