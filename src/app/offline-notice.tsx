import { DisconnectOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, theme } from 'antd';
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/i18n';
import { connectionOf, type Outage } from './connection';
import { connectionMessages } from './connection-messages';

const never = () => () => undefined;

/**
 * What cannot be reached (the server, or Zadig behind it); null when all is well. Pages keep what they
 * show meanwhile.
 */
export function useOutage(): Outage | null {
  const connection = connectionOf(useQueryClient());
  return useSyncExternalStore(
    connection?.subscribe ?? never,
    () => connection?.outage() ?? null,
    () => null,
  );
}

/**
 * The one quiet notice of an outage, under the header: offline, or only Zadig down behind a server that
 * answers; what is shown may be out of date; retrying.
 */
export function OfflineNotice() {
  const t = useT(connectionMessages);
  const client = useQueryClient();
  const outage = useOutage();
  const { token } = theme.useToken();
  return (
    <div role="status" aria-live="polite">
      {outage && (
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
          <span>{t(outage === 'zadig' ? 'zadigDown' : 'offline')}</span>
          <Button size="small" type="link" onClick={() => connectionOf(client)?.check()}>
            {t('checkNow')}
          </Button>
        </div>
      )}
    </div>
  );
}
