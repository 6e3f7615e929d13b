/**
 * The one place that writes into cached versions (always new objects, via setQueryData): the
 * optimistic "Retrying" (`patchStatus`), a deleted version taken out, a change told by the event
 * stream. Everything cached of a project is under `releaseQueries.project`: lists hold `VersionList`,
 * details `ReleaseDetail`; a value of another shape is left alone.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { ReleaseDetail, ReleaseSummary } from '../../api/model';
import type { VersionList } from '../../api/versions';
import { releaseQueries } from './queries';

export type CacheSnapshot = [QueryKey, unknown][];

function isList(data: unknown): data is VersionList {
  const list = data as Partial<VersionList> | null | undefined;
  return (
    typeof list === 'object' && list !== null && Array.isArray(list.items) && typeof list.total === 'number'
  );
}

function isDetail(data: unknown): data is ReleaseDetail {
  const detail = data as Partial<ReleaseDetail> | null | undefined;
  return typeof detail === 'object' && detail !== null && Array.isArray(detail.services);
}

export function snapshot(client: QueryClient, projectKey: string): CacheSnapshot {
  return client.getQueriesData({ queryKey: releaseQueries.project(projectKey) });
}

export function restore(client: QueryClient, saved: CacheSnapshot | undefined): void {
  saved?.forEach(([key, data]) => client.setQueryData(key, data));
}

function updateLists(
  client: QueryClient,
  projectKey: string,
  fn: (items: ReleaseSummary[]) => ReleaseSummary[],
): void {
  client.setQueriesData<unknown>({ queryKey: releaseQueries.lists(projectKey) }, (list: unknown) => {
    if (!isList(list)) return list;
    const items = fn(list.items);
    return { ...list, items, total: Math.max(0, list.total - (list.items.length - items.length)) };
  });
}

/** Shows the version `id` with fields of `change` (its status, say) in every list and detail cached. */
export function patchVersion(
  client: QueryClient,
  projectKey: string,
  id: string,
  change: Partial<ReleaseSummary>,
): void {
  updateLists(client, projectKey, (items) =>
    items.some((item) => item.id === id)
      ? items.map((item) => (item.id === id ? { ...item, ...change } : item))
      : items,
  );
  client.setQueriesData<unknown>({ queryKey: releaseQueries.detailOf(projectKey, id) }, (detail: unknown) =>
    isDetail(detail) ? { ...detail, ...change } : detail,
  );
}

/** Shows a version with another status everywhere it is cached (the optimistic "Retrying"). */
export function patchStatus(client: QueryClient, projectKey: string, id: string, status: string): void {
  patchVersion(client, projectKey, id, { status });
}

/** Takes a deleted version out of every cached list. */
export function removeFromLists(client: QueryClient, projectKey: string, id: string): void {
  updateLists(client, projectKey, (items) => items.filter((item) => item.id !== id));
}
