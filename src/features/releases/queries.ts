/** Query factories for delivery versions: every read of releases goes through these. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getRelease, listReleases, type ListReleasesParams, type ReleaseRef } from '../../api/releases';
import { isActiveStatus } from '../../api/model';

/** How often a version in flight is polled (ms). */
export const LIVE_DETAIL_INTERVAL = 2000;
export const LIVE_LIST_INTERVAL = 4000;

export const releaseQueries = {
  all: () => ['releases'] as const,
  lists: (projectKey: string) => [...releaseQueries.all(), 'list', projectKey] as const,
  list: ({ projectKey, page, size }: ListReleasesParams) =>
    queryOptions({
      queryKey: ['releases', 'list', projectKey, { page, size }] as const,
      queryFn: ({ signal }) => listReleases({ projectKey, page, size }, signal),
      placeholderData: keepPreviousData,
      refetchInterval: (query) =>
        query.state.data?.items.some((item) => isActiveStatus(item.status)) ? LIVE_LIST_INTERVAL : false,
    }),
  details: (projectKey: string) => [...releaseQueries.all(), 'detail', projectKey] as const,
  /** `name` is part of the ref for servers that only find a version by name (see `getRelease`). */
  detail: ({ projectKey, id, name }: ReleaseRef) =>
    queryOptions({
      queryKey: ['releases', 'detail', projectKey, id, { name }] as const,
      queryFn: ({ signal }) => getRelease({ projectKey, id, name }, signal),
      refetchInterval: (query) =>
        query.state.data && isActiveStatus(query.state.data.status) ? LIVE_DETAIL_INTERVAL : false,
    }),
};
