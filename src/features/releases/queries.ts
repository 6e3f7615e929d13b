/** Query factories for delivery versions: every read of releases goes through these. */
import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getRelease, listReleases, type ListReleasesParams, type ReleaseRef } from '../../api/releases';
import { isActiveStatus } from '../../api/model';

/** How often a version in flight is polled (ms). */
export const LIVE_DETAIL_INTERVAL = 2000;
export const LIVE_LIST_INTERVAL = 4000;
/** Polling of the whole-project cache (filters) is slower: it reloads every page. */
export const LIVE_ALL_INTERVAL = 8000;
/** Page size used when reading every version of a project (for filters). */
export const ALL_VERSIONS_PAGE_SIZE = 100;

/**
 * Key families, one shape of data each (a helper that walks a family only ever meets that shape):
 * - `['releases', 'list', project, {page, size}]`: one server page (`ReleasePage`);
 * - `['releases', 'all-versions', project]`: every page, for filters (`InfiniteData<ReleasePage>`);
 * - `['releases', 'every-version', project]`: every version as one array, for the wizard
 *   (`ReleaseSummary[]`);
 * - `['releases', 'detail', project, id, {name}]`: one version (`ReleaseDetail`).
 */
export const releaseQueries = {
  all: () => ['releases'] as const,
  lists: (projectKey: string) => [...releaseQueries.all(), 'list', projectKey] as const,
  list: ({ projectKey, page, size }: ListReleasesParams) =>
    queryOptions({
      queryKey: [...releaseQueries.lists(projectKey), { page, size }] as const,
      queryFn: ({ signal }) => listReleases({ projectKey, page, size }, signal),
      placeholderData: keepPreviousData,
      refetchInterval: (query) =>
        query.state.data?.items.some((item) => isActiveStatus(item.status)) ? LIVE_LIST_INTERVAL : false,
    }),
  details: (projectKey: string) => [...releaseQueries.all(), 'detail', projectKey] as const,
  /** `name` is part of the ref for servers that only find a version by name (see `getRelease`). */
  detail: ({ projectKey, id, name }: ReleaseRef) =>
    queryOptions({
      queryKey: [...releaseQueries.detailOf(projectKey, id), { name }] as const,
      queryFn: ({ signal }) => getRelease({ projectKey, id, name }, signal),
      refetchInterval: (query) =>
        query.state.data && isActiveStatus(query.state.data.status) ? LIVE_DETAIL_INTERVAL : false,
    }),
  /** Prefix of one version's detail queries (whatever name they were asked with). */
  detailOf: (projectKey: string, id: string) => [...releaseQueries.details(projectKey), id] as const,
  allVersionsKey: (projectKey: string) => [...releaseQueries.all(), 'all-versions', projectKey] as const,
  /** The wizard's read of every version as one array (its own family: not a page, not pages). */
  everyVersionKey: (projectKey: string) => [...releaseQueries.all(), 'every-version', projectKey] as const,
  /**
   * Every version of a project, read page by page (the API has no filters, so filtering needs them all).
   * Pages of 100; the caller fetches the next page until there is none, which gives progress.
   */
  allVersions: (projectKey: string) =>
    infiniteQueryOptions({
      queryKey: releaseQueries.allVersionsKey(projectKey),
      queryFn: ({ pageParam, signal }) =>
        listReleases({ projectKey, page: pageParam, size: ALL_VERSIONS_PAGE_SIZE }, signal),
      initialPageParam: 1,
      getNextPageParam: (last, _pages, lastPage) =>
        last.items.length > 0 && lastPage * ALL_VERSIONS_PAGE_SIZE < last.total ? lastPage + 1 : undefined,
      staleTime: 30_000,
      refetchInterval: (query) =>
        query.state.data?.pages.some((page) => page.items.some((item) => isActiveStatus(item.status)))
          ? LIVE_ALL_INTERVAL
          : false,
    }),
};
