/**
 * Reads of the comparison beyond the shared release factories (details come from `releaseQueries`):
 * the version created just before a given one, found with a bounded read of the list.
 * Its own key family ('compare'), so code that updates every cached list never meets it.
 */
import { queryOptions } from '@tanstack/react-query';
import type { ReleaseSummary } from '../../../api/model';
import { listReleases } from '../../../api/releases';

const PAGE_SIZE = 100;
/** How many list pages are read at most to find a version and the one before it. */
export const PREVIOUS_MAX_PAGES = 10;

export interface PreviousParams {
  projectKey: string;
  name: string;
  /** Only a version of the same type counts as the previous one. */
  type: string;
}

/**
 * The list is newest first: the previous version is the first one after `name` with the same type.
 * Reads pages of 100 until both are seen, at most `maxPages`; null when there is none in that range.
 */
export async function findPreviousVersion(
  { projectKey, name, type }: PreviousParams,
  signal?: AbortSignal,
  maxPages = PREVIOUS_MAX_PAGES,
): Promise<ReleaseSummary | null> {
  let seen = false;
  for (let page = 1; page <= maxPages; page++) {
    const result = await listReleases({ projectKey, page, size: PAGE_SIZE }, signal);
    for (const item of result.items) {
      if (seen && item.type === type && item.name !== name) return item;
      if (item.name === name) seen = true;
    }
    if (result.items.length === 0 || page * PAGE_SIZE >= result.total) return null;
  }
  return null;
}

export const compareQueries = {
  all: () => ['compare'] as const,
  previous: ({ projectKey, name, type }: PreviousParams) =>
    queryOptions({
      queryKey: [...compareQueries.all(), 'previous', projectKey, name, type] as const,
      queryFn: ({ signal }) => findPreviousVersion({ projectKey, name, type }, signal),
      staleTime: 30_000,
    }),
};
