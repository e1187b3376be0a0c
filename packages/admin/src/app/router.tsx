import type { RouteObject } from 'react-router';
import { RequirePermission, RequireSession } from '../features/auth/guards';
import { NotFoundPage } from '../shared/pages/NotFoundPage';
import { AppLayout } from './layout/AppLayout';
import { FullPageLoader, LoadingState } from '../shared/components/QueryStates';
import { RouteError } from './RouteError';
import { type Page, SECTION_PAGES } from './section-pages';

/*
 * Every page is its own chunk, loaded when its route is first visited (route `lazy`, the data
 * router's code splitting: the current page stays up while the next one downloads, with a
 * progress bar in the header). Only the frame, sign-in guard and the section descriptors are in
 * the entry.
 */

/** The pages under one guard per permission, in the order the permissions first appear. */
function guarded(list: readonly Page[]): RouteObject[] {
  const actions = [...new Set(list.map((p) => p.action))];
  return actions.map((action) => ({
    element: <RequirePermission action={action} />,
    children: list.filter((p) => p.action === action).map((p) => p.route),
  }));
}

export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    lazy: () => import('../features/auth/SignInPage').then((m) => ({ Component: m.SignInPage })),
    errorElement: <RouteError />,
    hydrateFallbackElement: <FullPageLoader />,
  },
  {
    // Public: the one-time link of an invitation or a password reset (the token is in the fragment).
    path: '/set-password',
    lazy: () => import('../features/account/SetPasswordPage').then((m) => ({ Component: m.SetPasswordPage })),
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
        children: [...guarded(SECTION_PAGES), { path: '*', Component: NotFoundPage }],
      },
    ],
  },
];
