import { RetweetOutlined } from '@ant-design/icons';
import { Alert, App } from 'antd';
import { useEffect } from 'react';
import { isActiveStatus } from '../../../api/model';
import { ErrorView } from '../../../components/api-error';
import { useT } from '../../../i18n/i18n';
import { retryNews } from '../retry-refusal';
import { sharedMessages } from './messages';

/**
 * Why the last retry of a version did not go through. A retry someone else started first is news, not an
 * error: "already being retried elsewhere" while the version runs (its live status shows beside it),
 * nothing once it has finished; "already succeeded" as a toast. Any other failure shows until closed.
 */
export function RetryNotice({
  error,
  name,
  status,
  onClose,
  gap,
}: {
  error: unknown;
  name: string;
  /** The version's live status. */
  status: string | undefined;
  onClose: () => void;
  /** The space under the failure. */
  gap: number;
}) {
  const t = useT(sharedMessages);
  const { message } = App.useApp();
  const news = retryNews(error);
  useEffect(() => {
    if (news === 'finished') void message.info(t('retry.alreadyDone', { name }));
  }, [news, error, message, t, name]);
  if (!news) {
    return (
      <div style={{ marginBottom: gap }}>
        <ErrorView variant="inline" error={error} title={t('retry.failed', { name })} onClose={onClose} />
      </div>
    );
  }
  if (news !== 'running' || status === undefined || !isActiveStatus(status)) return null;
  return (
    <div style={{ marginBottom: 12 }}>
      <Alert type="info" showIcon role="status" title={t('retry.elsewhere', { name })} />
    </div>
  );
}

/**
 * The retry action's icon: a square loop of arrows, not a circular arrow, which would read as the
 * spinner of the Creating and Retrying statuses. Always shown with the word "Retry".
 */
export function RetryIcon() {
  return <RetweetOutlined aria-hidden data-icon="retry" />;
}
