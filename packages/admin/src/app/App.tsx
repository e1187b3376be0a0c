import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { AppErrorBoundary } from './AppErrorBoundary';
import { readStyleNonce } from '../shared/csp';
import { createBrowserRouter } from 'react-router';
import { routes } from './router';
import { SECTIONS_INFO } from './sections';
import { SectionsContext } from '../shared/sections-context';
import { createAppTheme, cssVariablesResolver } from './theme';

const router = createBrowserRouter(routes);
const styleNonce = readStyleNonce(document);
const getStyleNonce = styleNonce ? () => styleNonce : undefined;
// Modals' scroll lock (react-remove-scroll → get-nonce) inserts its own <style>; get-nonce
// reads the webpack-era global, so the CSP nonce reaches it without another dependency.
if (styleNonce) (globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce;

/** Providers, outermost first: UI kit, notifications, error boundary, GraphQL client, routes. */
export function App() {
  const [client] = useState(createApolloClient);
  const { t } = useTranslation();
  const clear = t('common.clear');
  const close = t('common.close');
  // Rebuilt when the language changes: the theme carries default labels.
  const theme = useMemo(() => createAppTheme({ clear, close }), [clear, close]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      getStyleNonce={getStyleNonce}
    >
      <Notifications position="top-right" limit={4} />
      <AppErrorBoundary>
        <ApolloProvider client={client}>
          <SectionsContext value={SECTIONS_INFO}>
            <RouterProvider router={router} />
          </SectionsContext>
        </ApolloProvider>
      </AppErrorBoundary>
    </MantineProvider>
  );
}
