/**
 * What the detail page says: above the summary, a refused or failed retry, a lost read, a failure; before
 * it has the version, a skeleton while reading, or why it has none.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import type { ReleaseDetail } from '../../../api/model';
import { isOutage } from '../../../api/outage';
import { ErrorView, isNotFound } from '../../../components/api-error';
import { LinkButton } from '../../../components/link-button';
import { StatusPage } from '../../../components/status-page';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import type { useRetryRelease } from '../mutations';
import { sharedMessages } from '../shared/messages';
import { RetryNotice } from '../shared/retry-news';
import { detailMessages } from './messages';

export interface DetailNoticesProps {
  release: ReleaseDetail;
  retry: ReturnType<typeof useRetryRelease>;
  query: UseQueryResult<ReleaseDetail>;
  listPath: string;
}

export function DetailNotices({ release, retry, query, listPath }: DetailNoticesProps) {
  const t = useT(detailMessages);
  const tc = useT(commonMessages);
  const tg = useT(sharedMessages);
  return (
    <>
      {retry.isError && (
        <RetryNotice
          error={retry.error}
          name={release.name}
          status={release.status}
          onClose={() => retry.reset()}
          gap={16}
        />
      )}
      {query.isError && isNotFound(query.error) && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={tg('gone.title', { name: release.name })}
          description={tg('gone.text')}
          action={
            <LinkButton size="small" to={listPath}>
              {tc('action.backToList')}
            </LinkButton>
          }
        />
      )}
      {/* An outage is shown once, by the shell's offline notice; the page keeps what it shows. */}
      {query.isError && !isNotFound(query.error) && !isOutage(query.error) && (
        <div style={{ marginBottom: 16 }}>
          <ErrorView variant="inline" error={query.error} onRetry={() => void query.refetch()} />
        </div>
      )}
      {release.status === 'failed' && release.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('failedTitle')}
          description={
            <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{release.error}</span>
          }
        />
      )}
    </>
  );
}

/** `back`: the link back to the list, shown above the skeleton. */
export function DetailLoading({ back }: { back: ReactNode }) {
  const t = useT(detailMessages);
  return (
    <div aria-busy="true" aria-label={t('loading')}>
      {back}
      <Skeleton active title paragraph={{ rows: 4 }} style={{ marginTop: 16 }} />
      <Skeleton active paragraph={{ rows: 6 }} />
    </div>
  );
}

export interface DetailLoadErrorProps {
  error: Error;
  onRetry: () => void;
  projectKey: string;
  /** The version as the URL names it (its name, else its id). */
  version: string;
  listPath: string;
  back: ReactNode;
}

/** The version could not be read: not found, or an error that can be retried. */
export function DetailLoadError({
  error,
  onRetry,
  projectKey,
  version,
  listPath,
  back,
}: DetailLoadErrorProps) {
  const t = useT(detailMessages);
  const tc = useT(commonMessages);
  if (isNotFound(error)) {
    return (
      <div role="alert">
        <StatusPage
          icon="not-found"
          title={t('notFoundTitle')}
          extra={
            <LinkButton type="primary" to={listPath}>
              {tc('action.backToList')}
            </LinkButton>
          }
        >
          {t('notFoundText', { project: projectKey, id: version })}
        </StatusPage>
      </div>
    );
  }
  return <ErrorView error={error} onRetry={onRetry} extra={back} />;
}
