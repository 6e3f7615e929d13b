/**
 * Reads the wizard needs beyond the shared factories: the project's recent versions (names taken, labels,
 * base versions) and the details of the latest ones (the images they pushed, chart history).
 *
 * Every read is bounded. The versions come from the project's version index when a complete one is known
 * (in this tab's cache, or kept in the browser), brought up to date from page 1; otherwise from the
 * newest `HISTORY_WINDOW_PAGES` list pages only. `VersionHistory.complete` says whether that is the whole
 * project, so that the wizard can say when it looked at only part of the history.
 *
 * The read has a key family of its own (`releaseQueries.everyVersionKey`): it is one object, not a page,
 * so nothing that walks the project's list pages ever meets it.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ReleasePage, ReleaseSummary } from '../../../api/model';
import { listReleases } from '../../../api/releases';
import { releaseQueries } from '../queries';
import {
  INDEX_PAGE_SIZE,
  mergeHead,
  windowMeetsKnown,
  type VersionIndex,
} from '../version-index/index-model';
import { loadIndex, type IndexScope } from '../version-index/index-store';
import { versionIndexQueries } from '../version-index/queries';
import type { VersionHistory } from './version-history';

export { isVersionHistory, type VersionHistory } from './version-history';

/** Without a known index, the wizard reads this many list pages of `INDEX_PAGE_SIZE` at most. */
export const HISTORY_WINDOW_PAGES = 2;
/** How many recent Helm versions are read for chart history. */
export const HELM_HISTORY_DEPTH = 10;
/** How many recent versions (any type) are read for the target images they pushed. */
export const PUSHED_HISTORY_DEPTH = 20;

/** How much of the history a check looked at (partial when `checked < total`). */
export interface HistoryScope {
  checked: number;
  total: number;
}

export function isPartial(scope: HistoryScope): boolean {
  return scope.checked < scope.total;
}

export interface HistorySources {
  /** One list page of `INDEX_PAGE_SIZE`, newest first. */
  page: (page: number, signal: AbortSignal) => Promise<ReleasePage>;
  /** The project's complete version index, when one is known (else null). */
  knownIndex: () => Promise<VersionIndex | null>;
}

/**
 * The project's versions within a bounded number of list requests: with a known complete index, page 1
 * onwards until the pages meet versions it knows (new versions go in front, deleted ones leave); without
 * one, or when more than `maxPages` pages are new, the newest `maxPages` pages only.
 */
export async function readVersionHistory(
  sources: HistorySources,
  signal: AbortSignal,
  maxPages = HISTORY_WINDOW_PAGES,
): Promise<VersionHistory> {
  const known = await sources.knownIndex();
  const seen = new Set<string>();
  const window: ReleaseSummary[] = [];
  let total = 0;
  let reachedEnd = false;
  let metKnown = false;
  for (let page = 1; page <= maxPages; page++) {
    const result = await sources.page(page, signal);
    // Pages shift while versions are added: a version seen on the previous page may come again.
    for (const item of result.items) {
      if (!seen.has(item.id)) window.push(item);
      seen.add(item.id);
    }
    total = result.total;
    reachedEnd = result.items.length < INDEX_PAGE_SIZE || page * INDEX_PAGE_SIZE >= result.total;
    if (reachedEnd) break;
    if (known && windowMeetsKnown(known, result.items)) {
      metKnown = true;
      break;
    }
  }
  if (reachedEnd) return { versions: window, total, complete: true };
  if (known && metKnown) {
    const { versions } = mergeHead(known, window, total, false, Date.now()).index;
    return { versions, total, complete: versions.length >= total };
  }
  return { versions: window, total, complete: false };
}

/** A complete index of the project for this scope: the one in the cache, else the one kept in the browser. */
async function knownIndexOf(client: QueryClient, scope: IndexScope): Promise<VersionIndex | null> {
  const cached = client.getQueryData<VersionIndex>(versionIndexQueries.index(scope).queryKey);
  if (cached?.complete) return cached;
  const stored = await loadIndex(scope);
  return stored?.complete ? stored : null;
}

export const wizardQueries = {
  /** The project's versions as far as the wizard reads them (bounded; see `readVersionHistory`). */
  versions: ({ projectKey, host, identity }: IndexScope) =>
    queryOptions({
      queryKey: [...releaseQueries.everyVersionKey(projectKey), { host, identity }] as const,
      queryFn: ({ client, signal }) =>
        readVersionHistory(
          {
            page: (page, s) => listReleases({ projectKey, page, size: INDEX_PAGE_SIZE }, s),
            knownIndex: () => knownIndexOf(client, { projectKey, host, identity }),
          },
          signal,
        ),
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
