import { useEffect, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { rememberList } from '../shared/last-project';
import { CompareBar, useCompareSelection } from '../shared/compare-selection';
import { useRetryRelease } from '../mutations';
import { useVersionStream } from '../use-version-stream';
import { useDeleteFlow } from '../shared/use-delete-flow';
import { ListBody, ListNotices } from './list-body';
import { ListFiltersBar } from './list-filters';
import { listMessages } from './messages';
import { useMissingProject } from '../shared/project-missing';
import { useReleaseRows } from './use-release-rows';
import { parseListState, serializeListState, type ListFilters, type ListState } from './url-state';
import { Text, Title } from '../../../components/plain-text';
import { useStableHandler } from '../../../lib/use-stable-handler';

/** `/projects/:projectKey/releases`: the paginated, filterable version list. */
export function ReleaseListPage() {
  const { projectKey = '' } = useParams();
  return <ReleaseList key={projectKey} projectKey={projectKey} />;
}

function ReleaseList({ projectKey }: { projectKey: string }) {
  const t = useT(listMessages);
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseListState(searchParams), [searchParams]);
  const poll = useVersionStream(projectKey);
  const data = useReleaseRows(projectKey, state, poll);
  const retry = useRetryRelease();
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

  const missing = useMissingProject(projectKey, { empty: data.emptyProject, error: data.error });
  // "Back to versions" on other pages returns to this page of the list, with these filters.
  const search = serializeListState(state).toString();
  useEffect(() => rememberList(projectKey, search), [projectKey, search]);

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
      {!data.emptyProject && <ListFiltersBar filters={state} labels={data.labels} onChange={onFilters} />}
      <ListNotices data={data} retry={retry} />
      {data.rows.length > 0 && <CompareBar projectKey={projectKey} selection={selection} rows={data.rows} />}
      <ListBody
        projectKey={projectKey}
        state={state}
        data={data}
        missing={missing}
        update={update}
        retry={retry}
        deleteFlow={deleteFlow}
        selection={selection}
      />
      {deleteFlow.dialog}
    </section>
  );
}
