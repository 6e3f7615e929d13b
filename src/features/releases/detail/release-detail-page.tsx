import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ReleaseDetail } from '../../../api/model';
import { Panel } from '../../../components/panel';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { listPath as listOf } from '../shared/last-project';
import { ProjectMissing, useMissingProject } from '../shared/project-missing';
import { useRetryRelease } from '../mutations';
import { DeleteReleaseDialog, strongReason } from '../shared/delete-release-dialog';
import { DetailHeader } from './detail-header';
import { DetailLoadError, DetailLoading, DetailNotices } from './detail-notices';
import { detailMessages } from './messages';
import { ReleaseProgress } from './release-progress';
import { ReleaseSummary } from './release-summary';
import { ServiceList } from './service-section';
import { useDetailQuery, useFinishNotice, useProgressiveCount } from './detail-hooks';

/** `/projects/:projectKey/releases/:id?name=`: one version, live while it is being created. */
export function ReleaseDetailPage() {
  const { projectKey = '', id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const name = searchParams.get('name') ?? undefined;
  return <ReleaseDetailView key={`${projectKey}/${id}`} projectKey={projectKey} id={id} name={name} />;
}

function ReleaseDetailView({ projectKey, id, name }: { projectKey: string; id: string; name?: string }) {
  const t = useT(detailMessages);
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  const { query, markDeleted } = useDetailQuery(projectKey, id, name);
  const release = query.data;
  const retry = useRetryRelease();
  const shownServices = useProgressiveCount(release?.services.length ?? 0);

  // As on the list page: a project that does not exist is said so, not that it has no such version.
  const missing = useMissingProject(projectKey, { empty: false, error: release ? null : query.error });
  useFinishNotice(release?.status, release?.name ?? name ?? id);

  const listPath = listOf(projectKey);
  const back = (
    <Link to={listPath}>
      <ArrowLeftOutlined aria-hidden /> {t('back')}
    </Link>
  );

  if (query.isPending || missing === undefined) return <DetailLoading back={back} />;
  if (missing) return <ProjectMissing projectKey={projectKey} projects={missing} />;
  if (query.isError && !release) {
    return (
      <DetailLoadError
        error={query.error}
        onRetry={() => void query.refetch()}
        projectKey={projectKey}
        version={name ?? id}
        listPath={listPath}
        back={back}
      />
    );
  }
  if (!release) return null;
  const own = ownAddress(release, projectKey, id);
  if (own) return <Navigate replace to={own} />;

  const target = { projectKey, id, name: release.name };
  return (
    <article aria-labelledby="release-title">
      {back}
      <DetailHeader
        release={release}
        projectKey={projectKey}
        retrying={retry.isPending}
        onRetry={() => retry.mutate(target)}
        onDelete={() => setDeleting(true)}
      />
      <DetailNotices release={release} retry={retry} query={query} listPath={listPath} />
      <Panel title={t('summary')}>
        <ReleaseSummary release={release} />
      </Panel>
      <Panel title={t('progress')}>
        <ReleaseProgress release={release} />
      </Panel>
      <ServiceList release={release} shown={shownServices} />
      {deleting && (
        <DeleteReleaseDialog
          target={target}
          strong={strongReason(release)}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            markDeleted();
            void navigate(listPath);
          }}
        />
      )}
    </article>
  );
}

/**
 * The version's own address when the page's is not it, else null. The id belongs to another project
 * than the URL says: it is shown under its own project (its header, its actions), never under the URL's.
 * The version is read by name: when the address's id is not its id (a link whose version was deleted and
 * made again, or a wrong one), the address takes the version's own, so that Delete, Retry and Copy link
 * act on the version shown, never on another one.
 */
function ownAddress(release: ReleaseDetail, projectKey: string, id: string): string | null {
  const ownId = release.id || id;
  const ownProject = release.projectKey || projectKey;
  if (ownProject === projectKey && ownId === id) return null;
  return paths.release(ownProject, ownId, new URLSearchParams({ name: release.name }));
}
