import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { ReleaseSummary } from '../../../api/model';
import { releaseQueries } from '../queries';
import { useVersionIndex } from '../version-index/use-version-index';
import { collectLabels, filterReleases } from './filter-releases';
import { hasFilters, type ListState } from './url-state';

export interface ReleaseRows {
  rows: ReleaseSummary[];
  total: number;
  /** First load: nothing to show yet. */
  loading: boolean;
  /** Showing the previous page (or a partial search) while the new one loads. */
  stale: boolean;
  error: unknown;
  refetch: () => void;
  filtering: boolean;
  /** While filtering: how many of the project's versions have been read so far. */
  progress: { loaded: number; total: number; done: boolean } | null;
  labels: string[];
}

/**
 * The rows to show. Without filters: one server page (previous page kept while the next loads, the
 * following page prefetched). With filters: the project's version index (built once with progress,
 * then refreshed by reading only what changed), filtered and paged here.
 */
export function useReleaseRows(
  projectKey: string,
  state: ListState,
  /** Versions kept in the filtered rows whatever their status (acted on under this filter). */
  keep?: ReadonlySet<string>,
): ReleaseRows {
  const filtering = hasFilters(state);
  const client = useQueryClient();
  const pageQuery = useQuery({
    ...releaseQueries.list({ projectKey, page: state.page, size: state.size }),
    enabled: !filtering,
  });
  const indexQuery = useVersionIndex(projectKey, filtering);
  const index = indexQuery.data;

  const pageTotal = pageQuery.data?.total ?? 0;
  useEffect(() => {
    if (filtering || pageQuery.isPlaceholderData || state.page * state.size >= pageTotal) return;
    void client.prefetchQuery(releaseQueries.list({ projectKey, page: state.page + 1, size: state.size }));
  }, [client, filtering, pageQuery.isPlaceholderData, pageTotal, projectKey, state.page, state.size]);

  const everything = useMemo(() => index?.versions ?? [], [index]);
  const matching = useMemo(
    () => (filtering ? filterReleases(everything, state, keep) : []),
    [everything, filtering, state, keep],
  );
  const labels = useMemo(
    () => collectLabels([...everything, ...(pageQuery.data?.items ?? [])]),
    [everything, pageQuery.data],
  );

  if (!filtering) {
    return {
      rows: pageQuery.data?.items ?? [],
      total: pageTotal,
      loading: pageQuery.isPending,
      stale: pageQuery.isPlaceholderData,
      error: pageQuery.error,
      refetch: () => void pageQuery.refetch(),
      filtering,
      progress: null,
      labels,
    };
  }
  const projectTotal = index?.total ?? 0;
  const done = index?.complete ?? false;
  const start = (state.page - 1) * state.size;
  return {
    rows: matching.slice(start, start + state.size),
    total: matching.length,
    loading: index === undefined && !indexQuery.isError,
    stale: !done,
    error: indexQuery.error,
    refetch: () => void indexQuery.refetch(),
    filtering,
    progress: {
      loaded: Math.min(everything.length, projectTotal),
      total: projectTotal,
      done,
    },
    labels,
  };
}
