import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { ReleasePage, ReleaseSummary } from '../../../api/model';
import { isOutage } from '../../../api/outage';
import { usePendingRetries, withPendingRetries } from '../mutations';
import { releaseQueries } from '../queries';
import { useVersionIndex } from '../version-index/use-version-index';
import { collectLabels, filterReleases } from './filter-releases';
import { hasFilters, type ListState } from './url-state';

export interface ReleaseRows {
  rows: ReleaseSummary[];
  total: number;
  /** The page the rows are from: the one asked for, or during an outage the one shown before. */
  shownPage: number;
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
  // The last page read (and which one it was), shown while another cannot be read during an outage.
  const [shown, setShown] = useState<{ page: ReleasePage; at: number } | null>(null);
  const current = pageQuery.data && !pageQuery.isPlaceholderData ? pageQuery.data : null;
  if (current && (shown?.page !== current || shown.at !== state.page)) {
    setShown({ page: current, at: state.page });
  }
  useEffect(() => {
    if (filtering || pageQuery.isPlaceholderData || state.page * state.size >= pageTotal) return;
    void client.prefetchQuery(releaseQueries.list({ projectKey, page: state.page + 1, size: state.size }));
  }, [client, filtering, pageQuery.isPlaceholderData, pageTotal, projectKey, state.page, state.size]);

  const retrying = usePendingRetries();
  const everything = useMemo(() => withPendingRetries(index?.versions ?? [], retrying), [index, retrying]);
  const pageItems = useMemo(
    () => withPendingRetries(pageQuery.data?.items ?? [], retrying),
    [pageQuery.data, retrying],
  );
  const shownItems = useMemo(() => withPendingRetries(shown?.page.items ?? [], retrying), [shown, retrying]);
  const matching = useMemo(
    () => (filtering ? filterReleases(everything, state, keep) : []),
    [everything, filtering, state, keep],
  );
  const labels = useMemo(() => collectLabels([...everything, ...pageItems]), [everything, pageItems]);

  if (!filtering) {
    // A page that cannot be read during an outage (not cached yet): the page shown before stays, as it
    // was, until the server is back and the page asked for arrives by itself.
    const keepShown = !pageQuery.data && isOutage(pageQuery.error) && shown !== null;
    return {
      rows: keepShown ? shownItems : pageItems,
      total: keepShown ? shown.page.total : pageTotal,
      shownPage: keepShown ? shown.at : state.page,
      loading: pageQuery.isPending && !keepShown,
      stale: pageQuery.isPlaceholderData || keepShown,
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
    shownPage: state.page,
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
