/**
 * Reads the wizard needs beyond the shared factories: the project's recent versions (names taken, labels,
 * base versions) and the details of the latest ones (the images they pushed, chart history).
 *
 * The versions are the newest `HISTORY_SIZE` of the server's list (`releaseQueries.list`, the list page's
 * factory: patched and invalidated with it). `VersionHistory.complete` says whether that is the whole
 * project, so that the wizard can say when it looked at only part of the history.
 */
import { queryOptions } from '@tanstack/react-query';
import type { ReleaseSummary } from '../../../api/model';
import type { VersionList } from '../../../api/versions';
import { releaseQueries, versionQuery } from '../queries';

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
  };
}

export const wizardQueries = {
  /** The project's newest versions, as far as the wizard reads them. */
  versions: (projectKey: string) =>
    queryOptions({
      ...releaseQueries.list(projectKey, versionQuery({ size: HISTORY_SIZE })),
      select: toHistory,
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

/** What the name check looked at: the versions read, of the project's total. */
export function nameScope(history: VersionHistory): HistoryScope {
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
