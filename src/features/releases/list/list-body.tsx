/**
 * What the list page shows under its filters: notices, then the page of rows, or why there is none (a
 * missing project, an error, an empty project, a page past the end, no match for the filters).
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import type { Project } from '../../../api/model';
import { isOutage } from '../../../api/outage';
import { ErrorView } from '../../../components/api-error';
import { LinkButton } from '../../../components/link-button';
import { ProgressBar } from '../../../components/progress-bar';
import { Paragraph, Text, Title } from '../../../components/plain-text';
import { commonMessages } from '../../../i18n/common';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import type { useCompareSelection } from '../shared/compare-selection';
import { ProjectMissing } from '../shared/project-missing';
import type { useDeleteFlow } from '../shared/use-delete-flow';
import { RetryNotice } from '../shared/retry-news';
import type { useRetryRelease } from '../mutations';
import { listMessages } from './messages';
import { ReleaseTable } from './release-table';
import type { ReleaseRows } from './use-release-rows';
import type { ListState } from './url-state';

export interface ListBodyProps {
  projectKey: string;
  state: ListState;
  data: ReleaseRows;
  /** The server's projects when the list's project is missing, null if not, undefined while unknown. */
  missing: readonly Project[] | null | undefined;
  update: (next: Partial<ListState>) => void;
  retry: ReturnType<typeof useRetryRelease>;
  deleteFlow: ReturnType<typeof useDeleteFlow>;
  selection: ReturnType<typeof useCompareSelection>;
}

export function ListBody(props: ListBodyProps) {
  const { projectKey, state, data, update, retry, deleteFlow, selection } = props;
  const t = useT(listMessages);
  const lastPage = Math.max(1, Math.ceil(data.total / state.size));

  // The versions look missing and the projects are still being read: the table's loading state.
  const checking = props.missing === undefined;
  const table = (
    <ReleaseTable
      projectKey={projectKey}
      rows={data.rows}
      total={data.total}
      page={data.shownPage}
      size={state.size}
      loading={data.loading || checking}
      stale={data.stale}
      filtering={data.filtering}
      onPageChange={(page, size) => update({ page: size === state.size ? page : 1, size })}
      onRetry={(release) => retry.mutate({ projectKey, id: release.id, name: release.name })}
      onDelete={(release) => void deleteFlow.start(release)}
      retryingId={retry.isPending ? retry.variables.id : null}
      checkingId={deleteFlow.checkingId}
      dialogOpen={deleteFlow.open}
      selectedIds={selection.ids}
      onSelect={selection.toggle}
    />
  );
  let body;
  if (props.missing) {
    body = <ProjectMissing projectKey={projectKey} projects={props.missing} />;
  } else if (checking) {
    body = table;
  } else if (data.error && data.rows.length === 0 && !data.loading) {
    body = <ErrorView error={data.error} onRetry={data.refetch} />;
  } else if (data.emptyProject) {
    body = <EmptyProject projectKey={projectKey} />;
  } else if (data.noData && data.total > 0 && state.page > lastPage) {
    body = (
      // The last page first: where a delete of the page's last row (or a shorter list) leaves the user.
      <Empty description={t('empty.page', { page: state.page, pages: lastPage })}>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'center', flexWrap: 'wrap' }}>
          {lastPage > 1 && (
            <Button type="primary" onClick={() => update({ page: lastPage })}>
              {t('empty.toLast', { page: lastPage })}
            </Button>
          )}
          <Button onClick={() => update({ page: 1 })}>{t('empty.toFirst')}</Button>
        </div>
      </Empty>
    );
  } else if (data.noData && data.filtering && data.progress?.done) {
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
    body = table;
  }
  return body;
}

/** A project without versions: say so and offer to create one. */
function EmptyProject({ projectKey }: { projectKey: string }) {
  const t = useT(listMessages);
  const tc = useT(commonMessages);
  const newButton = (
    <LinkButton to={paths.newRelease(projectKey)} type="primary" icon={<PlusOutlined aria-hidden />}>
      {tc('action.newRelease')}
    </LinkButton>
  );
  return (
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
}

/** Above the rows: the server's first pass over the project, a refresh that failed, a retry that failed or was refused. */
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
