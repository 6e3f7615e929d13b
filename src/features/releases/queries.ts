/** Query factories for delivery versions: every read of releases goes through these. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getRelease, listReleases, type ListReleasesParams, type ReleaseRef } from '../../api/releases';
import { isActiveStatus } from '../../api/model';
import { isNotFound } from '../../components/api-error';
import { IDLE_INTERVAL, LIVE_DETAIL_INTERVAL, LIVE_LIST_INTERVAL } from './live-intervals';

export { IDLE_INTERVAL };

/**
 * Key families, one shape of data each (a helper that walks a family only ever meets that shape):
 * - `['releases', 'list', project, {page, size}]`: one server page (`ReleasePage`);
 * - `['releases', 'version-index', project, {host, identity}]`: the project's version index, for
 *   filters (`VersionIndex`, see `version-index/queries.ts`);
 * - `['releases', 'every-version', project, {host, identity}]`: the wizard's bounded read of the
 *   project's versions (`VersionHistory`, see `create/wizard-queries.ts`);
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
        query.state.data?.items.some((item) => isActiveStatus(item.status))
          ? LIVE_LIST_INTERVAL
          : IDLE_INTERVAL,
    }),
  details: (projectKey: string) => [...releaseQueries.all(), 'detail', projectKey] as const,
  /** `name` is part of the ref for servers that only find a version by name (see `getRelease`). */
  detail: ({ projectKey, id, name }: ReleaseRef) =>
    queryOptions({
      queryKey: [...releaseQueries.detailOf(projectKey, id), { name }] as const,
      queryFn: ({ signal }) => getRelease({ projectKey, id, name }, signal),
      refetchInterval: (query) => {
        if (!query.state.data || isNotFound(query.state.error)) return false;
        return isActiveStatus(query.state.data.status) ? LIVE_DETAIL_INTERVAL : IDLE_INTERVAL;
      },
    }),
  /** Prefix of one version's detail queries (whatever name they were asked with). */
  detailOf: (projectKey: string, id: string) => [...releaseQueries.details(projectKey), id] as const,
  /** The wizard's read of the project's versions (its own family: not a page, not pages). */
  everyVersionKey: (projectKey: string) => [...releaseQueries.all(), 'every-version', projectKey] as const,
};
