import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { LinkButton } from '../../../components/link-button';
import { ProgressBar } from '../../../components/progress-bar';
import type { ReleaseSummary } from '../../../api/model';
import { ErrorView } from '../../../components/api-error';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { forgetProject, rememberProject } from '../shared/last-project';
import { projectQueries } from '../shared/project-queries';
import { CompareBar, useCompareSelection } from '../shared/compare-selection';
import { useRetryRelease } from '../mutations';
import { useVersionStream } from '../use-version-stream';
import { retryNews } from '../retry-refusal';
import { RetryNews } from '../shared/retry-news';
import { sharedMessages } from '../shared/messages';
import { useDeleteFlow } from '../shared/use-delete-flow';
import { ListFiltersBar } from './list-filters';
import { listMessages } from './messages';
import { ReleaseTable } from './release-table';
import { isOutage } from '../../../api/outage';
import { isMissingProject, ProjectMissing } from '../shared/project-missing';
import { useReleaseRows } from './use-release-rows';
import {
  hasFilters,
  parseListState,
  serializeListState,
  type ListFilters,
  type ListState,
} from './url-state';
import { Paragraph, Text, Title } from '../../../components/plain-text';
import { useStableHandler } from '../../../lib/use-stable-handler';

/** `/projects/:projectKey/releases`: the paginated, filterable version list. */
export function ReleaseListPage() {
  const { projectKey = '' } = useParams();
  return <ReleaseList key={projectKey} projectKey={projectKey} />;
}

function ReleaseList({ projectKey }: { projectKey: string }) {
  const t = useT(listMessages);
  const tc = useT(commonMessages);
  const ts = useT(sharedMessages);
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseListState(searchParams), [searchParams]);
  const poll = useVersionStream(projectKey);
  const data = useReleaseRows(projectKey, state, poll);
  const projects = useQuery(projectQueries.list());
  const retry = useRetryRelease();
  const [retryFailure, setRetryFailure] = useState<{ id: string; name: string; error: unknown } | null>(null);
  const deleteFlow = useDeleteFlow(projectKey);
  const selection = useCompareSelection();

  // flushSync: a page of rows already in the cache shows in the same frame, instead of in a
  // time-sliced transition that a busy machine stretches to half a second. A filter or page change
  // is the same page: it keeps its scroll (a new page opens at its top, see ScrollRestoration).
  const update = (next: Partial<ListState>, replace = false) => {
    const merged = { ...state, ...next };
    setSearchParams(serializeListState(merged), { replace, flushSync: true, preventScrollReset: true });
  };
  const onFilters = useStableHandler((next: Partial<ListFilters>) =>
    update({ ...next, page: 1 }, 'q' in next),
  );

  const onRetry = (release: ReleaseSummary) => {
    setRetryFailure(null);
    retry.mutate(
      { projectKey, id: release.id, name: release.name },
      { onError: (error) => setRetryFailure({ id: release.id, name: release.name, error }) },
    );
  };

  const newButton = (
    <LinkButton to={paths.newRelease(projectKey)} type="primary" icon={<PlusOutlined aria-hidden />}>
      {tc('action.newRelease')}
    </LinkButton>
  );

  const filtering = hasFilters(state);
  const noData = !data.loading && data.rows.length === 0;
  const lastPage = Math.max(1, Math.ceil(data.total / state.size));

  const emptyProject = noData && !filtering && data.total === 0 && !data.stale && !data.error;
  const missing = isMissingProject(projects.data, projectKey, { empty: emptyProject, error: data.error });
  // `/` reopens the last project: never one that does not exist.
  useEffect(() => {
    if (missing) forgetProject(projectKey);
    else rememberProject(projectKey);
  }, [missing, projectKey]);
  let body;
  if (missing) {
    body = <ProjectMissing projectKey={projectKey} projects={projects.data ?? []} />;
  } else if (data.error && data.rows.length === 0 && !data.loading) {
    body = <ErrorView error={data.error} onRetry={data.refetch} />;
  } else if (emptyProject) {
    body = (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <>
            <Title level={2} style={{ fontSize: 16 }}>
              {t('empty.project', { project: projectKey })}
            </Title>
            <Text type="secondary">{t('empty.projectHint')}</Text>
          </>
        }
      >
        {newButton}
      </Empty>
    );
  } else if (noData && data.total > 0 && state.page > lastPage) {
    body = (
      <Empty description={t('empty.page', { page: state.page, pages: lastPage })}>
        <Button onClick={() => update({ page: 1 })}>{t('empty.toFirst')}</Button>
      </Empty>
    );
  } else if (noData && filtering && data.progress?.done) {
    body = (
      // One "Clear filters": the filters bar's, where it always is.
      <Empty
        description={
          <>
            <Paragraph style={{ marginBottom: 4 }}>{t('empty.filtered')}</Paragraph>
            <Text type="secondary">{t('empty.filteredHint')}</Text>
          </>
        }
      />
    );
  } else {
    body = (
      <ReleaseTable
        projectKey={projectKey}
        rows={data.rows}
        total={data.total}
        page={data.shownPage}
        size={state.size}
        loading={data.loading}
        stale={data.stale}
        filtering={filtering}
        onPageChange={(page, size) => update({ page: size === state.size ? page : 1, size })}
        onRetry={onRetry}
        onDelete={(release) => void deleteFlow.start(release)}
        retryingId={retry.isPending ? (retry.variables?.id ?? null) : null}
        checkingId={deleteFlow.checkingId}
        dialogOpen={deleteFlow.open}
        selectedIds={selection.ids}
        onSelect={selection.toggle}
      />
    );
  }

  return (
    <section aria-labelledby="release-list-title">
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, marginBottom: 16, flexWrap: 'wrap' }}>
        <div style={{ flex: 1, minWidth: 200 }}>
          <Title level={1} id="release-list-title" style={{ margin: 0, fontSize: 24 }}>
            {t('title')}
          </Title>
          <Text type="secondary">{t('subtitle', { project: projectKey })}</Text>
        </div>
      </div>
      {!emptyProject && <ListFiltersBar filters={state} labels={data.labels} onChange={onFilters} />}
      {data.progress && !data.progress.done && !data.error && (
        <div role="status" style={{ marginBottom: 12 }}>
          <Text type="secondary">
            {t('filter.loading', { loaded: data.progress.loaded, total: data.progress.total })}
          </Text>
          <ProgressBar
            value={data.progress.loaded}
            max={data.progress.total}
            label={t('filter.loading', { loaded: data.progress.loaded, total: data.progress.total })}
          />
        </div>
      )}
      {data.error !== null && data.rows.length > 0 && !isOutage(data.error) && (
        <div style={{ marginBottom: 12 }}>
          <ErrorView variant="inline" error={data.error} title={t('refreshFailed')} onRetry={data.refetch} />
        </div>
      )}
      {retryFailure && retryNews(retryFailure.error) && (
        <RetryNews
          error={retryFailure.error}
          name={retryFailure.name}
          status={data.rows.find((row) => row.id === retryFailure.id)?.status}
        />
      )}
      {retryFailure && !retryNews(retryFailure.error) && (
        <div style={{ marginBottom: 12 }}>
          <ErrorView
            variant="inline"
            error={retryFailure.error}
            title={ts('retry.failed', { name: retryFailure.name })}
            onClose={() => setRetryFailure(null)}
          />
        </div>
      )}
      {data.rows.length > 0 && (
        <CompareBar
          projectKey={projectKey}
          selected={selection.selected}
          refused={selection.refused}
          rows={data.rows}
          onClear={selection.clear}
        />
      )}
      {body}
      {deleteFlow.dialog}
    </section>
  );
}
