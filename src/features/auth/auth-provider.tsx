import { useQueryClient } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { TokenRequestContext } from '../../components/api-error';
import { installAuth } from './install';
import { tokenPrompt } from './token-prompt';
import { TokenDialog } from './token-dialog';

// Registered as soon as the app loads, before any page asks for data.
installAuth();

/**
 * Wraps the app (inside the query client and antd providers): renders the one token dialog and lets
 * error views offer "Enter API token", after which the reads that failed are tried again.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
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
      <TokenDialog />
    </TokenRequestContext.Provider>
  );
}
