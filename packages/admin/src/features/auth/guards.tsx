import { Center } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { type ReactNode, useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { applyAccountLanguage } from '../../i18n';
import { ErrorState, FullPageLoader } from '../../shared/components/QueryStates';
import { ForbiddenPage } from '../../shared/pages/ForbiddenPage';
import type { Action } from './permissions';
import { useSession } from './useSession';

/** Signed-in users only: anyone else goes to the sign-in page, and comes back after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { user, loading, error, refetch } = useSession();
  const location = useLocation();
  const savedLanguage = user?.language;
  // The account's language once `me` is known: right after sign-in, and on load when signed in.
  useEffect(() => {
    void applyAccountLanguage(savedLanguage).catch(() => undefined);
  }, [savedLanguage]);
  // A session can end elsewhere (expiry, sign-out in another tab, an admin revoking it).
  useWindowEvent('focus', refetch);
  if (loading) return <FullPageLoader />;
  if (!user && error) {
    return (
      <Center h="100vh" p="md">
        <ErrorState error={error} onRetry={refetch} />
      </Center>
    );
  }
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/sign-in${search}`} replace />;
  }
  return children;
}

/** The child routes, or a "no access" page for roles that may not use them. */
export function RequirePermission({ action }: { action: Action }) {
  const session = useSession();
  return session.can(action) ? <Outlet /> : <ForbiddenPage />;
}
