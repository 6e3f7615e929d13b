/** What the detail page shows before it has the version: a skeleton while reading, or why it has none. */
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorView, isNotFound } from '../../../components/api-error';
import { LinkButton } from '../../../components/link-button';
import { StatusPage } from '../../../components/status-page';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { detailMessages } from './messages';

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
