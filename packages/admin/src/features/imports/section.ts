import { IconFileImport } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Imports of FLGR pages, ИСУН pages and spreadsheets: for those who manage content (editors, admins). */
export const importsSection = {
  key: 'imports',
  path: '/imports',
  action: 'content:manage',
  icon: IconFileImport,
  routes: [
    { path: 'imports', page: () => import('./ImportPage').then((m) => m.ImportPage) },
    { path: 'imports/:id', page: () => import('./ImportJobPage').then((m) => m.ImportJobPage) },
  ],
} as const satisfies SectionDescriptor<Action>;
