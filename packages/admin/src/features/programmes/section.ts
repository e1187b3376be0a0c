import { IconHeartHandshake } from '@tabler/icons-react';
import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Volunteer programmes: list, form, history, trash. */
export const programmesSection = {
  key: 'volunteerProgrammes',
  path: '/volunteer-programmes',
  action: 'volunteerProgrammes:manage',
  icon: IconHeartHandshake,
  routes: [
    {
      path: 'volunteer-programmes',
      page: () => import('./ProgrammeListPage').then((m) => m.ProgrammeListPage),
    },
    // Coordinators edit the programmes they coordinate; the page checks which.
    {
      path: 'volunteer-programmes/:id',
      page: () => import('./ProgrammeEditPage').then((m) => m.ProgrammeEditPage),
    },
    // Creating programmes is for editors and admins (createVolunteerProgramme).
    {
      path: 'volunteer-programmes/new',
      page: () => import('./ProgrammeEditPage').then((m) => m.ProgrammeEditPage),
      action: 'content:manage',
    },
  ],
  contentType: 'VolunteerProgramme',
  history: {
    fields: [
      'name',
      'description',
      'status',
      'publishAt',
      'municipalityCodes',
      'organizationId',
      'projectId',
    ],
  },
  trash: [{ type: 'VolunteerProgramme' }],
  localizedTypes: ['VolunteerProgramme'],
} as const satisfies SectionDescriptor<Action>;
