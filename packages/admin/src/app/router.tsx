import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequirePermission, RequireSession } from '../features/auth/guards';
import { NotFoundPage } from '../features/errors/NotFoundPage';
import { AppLayout } from '../shared/layout/AppLayout';
import { FullPageLoader, LoadingState } from '../shared/components/QueryStates';
import type { SectionKey } from './navigation';
import { RouteError } from './RouteError';

/*
 * Every page is its own chunk, loaded when its route is first visited (route `lazy`, the data
 * router's code splitting: the current page stays up while the next one downloads, with a
 * progress bar in the header). Only the frame, sign-in guard and this table are in the entry.
 */

const comingSoon = (section: SectionKey): RouteObject => ({
  handle: { section },
  lazy: () => import('../features/placeholder/ComingSoonPage').then((m) => ({ Component: m.ComingSoonPage })),
});

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
              { path: 'projects', ...comingSoon('projects') },
              { path: 'organizations', ...comingSoon('organizations') },
              { path: 'networks', ...comingSoon('networks') },
            ],
          },
          {
            element: <RequirePermission action="volunteerProgrammes:manage" />,
            children: [{ path: 'volunteer-programmes', ...comingSoon('volunteerProgrammes') }],
          },
          {
            element: <RequirePermission action="volunteers:manage" />,
            children: [{ path: 'volunteers', ...comingSoon('volunteers') }],
          },
          {
            element: <RequirePermission action="moderation:manage" />,
            children: [{ path: 'moderation', ...comingSoon('moderation') }],
          },
          {
            element: <RequirePermission action="trash:manage" />,
            children: [{ path: 'trash', ...comingSoon('trash') }],
          },
          {
            element: <RequirePermission action="tokens:manage" />,
            children: [{ path: 'tokens', ...comingSoon('tokens') }],
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
