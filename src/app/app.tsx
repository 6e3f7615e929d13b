import { QueryClientProvider } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { RouterProvider } from 'react-router';
import { AuthProvider } from '../features/auth';
import { LocaleProvider } from '../i18n/i18n';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { ThemedAntd, ThemeProvider } from './theme';

// Created as the app's code runs, not at its first render: the router starts the first page's code
// and data at once.
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

const flushNow = (fn: () => unknown): undefined => {
  flushSync(fn);
};

export function App() {
  return (
    <LocaleProvider>
      <ThemeProvider>
        <ThemedAntd>
          <QueryClientProvider client={queryClient}>
            <AuthProvider>
              {/* flushSync: a navigation asked to render at once (the wizard's steps) can. */}
              <RouterProvider router={router} flushSync={flushNow} />
            </AuthProvider>
          </QueryClientProvider>
        </ThemedAntd>
      </ThemeProvider>
    </LocaleProvider>
  );
}
