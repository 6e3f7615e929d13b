import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { RouterProvider } from 'react-router';
import { AuthProvider } from '../features/auth';
import { LocaleProvider } from '../i18n/i18n';
import { createQueryClient } from './query-client';
import { router } from './router';
import { ThemedAntd, ThemeProvider } from './theme';

const flushNow = (fn: () => unknown): undefined => {
  flushSync(fn);
};

export function App() {
  const [queryClient] = useState(createQueryClient);
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
