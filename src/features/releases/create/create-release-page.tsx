/**
 * `/projects/:projectKey/releases/new`: reads what the wizard starts from (project, registries, the
 * project's versions, the base version of `?from=`, recent Helm versions for chart history), then opens
 * the wizard. `?type=k8s|helm` overrides the project's type; `?from=<id>&name=<name>` starts from that
 * version so that only a new name is needed.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ReleaseDetail, ReleaseSummary } from '../../../api/model';
import { ErrorView } from '../../../components/api-error';
import { useT } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { projectQueries } from '../../projects/queries';
import { releaseQueries } from '../queries';
import { CreateWizard, type WizardScopes } from './create-wizard';
import { useIndexScope } from '../version-index/use-version-index';
import { chartHistory, chartRepoSuggestions, helmRegistrySuggestion, labelSuggestions } from './history';
import { initialForm, typeFromParam } from './initial-form';
import { createMessages } from './messages';
import { pushedTargets } from './pushed-targets';
import {
  nameScope,
  overwriteScope,
  recentHelmVersions,
  versionsToRead,
  wizardQueries,
  type VersionHistory,
} from './wizard-queries';

/** Stable (module-level) so react-query keeps the combined result until a detail changes. */
function combineDetails(results: UseQueryResult<ReleaseDetail>[]) {
  return {
    pending: results.map((q) => q.isPending),
    data: results.flatMap((q) => (q.data ? [q.data] : [])),
  };
}

const NO_VERSIONS: ReleaseSummary[] = [];

/** How much of the project's history each check looked at. */
function scopesOf(history: VersionHistory | undefined, details: readonly ReleaseDetail[]): WizardScopes {
  if (!history) return { names: { checked: 0, total: 0 }, overwrites: { checked: 0, total: 0 } };
  return {
    names: nameScope(history),
    overwrites: overwriteScope(history, new Set(details.map((d) => d.id))),
  };
}

export function CreateReleasePage() {
  const t = useT(createMessages);
  const { projectKey = '' } = useParams();
  const [search] = useSearchParams();
  const fromId = search.get('from') ?? '';
  const [started, setStarted] = useState(false);
  const fromName = search.get('name') ?? undefined;
  const typeParam = typeFromParam(search.get('type'));

  const projects = useQuery(projectQueries.list());
  const registries = useQuery(projectQueries.registries());
  // The version index of this project, host and token, when one is known, spares most list reads.
  const scope = useIndexScope(projectKey);
  const versions = useQuery({
    ...wizardQueries.versions(scope ?? { host: '', projectKey, identity: 'memory:none' }),
    enabled: scope !== null,
  });
  const versionList = versions.data?.versions ?? NO_VERSIONS;
  const base = useQuery({
    ...releaseQueries.detail({ projectKey, id: fromId, name: fromName }),
    enabled: fromId !== '',
    refetchInterval: false,
  });
  const toRead = versionsToRead(versionList);
  // Failed detail reads only make the suggestions and the overwrite check poorer; they do not stop the
  // wizard.
  const recent = useQueries({
    // Read once for the suggestions and the overwrite check: not polled like an open detail page.
    queries: toRead.map((v) => ({
      ...releaseQueries.detail({ projectKey, id: v.id, name: v.name }),
      refetchInterval: false as const,
      refetchOnWindowFocus: false,
    })),
    combine: combineDetails,
  });
  const helmIds = useMemo(() => new Set(recentHelmVersions(versionList).map((v) => v.id)), [versionList]);
  // The wizard opens once chart history is known (it fills the first chart versions); the images other
  // versions pushed are checked as their details arrive.
  const helmSettled = toRead.every((v, i) => !helmIds.has(v.id) || !recent.pending[i]);
  const helmDetails = useMemo(() => recent.data.filter((d) => helmIds.has(d.id)), [recent.data, helmIds]);
  const history = useMemo(() => chartHistory(helmDetails), [helmDetails]);
  const chartRepos = useMemo(() => chartRepoSuggestions(helmDetails), [helmDetails]);
  const pushed = useMemo(
    () => pushedTargets(base.data ? [...recent.data, base.data] : recent.data),
    [recent.data, base.data],
  );
  const labels = useMemo(() => labelSuggestions(versionList), [versionList]);
  const registryHint = useMemo(
    () => helmRegistrySuggestion(helmDetails, registries.data ?? []),
    [helmDetails, registries.data],
  );
  const scopes = useMemo(() => scopesOf(versions.data, recent.data), [versions.data, recent.data]);
  const project = projects.data?.find((p) => p.key === projectKey);

  const header = (
    <div style={{ marginBottom: 16 }}>
      <Link to={paths.releases(projectKey)}>
        <ArrowLeftOutlined /> {t('backToList')}
      </Link>
      <Typography.Title level={1} style={{ margin: '4px 0 0', fontSize: 24 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('subtitle', { project: project?.name ?? projectKey })}
      </Typography.Text>
    </div>
  );

  const failed = [projects, registries, versions, base].find((q) => q.isError);
  if (failed) {
    return (
      <>
        {header}
        <ErrorView error={failed.error} onRetry={() => void failed.refetch()} />
      </>
    );
  }
  // Chart history is awaited for the first render only: later reads (e.g. after Create refreshed the
  // lists) must not unmount the wizard.
  const ready =
    projects.data &&
    registries.data &&
    versions.data &&
    (fromId === '' || base.data) &&
    (helmSettled || started);
  if (ready && !started) setStarted(true);
  if (!ready) {
    return (
      <>
        {header}
        <div role="status" aria-label={t('loading')}>
          <Skeleton active paragraph={{ rows: 8 }} />
        </div>
      </>
    );
  }
  const initial = initialForm({
    project,
    registries: registries.data,
    type: typeParam,
    base: fromId ? base.data : undefined,
    history,
    chartRepos,
    helmRegistry: registryHint,
  });
  return (
    <>
      {header}
      <CreateWizard
        key={`${projectKey}:${fromId}`}
        projectKey={projectKey}
        project={project}
        registries={registries.data}
        versions={versions.data.versions}
        history={history}
        pushed={pushed}
        scopes={scopes}
        registryHint={registryHint}
        labelOptions={labels}
        chartRepoOptions={chartRepos}
        initial={initial}
      />
    </>
  );
}
