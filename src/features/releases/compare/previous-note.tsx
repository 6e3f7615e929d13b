/** The compare page's note on the base it chose by itself when the URL names none. */
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Typography } from 'antd';
import { ErrorView } from '../../../components/api-error';
import { useT } from '../../../i18n/i18n';
import type { PreviousRelease } from '../queries';
import { compareMessages } from './messages';

/** Without a base in the URL: the previous version found (or being looked for, or none). */
export function PreviousNote({
  head,
  previous,
  waiting,
}: {
  head: string;
  previous: UseQueryResult<PreviousRelease>;
  waiting: boolean;
}) {
  const t = useT(compareMessages);
  const found = previous.data?.version ?? null;
  if (found)
    return (
      <Typography.Paragraph role="note">{t('autoBase', { base: found.name, head })}</Typography.Paragraph>
    );
  if (waiting)
    return <Typography.Paragraph role="status">{t('findingPrevious', { name: head })}</Typography.Paragraph>;
  if (previous.isError)
    return (
      <div style={{ marginBottom: 16 }}>
        <ErrorView
          variant="inline"
          error={previous.error}
          title={t('previousFailed', { name: head })}
          onRetry={() => void previous.refetch()}
        />
      </div>
    );
  if (!previous.data) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t(previous.data.complete ? 'noPrevious' : 'noPreviousYet', { name: head })}
    />
  );
}
