import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { AuthProvider } from '../features/auth';
import { LocaleProvider } from '../i18n/i18n';
import { createQueryClient } from './query-client';
import { router } from './router';
import { ThemedAntd, ThemeProvider } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <LocaleProvider>
      <ThemeProvider>
        <ThemedAntd>
          <QueryClientProvider client={queryClient}>
            <AuthProvider>
              <RouterProvider router={router} />
            </AuthProvider>
          </QueryClientProvider>
        </ThemedAntd>
      </ThemeProvider>
    </LocaleProvider>
  );
}
