import { Alert, App } from 'antd';
import { useEffect } from 'react';
import { isActiveStatus } from '../../../api/model';
import { useT } from '../../../i18n/i18n';
import { retryNews } from '../retry-refusal';
import { sharedMessages } from './messages';

export interface RetryNewsProps {
  /** The refused retry's error (`retryNews(error)` is not null). */
  error: unknown;
  name: string;
  /** The version's live status: the notice shows while it is being created or retried. */
  status: string | undefined;
}

/**
 * A retry someone else started first, as news: "already being retried elsewhere" while the version runs
 * (its live status shows beside it), nothing once it has finished; "already succeeded" as a toast.
 */
export function RetryNews({ error, name, status }: RetryNewsProps) {
  const t = useT(sharedMessages);
  const { message } = App.useApp();
  const news = retryNews(error);
  useEffect(() => {
    if (news === 'finished') void message.info(t('retry.alreadyDone', { name }));
  }, [news, error, message, t, name]);
  if (news !== 'running' || status === undefined || !isActiveStatus(status)) return null;
  return (
    <div style={{ marginBottom: 12 }}>
      <Alert type="info" showIcon role="status" title={t('retry.elsewhere', { name })} />
    </div>
  );
}
