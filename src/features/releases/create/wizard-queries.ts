/**
 * Reads the wizard needs beyond the shared factories: the project's recent versions (labels, base
 * versions), the details of the latest ones (the images they pushed, chart history), and whether a name
 * is taken anywhere in the project.
 *
 * The versions are the newest `HISTORY_SIZE` of the server's list (`releaseQueries.list`, the list page's
 * factory: patched and invalidated with it). `VersionHistory.complete` says whether that is the whole
 * project, so that the wizard can say when it looked at only part of the history. The name check asks
 * the server's list for the name (`q`), so it covers every version the server has read of the project
 * (`progress`); its key is under `releaseQueries.project`, so every write marks it stale.
 */
import { queryOptions, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ReleaseSummary, ReleaseDetail } from '../../../api/model';
import { listVersions, type IndexProgress, type VersionList } from '../../../api/versions';
import { releaseQueries, versionQuery } from '../queries';
import { useEffect } from 'react';
import { mergeReadings, readingsOf, type HistoryReadings } from './use-target-safety';

/** The wizard reads the newest this many versions (one request). */
export const HISTORY_SIZE = 100;
/** How many recent Helm versions are read for chart history. */
export const HELM_HISTORY_DEPTH = 10;
/** How many recent versions (any type) are read for the target images they pushed. */
export const PUSHED_HISTORY_DEPTH = 20;

/** The versions the wizard looked at, newest first, and whether they are the whole project. */
export interface VersionHistory {
  versions: ReleaseSummary[];
  /** How many versions the project has (the server's own count). */
  total: number;
  /** `versions` is every version of the project. */
  complete: boolean;
  /** How much of the project the server had read when it answered. */
  progress: IndexProgress;
}

/** How much of the history a check looked at (partial when `checked < total`). */
export interface HistoryScope {
  checked: number;
  total: number;
}

export function isPartial(scope: HistoryScope): boolean {
  return scope.checked < scope.total;
}

export function toHistory(list: VersionList): VersionHistory {
  return {
    versions: list.items,
    total: list.total,
    complete: list.progress.done && list.items.length >= list.total,
    progress: list.progress,
  };
}

/** What a list answer says a name check covered: every version the server has read of the project. */
export function indexScope(progress: IndexProgress): HistoryScope {
  return {
    checked: progress.done ? progress.total : Math.min(progress.loaded, progress.total),
    total: progress.total,
  };
}

/** The name check reads the versions whose names contain the name, this many a page… */
export const NAME_CHECK_SIZE = 50;
/** …and at most this many pages (a short name many versions contain). */
export const NAME_CHECK_PAGES = 10;

export interface NameCheck {
  /** The name asked about (trimmed, as the form sends it). */
  name: string;
  /** A version of the project has exactly this name. */
  taken: boolean;
  /** How many of the project's versions the answer covers. */
  scope: HistoryScope;
  /** The server had read the whole project: asking again gives no more. */
  done: boolean;
}

/**
 * Is `name` taken? Zadig refuses a create whose name a version of the project already has, exactly as
 * written: a unique MongoDB index on (project, version), compared case-sensitively (Zadig's
 * pkg/microservice/aslan/core/delivery/service/version_v2.go, `version already exist` on a duplicate
 * key). The server's `q` matches case-insensitively anywhere in the name, so its matches are looked
 * through for the exact name, newest first, a page at a time.
 */
export async function checkName(projectKey: string, name: string, signal?: AbortSignal): Promise<NameCheck> {
  let list: VersionList | undefined;
  for (let page = 1; page <= NAME_CHECK_PAGES; page++) {
    list = await listVersions(projectKey, versionQuery({ q: name, size: NAME_CHECK_SIZE, page }), signal);
    const done = list.progress.done;
    if (list.items.some((v) => v.name === name))
      return { name, taken: true, scope: indexScope(list.progress), done };
    if (list.items.length < NAME_CHECK_SIZE || page * NAME_CHECK_SIZE >= list.total)
      return { name, taken: false, scope: indexScope(list.progress), done };
  }
  // Matches beyond the pages read were not looked at: they do not count as checked.
  const last = list!;
  const unread = last.total - NAME_CHECK_SIZE * NAME_CHECK_PAGES;
  const read = indexScope(last.progress);
  return {
    name,
    taken: false,
    scope: { checked: Math.max(0, read.checked - unread), total: read.total },
    done: last.progress.done,
  };
}

