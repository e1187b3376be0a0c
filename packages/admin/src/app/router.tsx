import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequirePermission, RequireSession } from '../features/auth/guards';
import { NotFoundPage } from '../shared/pages/NotFoundPage';
import { AppLayout } from './layout/AppLayout';
import { FullPageLoader, LoadingState } from '../shared/components/QueryStates';
import { RouteError } from './RouteError';
import type { HistorySection } from '../features/history/RevisionHistoryPage';

/** Sections with a revision history page (`HISTORY_SECTIONS` in the history feature, which loads lazily). */
const HISTORY_ROUTES = [
  'practices',
  'projects',
  'organizations',
  'networks',
  'volunteer-programmes',
] as const satisfies readonly HistorySection[];

/*
 * Every page is its own chunk, loaded when its route is first visited (route `lazy`, the data
 * router's code splitting: the current page stays up while the next one downloads, with a
 * progress bar in the header). Only the frame, sign-in guard and this table are in the entry.
 */

export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    lazy: () => import('../features/auth/SignInPage').then((m) => ({ Component: m.SignInPage })),
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageLoader />,
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageLoader />,
    children: [
      {
        // Errors below render inside the frame, so the navigation stays usable.
        errorElement: <RouteError />,
        hydrateFallbackElement: <LoadingState />,
        children: [
          {
            element: <RequirePermission action="dashboard:view" />,
            children: [
              {
                index: true,
                lazy: () =>
                  import('../features/dashboard/DashboardPage').then((m) => ({ Component: m.DashboardPage })),
              },
            ],
          },
          {
            element: <RequirePermission action="content:manage" />,
            children: [
              {
                path: 'practices',
                lazy: () =>
                  import('../features/practices/PracticeListPage').then((m) => ({
                    Component: m.PracticeListPage,
                  })),
              },
              {
                path: 'practices/new',
                lazy: () =>
                  import('../features/practices/PracticeEditPage').then((m) => ({
                    Component: m.PracticeEditPage,
                  })),
              },
              {
                path: 'practices/:id',
                lazy: () =>
                  import('../features/practices/PracticeEditPage').then((m) => ({
                    Component: m.PracticeEditPage,
                  })),
              },
              {
                path: 'projects',
                lazy: () =>
                  import('../features/projects/ProjectListPage').then((m) => ({
                    Component: m.ProjectListPage,
                  })),
              },
              {
                path: 'projects/new',
                lazy: () =>
                  import('../features/projects/ProjectEditPage').then((m) => ({
                    Component: m.ProjectEditPage,
                  })),
              },
              {
                path: 'projects/:id',
                lazy: () =>
                  import('../features/projects/ProjectEditPage').then((m) => ({
                    Component: m.ProjectEditPage,
                  })),
              },
              {
                path: 'organizations',
                lazy: () =>
                  import('../features/organizations/OrganizationListPage').then((m) => ({
                    Component: m.OrganizationListPage,
                  })),
              },
              {
                path: 'organizations/new',
                lazy: () =>
                  import('../features/organizations/OrganizationEditPage').then((m) => ({
                    Component: m.OrganizationEditPage,
                  })),
              },
              {
                path: 'organizations/:id',
                lazy: () =>
                  import('../features/organizations/OrganizationEditPage').then((m) => ({
                    Component: m.OrganizationEditPage,
                  })),
              },
              {
                path: 'networks',
                lazy: () =>
                  import('../features/networks/NetworkListPage').then((m) => ({
                    Component: m.NetworkListPage,
                  })),
              },
              {
                path: 'networks/new',
                lazy: () =>
                  import('../features/networks/NetworkEditPage').then((m) => ({
                    Component: m.NetworkEditPage,
                  })),
              },
              {
                path: 'networks/:id',
                lazy: () =>
                  import('../features/networks/NetworkEditPage').then((m) => ({
                    Component: m.NetworkEditPage,
                  })),
              },
            ],
          },
          {
            element: <RequirePermission action="volunteerProgrammes:manage" />,
            children: [
              {
                path: 'volunteer-programmes',
                lazy: () =>
                  import('../features/programmes/ProgrammeListPage').then((m) => ({
                    Component: m.ProgrammeListPage,
                  })),
              },
              {
                // Coordinators edit the programmes they coordinate; the page checks which.
                path: 'volunteer-programmes/:id',
                lazy: () =>
                  import('../features/programmes/ProgrammeEditPage').then((m) => ({
                    Component: m.ProgrammeEditPage,
                  })),
              },
            ],
          },
          {
            // Creating programmes is for editors and admins (createVolunteerProgramme).
            element: <RequirePermission action="content:manage" />,
            children: [
              {
                path: 'volunteer-programmes/new',
                lazy: () =>
                  import('../features/programmes/ProgrammeEditPage').then((m) => ({
                    Component: m.ProgrammeEditPage,
                  })),
              },
            ],
          },
          {
            element: <RequirePermission action="volunteers:manage" />,
            children: [
              {
                path: 'volunteers',
                lazy: () =>
                  import('../features/volunteers/VolunteerListPage').then((m) => ({
                    Component: m.VolunteerListPage,
                  })),
              },
              {
                path: 'volunteers/new',
                lazy: () =>
                  import('../features/volunteers/VolunteerEditPage').then((m) => ({
                    Component: m.VolunteerEditPage,
                  })),
              },
              {
                path: 'volunteers/:id',
                lazy: () =>
                  import('../features/volunteers/VolunteerEditPage').then((m) => ({
                    Component: m.VolunteerEditPage,
                  })),
              },
            ],
          },
          {
            element: <RequirePermission action="moderation:manage" />,
            children: [
              {
                path: 'moderation',
                lazy: () =>
                  import('../features/moderation/ModerationPage').then((m) => ({
                    Component: m.ModerationPage,
                  })),
              },
            ],
          },
          {
            element: <RequirePermission action="trash:manage" />,
            children: [
              {
                path: 'trash',
                lazy: () => import('../features/trash/TrashPage').then((m) => ({ Component: m.TrashPage })),
              },
              // Revisions are for the same roles as the trash (editors and admins).
              ...HISTORY_ROUTES.map((section) => ({
                path: `${section}/:id/history`,
                lazy: () =>
                  import('../features/history/RevisionHistoryPage').then((m) => ({
                    Component: () => <m.RecordHistoryPage section={section} />,
                  })),
              })),
            ],
          },
          {
            element: <RequirePermission action="tokens:manage" />,
            children: [
              {
                path: 'tokens',
                lazy: () =>
                  import('../features/tokens/TokensPage').then((m) => ({ Component: m.TokensPage })),
              },
            ],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
