/**
 * "The last release before this version" (the rule is lib/previous-release): from the version index
 * when it is complete, otherwise by a bounded read (pages of 100 from the newest, at most
 * `PREVIOUS_MAX_PAGES`) that says whether it looked at the whole history.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReleaseSummary } from '../../../api/model';
import { listReleases } from '../../../api/releases';
import { findReleaseBase, lastReleaseBefore } from '../../../lib/previous-release';
import { INDEX_PAGE_SIZE, previousVersion } from './index-model';
import type { IndexScope } from './index-store';
import { versionIndexQueries } from './queries';
import { useIndexScope } from './use-version-index';

export const PREVIOUS_MAX_PAGES = 10;

export interface PreviousVersion {
  /** The last successful version of the same type before, or null when there is none (or none was found). */
  version: ReleaseSummary | null;
  /** False when the read stopped before the end of the history without finding the version. */
  complete: boolean;
}

/** Reads pages from the newest until the version `name` and the last release before it are both seen. */
export async function findPreviousVersion(
  projectKey: string,
  name: string,
  signal?: AbortSignal,
  maxPages = PREVIOUS_MAX_PAGES,
): Promise<PreviousVersion> {
  let target: ReleaseSummary | null = null;
  for (let page = 1; page <= maxPages; page++) {
    const result = await listReleases({ projectKey, page, size: INDEX_PAGE_SIZE }, signal);
    if (target) {
      const base = lastReleaseBefore(result.items, target);
      if (base) return { version: base, complete: true };
    } else {
      const found = findReleaseBase(result.items, name);
      if (found?.base) return { version: found.base, complete: true };
      target = found?.target ?? null;
    }
    const end = result.items.length < INDEX_PAGE_SIZE || page * INDEX_PAGE_SIZE >= result.total;
    if (end) return { version: null, complete: true };
  }
  return { version: null, complete: false };
}

export const previousVersionQueries = {
  previous: (projectKey: string, name: string) =>
    queryOptions({
      queryKey: [...versionIndexQueries.project(projectKey), 'previous', name] as const,
      queryFn: ({ signal }) => findPreviousVersion(projectKey, name, signal),
      staleTime: 30_000,
    }),
};

/**
 * The last release before the version `name`: at once from a complete index in the cache, else read
 * (bounded). `data.complete` false means only part of the history was looked at.
 */
export function usePreviousVersion(projectKey: string, name: string, enabled = true) {
  const scope = useIndexScope(projectKey);
  const placeholder: IndexScope = { host: '', projectKey, identity: 'memory:none' };
  const index = useQuery({ ...versionIndexQueries.index(scope ?? placeholder), enabled: false });
  const known = index.data?.complete && index.data.versions.some((v) => v.name === name);
  const read = useQuery({ ...previousVersionQueries.previous(projectKey, name), enabled: enabled && !known });
  if (known && index.data) {
    return {
      data: { version: previousVersion(index.data, name), complete: true },
      isPending: false,
      isError: false,
      error: null,
      refetch: read.refetch,
    };
  }
  return {
    data: read.data,
    isPending: read.isPending,
    isError: read.isError,
    error: read.error,
    refetch: read.refetch,
  };
}
