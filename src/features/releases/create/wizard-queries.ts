/**
 * Reads the wizard needs beyond the shared factories: every version of the project (names taken, labels,
 * base versions) and the details of the latest Helm versions (chart repositories and chart versions).
 * The versions read has a key family of its own (`releaseQueries.everyVersionKey`): it is one array, not
 * a page, so nothing that walks the project's list pages ever meets it.
 */
import { queryOptions } from '@tanstack/react-query';
import type { ReleaseSummary } from '../../../api/model';
import { listReleases } from '../../../api/releases';
import { releaseQueries } from '../queries';

const PAGE_SIZE = 100;
const MAX_PAGES = 20;
/** How many recent Helm versions are read for chart history. */
export const HELM_HISTORY_DEPTH = 10;

async function listEveryVersion(projectKey: string, signal: AbortSignal): Promise<ReleaseSummary[]> {
  const out: ReleaseSummary[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await listReleases({ projectKey, page, size: PAGE_SIZE }, signal);
    out.push(...result.items);
    if (result.items.length === 0 || page * PAGE_SIZE >= result.total) break;
  }
  return out;
}

export const wizardQueries = {
  /** Every version of the project (up to 2000), newest first. */
  versions: (projectKey: string) =>
    queryOptions({
      queryKey: releaseQueries.everyVersionKey(projectKey),
      queryFn: ({ signal }) => listEveryVersion(projectKey, signal),
      staleTime: 5_000,
    }),
};

/** How many recent versions (any type) are read for the target images they pushed. */
export const PUSHED_HISTORY_DEPTH = 20;

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
