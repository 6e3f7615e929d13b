/** The create page around the wizard: its header, its loading state and a read that failed. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorView } from '../../../components/api-error';
import { LinkButton } from '../../../components/link-button';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { listPath } from '../shared/last-project';
import { createMessages } from './messages';

export function CreateHeader({
  projectKey,
  projectName,
}: {
  projectKey: string;
  projectName: string | undefined;
}) {
  const t = useT(createMessages);
  return (
    <div style={{ marginBottom: 16 }}>
      <Link to={listPath(projectKey)}>
        <ArrowLeftOutlined /> {t('backToList')}
      </Link>
      <Typography.Title level={1} style={{ margin: '4px 0 0', fontSize: 24 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('subtitle', { project: projectName ?? projectKey })}
      </Typography.Text>
    </div>
  );
}

export function Loading() {
  const t = useT(createMessages);
  return (
    <div role="status" aria-label={t('loading')}>
      <Skeleton active paragraph={{ rows: 8 }} />
    </div>
  );
}

/**
 * A read the wizard needs failed. A base version that is gone (a stale "Create from this version" link)
 * is named, with a version from nothing offered instead.
 */
export function ReadFailure(props: {
  query: UseQueryResult<unknown>;
  inline: boolean;
  baseGone: string | null;
  projectKey: string;
}) {
  const { query, baseGone } = props;
  const t = useT(createMessages);
  return (
    <ErrorView
      variant={props.inline ? 'inline' : 'page'}
      error={query.error}
      onRetry={() => void query.refetch()}
      title={baseGone !== null ? t('base.gone', { name: baseGone }) : undefined}
      extra={
        baseGone !== null && (
          <LinkButton type="primary" to={paths.newRelease(props.projectKey)}>
            {t('base.startBlank')}
          </LinkButton>
        )
      }
    />
  );
}
