/**
 * Live status: the project's event stream (`GET /api/projects/:project/version-events`), open while a
 * page that shows versions is. Each event patches the cache (a changed version shows at once) and marks
 * the project's reads stale, so what is on screen is read again from the server (a filter the change
 * moves a version in or out of, a detail's images). While the stream is not open the pages poll instead
 * (`Poll`); a stream that ends is opened again after `reconnect`, and what was missed meanwhile is read
 * again. A hidden page closes its stream (nobody watching: the server stops reading Zadig for it, and
 * the pages do not poll in the background) and opens it again when shown.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/errors';
import { isActiveStatus } from '../../api/model';
import { readVersionEvents, type VersionEvent, type VersionList } from '../../api/versions';
import { patchVersion, removeFromLists } from './cache';
import { releaseQueries } from './queries';
import { useLiveIntervals } from './live-intervals';
import type { Poll } from './queries';

export function applyVersionEvent(
  client: QueryClient,
  projectKey: string,
  event: VersionEvent,
  refresh: () => void,
): void {
  if (event.type === 'changed') patchVersion(client, projectKey, event.version.id, event.version);
  if (event.type === 'removed') removeFromLists(client, projectKey, event.id);
  // A `progress` that is done says nothing new (the first of a stream: see `opened`), unless a list
  // on screen was read before the pass ended (it would stay part-read).
  if (event.type !== 'progress' || !event.progress.done || showsPartList(client, projectKey)) refresh();
}

/**
 * A version shown in flight (read before the stream opened): it may have finished before the stream
 * opened, which no event would tell.
 */
export function showsInFlight(client: QueryClient, projectKey: string): boolean {
  return client
    .getQueryCache()
    .findAll({ queryKey: releaseQueries.project(projectKey) })
    .some((query) => {
      const data = query.state.data as Partial<VersionList> & { status?: unknown };
      if (typeof data?.status === 'string' && isActiveStatus(data.status)) return true;
      return Array.isArray(data?.items) && data.items.some((item) => isActiveStatus(item.status));
    });
}

function showsPartList(client: QueryClient, projectKey: string): boolean {
  return client
    .getQueriesData<VersionList>({ queryKey: releaseQueries.lists(projectKey) })
    .some(([, list]) => list?.progress && !list.progress.done);
}

/**
 * Reads what is on screen of the project again, one round at a time: events that come while a round is
 * on its way ask for one more round after it, instead of cancelling it (a version copying 240 images
 * changes faster than its detail can be read). A read already on its way when a round is asked for (the
 * page's first, a poll, a focus) may have started before the change: the round waits for it, then reads
 * once more.
 */
export function coalescedRefresh(client: QueryClient, projectKey: string): () => void {
  let running = false;
  let again = false;
  const refresh = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    if (client.isFetching({ queryKey: releaseQueries.project(projectKey) }) > 0) again = true;
    const done = () => {
      running = false;
      if (again) {
        again = false;
        refresh();
      }
    };
    client
      .invalidateQueries({ queryKey: releaseQueries.project(projectKey) }, { cancelRefetch: false })
      .then(done, done);
  };
  return refresh;
}

/** A refusal that asking again will not change (no permission, no such project): poll instead. */
function final(error: unknown): boolean {
  return error instanceof ApiError && !error.retryable;
}

/** Follows the project's stream; the polling the pages should do meanwhile (`false` while it is open). */
export function useVersionStream(projectKey: string): Poll {
  const client = useQueryClient();
  const intervals = useLiveIntervals();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    let controller: AbortController | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let missed = false;
    const refresh = coalescedRefresh(client, projectKey);
    const opened = () => {
      setOpen(true);
      // A version shown in flight may have finished before the stream opened: read it again.
      if (missed || showsInFlight(client, projectKey)) refresh();
    };
    const onEvent = (event: VersionEvent) => applyVersionEvent(client, projectKey, event, refresh);
    const connect = () => {
      // A hidden page watches nothing (the server then stops reading Zadig for it): opened when shown.
      if (document.visibilityState === 'hidden') return;
      const own = new AbortController();
      controller = own;
      readVersionEvents(projectKey, onEvent, own.signal, opened)
        .then(
          () => null,
          (error: unknown) => error,
        )
        .then((error) => {
          if (own.signal.aborted) return;
          setOpen(false);
          missed = true;
          if (!final(error)) timer = setTimeout(connect, intervals.reconnect);
        });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        controller?.abort();
        controller = null;
        clearTimeout(timer);
        setOpen(false);
        missed = true;
      } else if (!controller) connect();
    };
    document.addEventListener('visibilitychange', onVisibility);
    connect();
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      controller?.abort();
      clearTimeout(timer);
    };
  }, [client, projectKey, intervals.reconnect]);

  return open ? false : intervals;
}
