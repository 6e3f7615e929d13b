import { DisconnectOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, theme } from 'antd';
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/i18n';
import { connectionOf } from './connection';
import { connectionMessages } from './connection-messages';

const never = () => () => undefined;

/** True while the server (or Zadig) cannot be reached; pages keep what they show meanwhile. */
export function useOffline(): boolean {
  const connection = connectionOf(useQueryClient());
  return useSyncExternalStore(
    connection?.subscribe ?? never,
    () => connection?.offline() ?? false,
    () => false,
  );
}

/** The one quiet notice of an outage, under the header: what is shown may be out of date; retrying. */
export function OfflineNotice() {
  const t = useT(connectionMessages);
  const client = useQueryClient();
  const offline = useOffline();
  const { token } = theme.useToken();
  return (
    <div role="status" aria-live="polite">
      {offline && (
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            padding: '4px 24px',
            background: token.colorWarningBg,
            borderBottom: `1px solid ${token.colorWarningBorder}`,
            color: token.colorText,
          }}
        >
          <DisconnectOutlined aria-hidden />
          <span>{t('offline')}</span>
          <Button size="small" type="link" onClick={() => connectionOf(client)?.check()}>
            {t('checkNow')}
          </Button>
        </div>
      )}
    </div>
  );
}
