import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './api/client';
import { I18nProvider } from './i18n/i18n';
import { AppRoutes } from './app-routes';
import { sessionKey } from './api/session';
import { theme } from './theme';

// A 401 on any request means the session ended (expired, signed out elsewhere): asking for the
// session again sends the visitor to the login page, which returns them here afterwards.
function onApiError(error: unknown) {
  if (error instanceof ApiError && error.status === 401) queryClient.invalidateQueries({ queryKey: sessionKey });
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // 4xx answers do not get better by asking again
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// A data router (one splat route around the app's own <Routes>) so a form with unsaved work can
// hold a navigation back (useBlocker, see components/leave-guard.ts).
const router = createBrowserRouter([{ path: '*', element: <AppRoutes /> }]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider onLocaleChange={() => queryClient.invalidateQueries()}>
        <MantineProvider theme={theme}>
          <Notifications position="top-right" />
          <RouterProvider router={router} />
        </MantineProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
