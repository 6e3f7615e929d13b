/**
 * What the list page says above its rows while they load or after something failed: the server's
 * first pass over the project, a refresh that failed, a retry that failed or was refused.
 */
import { ErrorView } from '../../../components/api-error';
import { ProgressBar } from '../../../components/progress-bar';
import { Text } from '../../../components/plain-text';
import { isOutage } from '../../../api/outage';
import { useT } from '../../../i18n/i18n';
import { RetryNotice } from '../shared/retry-news';
import { listMessages } from './messages';
import type { useRetryRelease } from '../mutations';
import type { ReleaseRows } from './use-release-rows';

export function ListNotices({
  data,
  retry,
}: {
  data: ReleaseRows;
  retry: ReturnType<typeof useRetryRelease>;
}) {
  const t = useT(listMessages);
  const { loaded = 0, total = 0 } = data.progress ?? {};
  const loading = t('filter.loading', { loaded, total });
  return (
    <>
      {data.progress && !data.progress.done && !data.error && (
        <div role="status" style={{ marginBottom: 12 }}>
          <Text type="secondary">{loading}</Text>
          <ProgressBar value={loaded} max={total} label={loading} />
        </div>
      )}
      {data.error !== null && data.rows.length > 0 && !isOutage(data.error) && (
        <div style={{ marginBottom: 12 }}>
          <ErrorView variant="inline" error={data.error} title={t('refreshFailed')} onRetry={data.refetch} />
        </div>
      )}
      {retry.isError && (
        <RetryNotice
          error={retry.error}
          name={retry.variables.name}
          status={data.rows.find((row) => row.id === retry.variables.id)?.status}
          onClose={() => retry.reset()}
          gap={12}
        />
      )}
    </>
  );
}
