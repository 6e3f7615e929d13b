/**
 * `/projects/:projectKey/releases/new`: reads what the wizard starts from (project, registries, the
 * project's versions, the base version of `?from=`, recent Helm versions for chart history), then opens
 * the wizard. `?type=k8s|helm` overrides the project's type; `?from=<id>&name=<name>` starts from that
 * version so that only a new name is needed.
 *
 * Once the wizard is open it stays mounted with what it was built from, whatever happens to the reads
 * behind it (a sign-out resets them, a new token re-keys them, a refused token fails them): the
 * half-filled form, its step and a Create in flight live in it. A read that fails then shows above it.
 */
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Registry, ReleaseDetail, ReleaseSummary } from '../../../api/model';
import { isNotFound } from '../../../components/api-error';
import { useLastDefined } from '../../../lib/use-last-defined';
import { isMissingProject, ProjectMissing } from '../shared/project-missing';
import { projectQueries } from '../shared/project-queries';
import { releaseQueries } from '../queries';
import { CreateHeader, Loading, ReadFailure } from './create-page-parts';
import { CreateWizard, type WizardScopes } from './create-wizard';
import { chartHistory, chartRepoSuggestions, helmRegistrySuggestion, labelSuggestions } from './history';
import {
  chartScope,
  indexScope,
  overwriteScope,
  recentHelmVersions,
  versionsToRead,
  wizardQueries,
  type VersionHistory,
} from './wizard-queries';
import { initialForm, typeFromParam } from './form-model';
import { readingsOf } from './use-target-safety';

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
  const none = { checked: 0, total: 0 };
  if (!history) return { names: none, charts: none, overwrites: none };
  return {
    names: indexScope(history.progress),
    charts: chartScope(history),
    overwrites: overwriteScope(history, new Set(details.map((d) => d.id))),
  };
}

export function CreateReleasePage() {
  const { projectKey = '' } = useParams();
  const [search] = useSearchParams();
  const fromId = search.get('from') ?? '';
  // What is kept for the open wizard belongs to one project and base version.
  return <CreatePage key={`${projectKey}:${fromId}`} projectKey={projectKey} fromId={fromId} />;
}

function CreatePage({ projectKey, fromId }: { projectKey: string; fromId: string }) {
  const [search] = useSearchParams();
  const [started, setStarted] = useState(false);
  const typeParam = typeFromParam(search.get('type'));

  const projects = useQuery(projectQueries.list());
  const registries = useQuery(projectQueries.registries());
  const versions = useQuery(wizardQueries.versions(projectKey));
  const versionsData = useLastDefined(versions.data);
  const projectList = useLastDefined(projects.data);
  const registryList = useLastDefined(registries.data);
  const versionList = versionsData?.versions ?? NO_VERSIONS;
  const { base, baseData } = useBaseVersion(projectKey, fromId, search.get('name') ?? undefined);
  const hints = useHistoryHints({ projectKey, versionList, baseData, registryList });
  const { recent, helmSettled, history, chartRepos, readings, labels, registryHint } = hints;
  const scopes = useMemo(() => scopesOf(versionsData, recent.data), [versionsData, recent.data]);
  const project = projectList?.find((p) => p.key === projectKey);

  // As on the list page: a project the server does not list, with no versions (or none at all: a 404),
  // does not exist (or the token cannot see it). Its other reads would only fail one by one.
  const missing =
    !started &&
    isMissingProject(projectList, projectKey, {
      empty: versionsData !== undefined && versionList.length === 0,
      error: versions.error,
    });
  // A 404 for the versions waits for the project list, which says whether the project is missing.
  const versionsGone = isNotFound(versions.error) && !project;
  const failed = [projects, registries, ...(versionsGone ? [] : [versions]), base].find((q) => q.isError);
  const failure = failed && (
    <ReadFailure
      query={failed}
      inline={started}
      baseGone={failed === base && isNotFound(base.error) ? search.get('name') || fromId : null}
      projectKey={projectKey}
    />
  );
  const page = (body: ReactNode) => (
    <>
      <CreateHeader projectKey={projectKey} projectName={project?.name} />
      {body}
    </>
  );
  if (missing && projectList) return <ProjectMissing projectKey={projectKey} projects={projectList} />;
  if (failed && !started) return page(failure);
  // Chart history is awaited for the first render only: later reads (e.g. after Create refreshed the
  // lists) must not unmount the wizard.
  const ready =
    projectList && registryList && versionsData && (fromId === '' || baseData) && (helmSettled || started);
  if (ready && !started) setStarted(true);
  if (!ready) return page(<Loading />);
  const initial = initialForm({
    project,
    registries: registryList,
    type: typeParam,
    base: fromId ? baseData : undefined,
    history,
    chartRepos,
    helmRegistry: registryHint,
  });
  return page(
    <>
      {failure}
      <CreateWizard
        projectKey={projectKey}
        project={project}
        registries={registryList}
        versions={versionsData.versions}
        history={history}
        pushed={readings.pushed}
        usedCharts={readings.charts}
        scopes={scopes}
        registryHint={registryHint}
        labelOptions={labels}
        chartRepoOptions={chartRepos}
        initial={initial}
      />
    </>,
  );
}

/** `?from=`: the version the new one starts from (read once, not polled). */
function useBaseVersion(projectKey: string, fromId: string, fromName: string | undefined) {
  const base = useQuery({
    ...releaseQueries.detail({ projectKey, id: fromId, name: fromName }),
    enabled: fromId !== '',
    refetchInterval: false,
  });
  return { base, baseData: useLastDefined(base.data) };
}

interface HintSources {
  projectKey: string;
  versionList: readonly ReleaseSummary[];
  baseData: ReleaseDetail | undefined;
  registryList: readonly Registry[] | undefined;
}

/**
 * What the versions already read suggest to the wizard (chart history, labels, registry, the images and
 * chart versions they push); reads the details of recent versions too. The wizard reads them again
 * before Create (`useHistoryRecheck` in `wizard-queries.ts`) through the same queries, so what it finds shows here.
 */
function useHistoryHints({ projectKey, versionList, baseData, registryList }: HintSources) {
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
  const readings = useMemo(
    () => readingsOf(baseData ? [...recent.data, baseData] : recent.data),
    [recent.data, baseData],
  );
  const labels = useMemo(() => labelSuggestions(versionList), [versionList]);
  const registryHint = useMemo(
    () => helmRegistrySuggestion(helmDetails, registryList ?? []),
    [helmDetails, registryList],
  );
  return { recent, helmSettled, history, chartRepos, readings, labels, registryHint };
}
