import '@mantine/core/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { authKeys } from './api/auth/keys.ts';
import { ApiError, setUnauthenticatedHandler } from './api/client.ts';
import i18n from './i18n/index.ts';
import { createAppRouter } from './routes.tsx';
import { theme } from './theme.ts';

const queryClient = new QueryClient({
  queryCache: new QueryCache(),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors will not heal by retrying; network blips might.
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});
const router = createAppRouter(queryClient);

setUnauthenticatedHandler(() => {
  queryClient.setQueryData(authKeys.session(), null);
  const here = router.state.location;
  if (here.pathname !== '/sign-in') void router.navigate({ to: '/sign-in', search: { redirect: here.href } });
});

// Problem messages come in the language of the request: ask again after a language switch.
i18n.on('languageChanged', () => {
  void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
