/** Writes into cached release data (always new objects, via setQueryData): status patches and removals. */
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import type { ReleaseDetail, ReleasePage, ReleaseSummary } from '../../api/model';
import { releaseQueries } from './queries';

export interface CacheSnapshot {
  entries: [QueryKey, unknown][];
}

function prefixes(projectKey: string, id: string): QueryKey[] {
  return [
    releaseQueries.lists(projectKey),
    releaseQueries.allVersionsKey(projectKey),
    releaseQueries.detailOf(projectKey, id),
  ];
}

export function snapshot(client: QueryClient, projectKey: string, id: string): CacheSnapshot {
  return {
    entries: prefixes(projectKey, id).flatMap((queryKey) => client.getQueriesData({ queryKey })),
  };
}

export function restore(client: QueryClient, saved: CacheSnapshot | undefined): void {
  saved?.entries.forEach(([key, data]) => client.setQueryData(key, data));
}

function mapPage(page: ReleasePage, fn: (items: ReleaseSummary[]) => ReleaseSummary[]): ReleasePage {
  const items = fn(page.items);
  return { items, total: Math.max(0, page.total - (page.items.length - items.length)) };
}

function updateSummaries(
  client: QueryClient,
  projectKey: string,
  fn: (items: ReleaseSummary[]) => ReleaseSummary[],
): void {
  client.setQueriesData<ReleasePage>({ queryKey: releaseQueries.lists(projectKey) }, (page) =>
    page ? mapPage(page, fn) : page,
  );
  client.setQueriesData<InfiniteData<ReleasePage>>(
    { queryKey: releaseQueries.allVersionsKey(projectKey) },
    (data) => (data ? { ...data, pages: data.pages.map((page) => mapPage(page, fn)) } : data),
  );
}

/** Shows a version with another status everywhere it is cached. */
export function patchStatus(client: QueryClient, projectKey: string, id: string, status: string): void {
  updateSummaries(client, projectKey, (items) =>
    items.map((item) => (item.id === id ? { ...item, status } : item)),
  );
  client.setQueriesData<ReleaseDetail>({ queryKey: releaseQueries.detailOf(projectKey, id) }, (detail) =>
    detail ? { ...detail, status } : detail,
  );
}

/** Takes a deleted version out of every cached list. */
export function removeFromLists(client: QueryClient, projectKey: string, id: string): void {
  updateSummaries(client, projectKey, (items) => items.filter((item) => item.id !== id));
}
