import { DisconnectOutlined } from '@ant-design/icons';
import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { Button, theme } from 'antd';
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/i18n';
import { connectionOf, type Outage } from './connection';
import { connectionMessages } from './messages';

const never = () => () => undefined;

/**
 * What cannot be reached (the server, or Zadig behind it); null when all is well. Pages keep what they
 * show meanwhile.
 */
function useOutage(): Outage | null {
  const connection = connectionOf(useQueryClient());
  return useSyncExternalStore(
    connection?.subscribe ?? never,
    () => connection?.outage() ?? null,
    () => null,
  );
}

/**
 * Whether the browser says it is online (react-query's `onlineManager`, which pauses reads and actions
 * while it is not: they then fail with nothing to tell an outage by).
 */
function useOnline(): boolean {
  return useSyncExternalStore(
    (changed) => onlineManager.subscribe(changed),
    () => onlineManager.isOnline(),
    () => true,
  );
}

/**
 * The one quiet notice of an outage, under the header: offline, the console's server down, or only Zadig
 * down behind a server that answers; what is shown may be out of date; retrying.
 */
export function OfflineNotice() {
  const t = useT(connectionMessages);
  const client = useQueryClient();
  const outage = useOutage();
  const online = useOnline();
  const { token } = theme.useToken();
  const notice = !online ? 'offline' : outage === 'zadig' ? 'zadigDown' : outage ? 'serverDown' : null;
  return (
    <div role="status" aria-live="polite">
      {notice && (
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
          <span>{t(notice)}</span>
          <Button size="small" type="link" onClick={() => connectionOf(client)?.check()}>
            {t('checkNow')}
          </Button>
        </div>
      )}
    </div>
  );
}
