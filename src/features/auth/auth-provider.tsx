import { LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Tooltip } from 'antd';
import { lazy, Suspense, useCallback, useState, useSyncExternalStore, type ReactNode } from 'react';
import { TokenRequestContext } from '../../components/api-error';
import { setTokenProvider, setUnauthorizedHandler } from '../../api/client';
import { trackFocus } from './focus-return';
import { createUnauthorizedHandler, tokenPrompt } from './token-prompt';
import { useT } from '../../i18n/i18n';
import { authMessages } from './messages';
import { forgetToken, readToken, subscribeToken } from './token-store';
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

/**
 * "Sign out" for the header, shown while this browser holds an API token. Forgets the token and drops
 * what was read with it; the page then asks for a token again.
 */
export function SignOutButton() {
  const t = useT(authMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const signedIn = useSyncExternalStore(
    subscribeToken,
    () => readToken() !== null,
    () => false,
  );
  if (!signedIn) return null;
  const signOut = () => {
    forgetToken();
    void message.success(t('signedOut'));
    void queryClient.resetQueries();
  };
  return (
    <Tooltip title={t('signOutHint')}>
      <Button type="text" icon={<LogoutOutlined />} onClick={signOut}>
        {t('signOut')}
      </Button>
    </Tooltip>
  );
}
