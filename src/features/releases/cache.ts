/**
 * Writes into cached release data (always new objects, via setQueryData): status patches and removals.
 * Each key family holds one shape (see `releaseQueries`); every writer checks that shape as well, so a
 * value that is not what its family promises is left alone rather than broken (or throwing midway).
 */
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import type { ReleaseDetail, ReleasePage, ReleaseSummary } from '../../api/model';
import { releaseQueries } from './queries';

export interface CacheSnapshot {
  entries: [QueryKey, unknown][];
}

type Items = (items: ReleaseSummary[]) => ReleaseSummary[];

function isPage(data: unknown): data is ReleasePage {
  const page = data as Partial<ReleasePage> | null | undefined;
  return (
    typeof page === 'object' && page !== null && Array.isArray(page.items) && typeof page.total === 'number'
  );
}

function isPages(data: unknown): data is InfiniteData<ReleasePage> {
  const pages = (data as Partial<InfiniteData<unknown>> | null | undefined)?.pages;
  return Array.isArray(pages) && pages.every(isPage);
}

function isDetail(data: unknown): data is ReleaseDetail {
  const detail = data as Partial<ReleaseDetail> | null | undefined;
  return typeof detail === 'object' && detail !== null && Array.isArray(detail.services);
}

/** Every cached read of a project's versions, by family; with `id`, that version's details too. */
export function projectKeys(projectKey: string, id?: string): QueryKey[] {
  return [
    releaseQueries.lists(projectKey),
    releaseQueries.allVersionsKey(projectKey),
    releaseQueries.everyVersionKey(projectKey),
    ...(id === undefined ? [] : [releaseQueries.detailOf(projectKey, id)]),
  ];
}

export function snapshot(client: QueryClient, projectKey: string, id: string): CacheSnapshot {
  return {
    entries: projectKeys(projectKey, id).flatMap((queryKey) => client.getQueriesData({ queryKey })),
  };
}

export function restore(client: QueryClient, saved: CacheSnapshot | undefined): void {
  saved?.entries.forEach(([key, data]) => client.setQueryData(key, data));
}

function mapPage(page: ReleasePage, fn: Items): ReleasePage {
  const items = fn(page.items);
  return { items, total: Math.max(0, page.total - (page.items.length - items.length)) };
}

function updateSummaries(client: QueryClient, projectKey: string, fn: Items): void {
  client.setQueriesData<unknown>({ queryKey: releaseQueries.lists(projectKey) }, (page: unknown) =>
    isPage(page) ? mapPage(page, fn) : page,
  );
  client.setQueriesData<unknown>({ queryKey: releaseQueries.allVersionsKey(projectKey) }, (data: unknown) =>
    isPages(data) ? { ...data, pages: data.pages.map((page) => mapPage(page, fn)) } : data,
  );
  client.setQueriesData<unknown>(
    { queryKey: releaseQueries.everyVersionKey(projectKey) },
    (items: unknown) => (Array.isArray(items) ? fn(items as ReleaseSummary[]) : items),
  );
}

/** Shows a version with another status everywhere it is cached. */
export function patchStatus(client: QueryClient, projectKey: string, id: string, status: string): void {
  updateSummaries(client, projectKey, (items) =>
    items.map((item) => (item.id === id ? { ...item, status } : item)),
  );
  client.setQueriesData<unknown>({ queryKey: releaseQueries.detailOf(projectKey, id) }, (detail: unknown) =>
    isDetail(detail) ? { ...detail, status } : detail,
  );
}

/** Takes a deleted version out of every cached list. */
export function removeFromLists(client: QueryClient, projectKey: string, id: string): void {
  updateSummaries(client, projectKey, (items) => items.filter((item) => item.id !== id));
}

/** Cancels in-flight reads of the project (so an old answer cannot overwrite a patch). */
export function cancelProject(client: QueryClient, projectKey: string, id?: string): Promise<unknown> {
  return Promise.all(projectKeys(projectKey, id).map((queryKey) => client.cancelQueries({ queryKey })));
}

/** Marks every read of the project stale and refetches those on screen. */
export function invalidateProject(client: QueryClient, projectKey: string, id?: string): Promise<unknown> {
  return Promise.all(projectKeys(projectKey, id).map((queryKey) => client.invalidateQueries({ queryKey })));
}
