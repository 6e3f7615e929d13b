/**
 * Writes into cached release data (always new objects, via setQueryData): status patches and removals.
 * Each key family holds one shape (see `releaseQueries`); every writer checks that shape as well, so a
 * value that is not what its family promises is left alone rather than broken (or throwing midway).
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { ReleaseDetail, ReleasePage, ReleaseSummary } from '../../api/model';
import { isVersionHistory, type VersionHistory } from './create/version-history';
import { releaseQueries } from './queries';
import type { VersionIndex } from './version-index/index-model';
import { versionIndexQueries } from './version-index/queries';

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

function isVersionIndex(data: unknown): data is VersionIndex {
  const index = data as Partial<VersionIndex> | null | undefined;
  return (
    typeof index === 'object' &&
    index !== null &&
    Array.isArray(index.versions) &&
    typeof index.total === 'number' &&
    typeof index.complete === 'boolean'
  );
}

function isDetail(data: unknown): data is ReleaseDetail {
  const detail = data as Partial<ReleaseDetail> | null | undefined;
  return typeof detail === 'object' && detail !== null && Array.isArray(detail.services);
}

/** Every cached read of a project's versions, by family; with `id`, that version's details too. */
export function projectKeys(projectKey: string, id?: string): QueryKey[] {
  return [
    releaseQueries.lists(projectKey),
    versionIndexQueries.project(projectKey),
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

/** The index keeps agreeing with the server's `total` (a removal here is no reason to read it all again). */
function mapIndex(index: VersionIndex, fn: Items): VersionIndex {
  const versions = fn(index.versions);
  return { ...index, versions, total: Math.max(0, index.total - (index.versions.length - versions.length)) };
}

/** The wizard's read of the project's versions (bounded): the same, without what `fn` took out. */
function mapHistory(history: VersionHistory, fn: Items): VersionHistory {
  const versions = fn(history.versions);
  return {
    ...history,
    versions,
    total: Math.max(0, history.total - (history.versions.length - versions.length)),
  };
}

function updateSummaries(client: QueryClient, projectKey: string, fn: Items): void {
  client.setQueriesData<unknown>({ queryKey: releaseQueries.lists(projectKey) }, (page: unknown) =>
    isPage(page) ? mapPage(page, fn) : page,
  );
  client.setQueriesData<unknown>({ queryKey: versionIndexQueries.project(projectKey) }, (data: unknown) =>
    isVersionIndex(data) ? mapIndex(data, fn) : data,
  );
  client.setQueriesData<unknown>({ queryKey: releaseQueries.everyVersionKey(projectKey) }, (data: unknown) =>
    isVersionHistory(data) ? mapHistory(data, fn) : data,
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

/**
 * Cancels in-flight reads of the project (so an old answer cannot overwrite a patch). Not the version
 * index: cancelling puts a query back as it was when its read began, which would throw away the pages
 * a first pass has read so far; its next refresh reads the patched version again anyway.
 */
export function cancelProject(client: QueryClient, projectKey: string, id?: string): Promise<unknown> {
  const [, indexFamily] = versionIndexQueries.all();
  return Promise.all(
    projectKeys(projectKey, id)
      .filter((queryKey) => queryKey[1] !== indexFamily)
      .map((queryKey) => client.cancelQueries({ queryKey })),
  );
}

/** Marks every read of the project stale and refetches those on screen. */
export function invalidateProject(client: QueryClient, projectKey: string, id?: string): Promise<unknown> {
  return Promise.all(projectKeys(projectKey, id).map((queryKey) => client.invalidateQueries({ queryKey })));
}
