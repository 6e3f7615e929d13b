import { LogoutOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Tooltip } from 'antd';
import { useSyncExternalStore } from 'react';
import { useT } from '../../i18n/i18n';
import { authMessages } from './messages';
import { forgetToken, readToken, subscribeToken } from './token-store';

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
