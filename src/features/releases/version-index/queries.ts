/** The version index in the query cache: one entry per project, Zadig host and token identity. */
import { queryOptions } from '@tanstack/react-query';
import { hasInFlight } from './index-model';
import type { IndexScope } from './index-store';
import { INDEX_IDLE_INTERVAL, INDEX_LIVE_INTERVAL } from '../live-intervals';
import { refreshCachedIndex } from './live-index';

export const versionIndexQueries = {
  all: () => ['releases', 'version-index'] as const,
  /** Every index of a project (whatever host and token): cache updates after a retry or delete. */
  project: (projectKey: string) => [...versionIndexQueries.all(), projectKey] as const,
  index: ({ projectKey, host, identity }: IndexScope) =>
    queryOptions({
      queryKey: [...versionIndexQueries.project(projectKey), { host, identity }] as const,
      queryFn: ({ client, queryKey, signal }) =>
        refreshCachedIndex(client, queryKey, { projectKey, host, identity }, signal),
      // Every refresh reads only what changed; the interval is the live pace, paused while hidden.
      refetchInterval: (query) => (hasInFlight(query.state.data) ? INDEX_LIVE_INTERVAL : INDEX_IDLE_INTERVAL),
      gcTime: 30 * 60_000,
    }),
};