export const wizardQueries = {
  /** The read behind `versions`, as the server answers it (what the wizard reads again before Create). */
  history: (projectKey: string) => releaseQueries.list(projectKey, versionQuery({ size: HISTORY_SIZE })),
  /** The project's newest versions, as far as the wizard reads them. */
  versions: (projectKey: string) =>
    queryOptions({
      ...wizardQueries.history(projectKey),
      select: toHistory,
      staleTime: 5_000,
    }),
  /**
   * Whether `name` is taken, read again every `every` ms while the server is still reading the project
   * (its answer then covers only part of it).
   */
  nameCheck: (projectKey: string, name: string, every: number) =>
    queryOptions({
      queryKey: [...releaseQueries.project(projectKey), 'name-check', name] as const,
      queryFn: ({ signal }) => checkName(projectKey, name, signal),
      refetchInterval: (query) => (query.state.data && !query.state.data.done ? every : false),
      staleTime: 5_000,
    }),
};

/**
 * The versions whose details the wizard reads: the latest ones (the images they pushed) and the latest
 * Helm ones (chart history), each once.
 */
export function versionsToRead(versions: readonly ReleaseSummary[]): ReleaseSummary[] {
  const out = new Map<string, ReleaseSummary>();
  for (const v of [...versions.slice(0, PUSHED_HISTORY_DEPTH), ...recentHelmVersions(versions)])
    out.set(v.id, v);
  return [...out.values()];
}

/** The latest Helm versions, whose details give chart history. */
export function recentHelmVersions(versions: readonly ReleaseSummary[]): ReleaseSummary[] {
  return versions.filter((v) => v.type === 'HelmChart').slice(0, HELM_HISTORY_DEPTH);
}

/** What the chart suggestions looked at: the versions read, of the project's total. */
export function chartScope(history: VersionHistory): HistoryScope {
  return { checked: history.complete ? history.total : history.versions.length, total: history.total };
}

/**
 * What the overwrite check looked at: the latest versions whose details were read (a version whose
 * detail could not be read counts as not looked at), of the project's total.
 */
export function overwriteScope(history: VersionHistory, readIds: ReadonlySet<string>): HistoryScope {
  const latest = history.versions.slice(0, PUSHED_HISTORY_DEPTH);
  let checked = 0;
  for (const v of latest) {
    if (!readIds.has(v.id)) break;
    checked++;
  }
  const all = history.complete && checked === history.versions.length;
  return { checked: all ? history.total : checked, total: history.total };
}

/**
 * Reads the project's history again before a version is created (on reaching Review and when Create is
 * pressed): another tab or user may have created a version since the wizard opened, pushing the chart
 * versions or target images this one would push. The newest versions are read again (`staleTime: 0`);
 * a detail already in the cache is not (what a version pushes is fixed when it is created). The page's
 * own reads share these queries, so they show what is found (the warning, the suggestions).
 */
export async function readHistoryAgain(client: QueryClient, projectKey: string): Promise<HistoryReadings> {
  const list = await client.fetchQuery({ ...wizardQueries.history(projectKey), staleTime: 0 });
  const reads = versionsToRead(toHistory(list).versions).map((v) =>
    client.fetchQuery({
      ...releaseQueries.detail({ projectKey, id: v.id, name: v.name }),
      staleTime: Infinity,
    }),
  );
  // A detail that cannot be read only makes the check poorer, as when the wizard opened.
  const details = (await Promise.allSettled(reads)).flatMap((r) =>
    r.status === 'fulfilled' ? [r.value] : ([] as ReleaseDetail[]),
  );
  return readingsOf(details);
}

/**
 * Reads the history again each time `onReview` becomes true, for the page to show. The function returned
 * does too (Create), and resolves to what the wizard read before with what it read now on top, or to
 * what it read before when the history cannot be read now (Create then goes on, as it would have).
 */
export function useHistoryRecheck(projectKey: string, before: HistoryReadings, onReview: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    if (onReview) readHistoryAgain(client, projectKey).catch(() => undefined);
  }, [onReview, client, projectKey]);
  return () =>
    readHistoryAgain(client, projectKey).then(
      (again) => mergeReadings(before, again),
      () => before,
    );
}
