/**
 * "The version created just before this one": from the version index when it is complete, otherwise
 * by a bounded read (pages of 100 from the newest, at most `PREVIOUS_MAX_PAGES`) that says whether it
 * looked at the whole history.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReleaseSummary } from '../../../api/model';
import { listReleases } from '../../../api/releases';
import { INDEX_PAGE_SIZE, previousVersion } from './index-model';
import type { IndexScope } from './index-store';
import { versionIndexQueries } from './queries';
import { useIndexScope } from './use-version-index';

export const PREVIOUS_MAX_PAGES = 10;

export interface PreviousVersion {
  /** The version created just before, or null when there is none (or none was found). */
  version: ReleaseSummary | null;
  /** False when the read stopped before the end of the history without finding the version. */
  complete: boolean;
}

/** Reads pages from the newest until `id` and the version after it are both seen. */
export async function findPreviousVersion(
  projectKey: string,
  id: string,
  signal?: AbortSignal,
  maxPages = PREVIOUS_MAX_PAGES,
): Promise<PreviousVersion> {
  let found = false;
  for (let page = 1; page <= maxPages; page++) {
    const result = await listReleases({ projectKey, page, size: INDEX_PAGE_SIZE }, signal);
    const at = result.items.findIndex((item) => item.id === id);
    if (found) return { version: result.items[0] ?? null, complete: true };
    if (at >= 0 && at + 1 < result.items.length) return { version: result.items[at + 1]!, complete: true };
    found = at >= 0;
    const end = result.items.length < INDEX_PAGE_SIZE || page * INDEX_PAGE_SIZE >= result.total;
    if (end) return { version: null, complete: true };
  }
  return { version: null, complete: false };
}

export const previousVersionQueries = {
  previous: (projectKey: string, id: string) =>
    queryOptions({
      queryKey: [...versionIndexQueries.project(projectKey), 'previous', id] as const,
      queryFn: ({ signal }) => findPreviousVersion(projectKey, id, signal),
      staleTime: 60_000,
    }),
};

/**
 * The version created just before `id`: at once from a complete index in the cache, else read
 * (bounded). `data.complete` false means only part of the history was looked at.
 */
export function usePreviousVersion(projectKey: string, id: string) {
  const scope = useIndexScope(projectKey);
  const placeholder: IndexScope = { host: '', projectKey, identity: 'memory:none' };
  const index = useQuery({ ...versionIndexQueries.index(scope ?? placeholder), enabled: false });
  const known = index.data?.complete && index.data.versions.some((v) => v.id === id);
  const read = useQuery({ ...previousVersionQueries.previous(projectKey, id), enabled: !known });
  if (known && index.data) {
    return {
      data: { version: previousVersion(index.data, id), complete: true },
      isPending: false,
      error: null,
    };
  }
  return { data: read.data, isPending: read.isPending, error: read.error };
}
