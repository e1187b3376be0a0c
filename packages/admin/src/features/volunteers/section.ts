import { IconUsersGroup } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Volunteers and their assignments: personal data, so their trash is for admins only. */
export const volunteersSection = {
  key: 'volunteers',
  path: '/volunteers',
  action: 'volunteers:manage',
  icon: IconUsersGroup,
  routes: [
    { path: 'volunteers', page: () => import('./VolunteerListPage').then((m) => m.VolunteerListPage) },
    { path: 'volunteers/new', page: () => import('./VolunteerEditPage').then((m) => m.VolunteerEditPage) },
    { path: 'volunteers/:id', page: () => import('./VolunteerEditPage').then((m) => m.VolunteerEditPage) },
  ],
  contentType: 'Volunteer',
  trash: [
    { type: 'Volunteer', personal: true },
    { type: 'VolunteerAssignment', personal: true },
  ],
} as const satisfies SectionDescriptor<Action>;
