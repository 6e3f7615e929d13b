import { ArrowLeftOutlined } from '@ant-design/icons';
import { useIsMutating, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Skeleton, Typography } from 'antd';
import { Panel } from '../../../components/panel';
import { StatusPage } from '../../../components/status-page';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorView, isNotFound } from '../../../components/api-error';
import { LinkButton } from '../../../components/link-button';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { isOutage } from '../../../api/outage';
import { paths } from '../../../lib/paths';
import { rememberProject } from '../shared/last-project';
import { useRetryRelease, type ReleaseTarget } from '../mutations';
import { releaseQueries } from '../queries';
import { useVersionStream } from '../use-version-stream';
import { useLiveIntervals } from '../live-intervals';
import { DeleteReleaseDialog } from '../shared/delete-release-dialog';
import { goneMessages } from '../shared/gone-messages';
import { retryNews } from '../retry-refusal';
import { RetryNews } from '../shared/retry-news';
import { StatusTag } from '../shared/status-tag';
import { DetailActions } from './detail-actions';
import { detailMessages } from './messages';
import { ReleaseProgress } from './release-progress';
import { ReleaseSummary } from './release-summary';
import { ServiceSection } from './service-section';
import { useFinishNotice } from './use-finish-notice';
import { useProgressiveCount } from './use-progressive-count';

/** `/projects/:projectKey/releases/:id?name=`: one version, live while it is being created. */
export function ReleaseDetailPage() {
  const { projectKey = '', id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const name = searchParams.get('name') ?? undefined;
  return <ReleaseDetailView key={`${projectKey}/${id}`} projectKey={projectKey} id={id} name={name} />;
}

function ReleaseDetailView({
  projectKey,
  id,
  name,
}: {
  projectKey: string;
  id: string;
  name?: string | undefined;
}) {
  const t = useT(detailMessages);
  const tc = useT(commonMessages);
  const tg = useT(goneMessages);
  const navigate = useNavigate();
  const client = useQueryClient();
  const [deleting, setDeleting] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const deletedRef = useRef(false);
  // No polling while the version is being deleted or after: it would answer "not found".
  const deletingNow =
    useIsMutating({
      mutationKey: ['releases', 'delete'],
      predicate: (m) => (m.state.variables as ReleaseTarget | undefined)?.id === id,
    }) > 0;
  const poll = useVersionStream(projectKey);
  const { live } = useLiveIntervals();
  const query = useQuery({
    ...releaseQueries.detail({ projectKey, id, name }, poll, live),
    enabled: !deleted && !deletingNow,
  });
  const release = query.data;
  const retry = useRetryRelease();
  const shownServices = useProgressiveCount(release?.services.length ?? 0);

  useEffect(() => rememberProject(projectKey), [projectKey]);
  useEffect(
    () => () => {
      if (deletedRef.current) client.removeQueries({ queryKey: releaseQueries.detailOf(projectKey, id) });
    },
    [client, projectKey, id],
  );
  useFinishNotice(release?.status, release?.name ?? name ?? id);

  const listPath = paths.releases(projectKey);
  const back = (
    <Link to={listPath}>
      <ArrowLeftOutlined aria-hidden /> {t('back')}
    </Link>
  );

  if (query.isPending) {
    return (
      <div aria-busy="true" aria-label={t('loading')}>
        {back}
        <Skeleton active title paragraph={{ rows: 4 }} style={{ marginTop: 16 }} />
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    );
  }
  if (query.isError && !release) {
    if (isNotFound(query.error)) {
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
            {t('notFoundText', { project: projectKey, id: name ?? id })}
          </StatusPage>
        </div>
      );
    }
    return <ErrorView error={query.error} onRetry={() => void query.refetch()} extra={back} />;
  }
  if (!release) return null;
  // The id belongs to another project than the URL says: show it under its own project (its header,
  // its actions), never under the URL's.
  if (release.projectKey && release.projectKey !== projectKey) {
    return (
      <Navigate
        replace
        to={paths.release(release.projectKey, id, new URLSearchParams({ name: release.name }))}
      />
    );
  }

  const target = { projectKey, id, name: release.name };
  return (
    <article aria-labelledby="release-title">
      {back}
      <div
        style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', margin: '12px 0 16px' }}
      >
        <Typography.Title
          level={1}
          id="release-title"
          style={{ margin: 0, fontSize: 24, wordBreak: 'break-all' }}
        >
          {release.name}
        </Typography.Title>
        <StatusTag status={release.status} />
        <div style={{ flex: 1 }} />
        <DetailActions
          release={release}
          projectKey={projectKey}
          retrying={retry.isPending}
          onRetry={() => retry.mutate(target)}
          onDelete={() => setDeleting(true)}
        />
      </div>
      {retry.isError && retryNews(retry.error) && (
        <RetryNews error={retry.error} name={release.name} status={release.status} />
      )}
      {retry.isError && !retryNews(retry.error) && (
        <div style={{ marginBottom: 16 }}>
          <ErrorView
            variant="inline"
            error={retry.error}
            title={t('retryFailed', { name: release.name })}
            onClose={() => retry.reset()}
          />
        </div>
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
      <Panel title={t('summary')}>
        <ReleaseSummary release={release} />
      </Panel>
      <Panel title={t('progress')}>
        <ReleaseProgress release={release} />
      </Panel>
      <Typography.Title level={2} style={{ marginTop: 24, fontSize: 18 }}>
        {t('services', { count: release.services.length })}
      </Typography.Title>
      {release.services.length === 0 && <Typography.Text type="secondary">{t('noServices')}</Typography.Text>}
      {release.services.slice(0, shownServices).map((service) => (
        <ServiceSection
          key={service.serviceName}
          service={service}
          helm={release.type === 'HelmChart'}
          releaseName={release.name}
        />
      ))}
      {deleting && (
        <DeleteReleaseDialog
          target={target}
          strong={
            release.status === 'creating'
              ? { kind: 'creating' }
              : release.production
                ? { kind: 'production', env: release.envName }
                : null
          }
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            deletedRef.current = true;
            setDeleted(true);
            void navigate(listPath);
          }}
        />
      )}
    </article>
  );
}
