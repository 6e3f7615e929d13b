import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState, useSyncExternalStore, type ReactNode } from 'react';
import { TokenRequestContext } from '../../components/api-error';
import { setTokenProvider, setUnauthorizedHandler } from '../../api/client';
import { trackFocus } from './focus-return';
import { createUnauthorizedHandler, tokenPrompt } from './token-prompt';
import { readToken } from './token-store';
import { retryingImport } from '../../lib/retrying-import';

// The dialog (with its form library) loads the first time it is needed: most visits never see it.
const TokenDialog = lazy(() =>
  retryingImport(() => import('./token-dialog')).then((m) => ({ default: m.TokenDialog })),
);

// Registered as soon as the app loads, before any page asks for data: requests carry the user's token,
// and a 401 asks for one (once, however many requests were refused) before they are sent again.
setTokenProvider(readToken);
setUnauthorizedHandler(createUnauthorizedHandler(tokenPrompt, readToken));
// Where the focus goes back when the dialog closes (the control that asked may be gone by then).
if (typeof document !== 'undefined') trackFocus(tokenPrompt.isOpen);

/**
 * Wraps the app (inside the query client and antd providers): renders the one token dialog and lets
 * error views offer "Enter API token", after which the reads that failed are tried again.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const open = useSyncExternalStore(tokenPrompt.subscribe, tokenPrompt.isOpen, () => false);
  // Once shown, the dialog stays mounted so that it can animate closed and open again at once.
  const [needed, setNeeded] = useState(false);
  if (open && !needed) setNeeded(true);
  const requestToken = useCallback(() => {
    void tokenPrompt.request().then((ok) => {
      if (!ok) return;
      void queryClient.refetchQueries({
        type: 'active',
        predicate: (query) => query.state.status === 'error',
      });
    });
  }, [queryClient]);
  return (
    <TokenRequestContext.Provider value={requestToken}>
      {children}
      {needed && (
        <Suspense fallback={null}>
          <TokenDialog />
        </Suspense>
      )}
    </TokenRequestContext.Provider>
  );
}
