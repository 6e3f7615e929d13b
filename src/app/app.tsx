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

/** Resolves once `ready()` holds (asked again at each `subscribe` call-back), or after `maxMs`. */
function once(ready: () => boolean, subscribe: (changed: () => void) => () => void, maxMs: number) {
  return new Promise<void>((resolve) => {
    if (ready()) return resolve();
    const timer = setTimeout(done, maxMs);
    const stop = subscribe(() => {
      if (ready()) done();
    });
    function done() {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}

/**
 * Resolves once the router has matched the first address and has its page's code (not its data), or
 * after `maxMs`. The app then renders the page in its first render: the list, whose code is in the first
 * script, at once; another page when its code has arrived. Rendering the shell first and the page in a
 * second, router-driven render costs the list's first row ~50 ms (`npm run bench`). If a page's code
 * cannot be fetched (the server restarting), the shell shows after `maxMs` while the router tries again.
 */
export const routerReady = (maxMs: number): Promise<void> =>
  once(
    () => router.state.initialized,
    (changed) => router.subscribe(changed),
    maxMs,
  );

/**
 * Resolves once the data the router started is in (or after `maxMs`): over a page the server rendered
 * (server/page-render.ts), the app's first render shows the same rows, not its loading state.
 */
export const dataSettled = (maxMs: number): Promise<void> =>
  once(
    () => queryClient.isFetching() === 0,
    (changed) => queryClient.getQueryCache().subscribe(changed),
    maxMs,
  );

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
