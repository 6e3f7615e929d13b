import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ReleaseSummary } from '../../../api/model';
import { isOutage } from '../../../api/outage';
import type { VersionList } from '../../../api/versions';
import { releaseQueries, type Poll } from '../queries';
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
  /** Read, and nothing to show: no rows on this page. */
  noData: boolean;
  /** The project has no versions at all (no filter, nothing read that says otherwise). */
  emptyProject: boolean;
  /** How many of the project's versions the server has read so far (proxy mode's first pass). */
  progress: { loaded: number; total: number; done: boolean } | null;
  labels: string[];
}

const NO_LABELS: string[] = [];

/**
 * The rows to show: one page of the server's filtered list (previous page kept while the next loads,
 * the following page prefetched). `poll` is the fallback while the event stream is not open.
 */
export function useReleaseRows(projectKey: string, state: ListState, poll: Poll): ReleaseRows {
  const filtering = hasFilters(state);
  const client = useQueryClient();
  const pageQuery = useQuery(releaseQueries.list(projectKey, state, poll));
  const data = pageQuery.data;
  const total = data?.total ?? 0;

  // The last page read (and which one it was), shown while another cannot be read during an outage.
  const [shown, setShown] = useState<{ page: VersionList; at: number } | null>(null);
  const current = data && !pageQuery.isPlaceholderData ? data : null;
  if (current && (shown?.page !== current || shown.at !== state.page)) {
    setShown({ page: current, at: state.page });
  }
  useEffect(() => {
    if (pageQuery.isPlaceholderData || state.page * state.size >= total) return;
    void client.prefetchQuery(releaseQueries.list(projectKey, { ...state, page: state.page + 1 }));
  }, [client, pageQuery.isPlaceholderData, total, projectKey, state]);

  // A page that cannot be read during an outage (not cached yet): the page shown before stays, as it
  // was, until the server is back and the page asked for arrives by itself.
  const keepShown = !data && isOutage(pageQuery.error) && shown !== null;
  const list = keepShown ? shown.page : data;
  const progress = list?.progress ?? null;
  const rows = list?.items ?? [];
  const loading = pageQuery.isPending && !keepShown;
  const stale = pageQuery.isPlaceholderData || keepShown || (progress !== null && !progress.done);
  const noData = !loading && rows.length === 0;
  return {
    rows,
    total: list?.total ?? 0,
    shownPage: keepShown ? shown.at : state.page,
    loading,
    stale,
    noData,
    emptyProject: noData && !filtering && (list?.total ?? 0) === 0 && !stale && !pageQuery.error,
    error: pageQuery.error,
    refetch: () => void pageQuery.refetch(),
    filtering,
    progress,
    labels: list?.labels ?? NO_LABELS,
  };
}
