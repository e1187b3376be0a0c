import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../shared/pages/NotFoundPage';
import { ErrorScreen } from '../shared/components/ErrorScreen';

/** A route threw while loading or rendering: 404s get the not-found page, the rest a reload. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorScreen error={error} />;
}
