/**
 * The query factories for delivery versions: a filtered page (`list`) and one version (`detail`), both
 * read from the console server's versions API (src/api/versions.ts). Every key starts with
 * `['versions', project]`, so one prefix cancels, patches or invalidates everything read of a project:
 * - `['versions', project, 'list', query]`: a filtered page (`VersionList`);
 * - `['versions', project, 'detail', id, {name}]`: one version (`ReleaseDetail`);
 * - `['versions', project, 'previous', name]`: the last release before a version (`PreviousRelease`).
 * Live status comes from the project's event stream (`use-version-stream.ts`); `poll` is the fallback
 * while it is not open (`false` while it is).
 */
import { keepPreviousData, queryOptions, type Query, type QueryClient } from '@tanstack/react-query';
import { isActiveStatus, type ReleaseDetail, type ReleaseSummary } from '../../api/model';
import { getVersion, listVersions, type VersionList, type VersionQuery } from '../../api/versions';
import { ApiError } from '../../api/errors';
import { lastReleaseBefore, releaseBaseFilters } from '../../lib/previous-release';
import { isNotFound } from '../../components/api-error';
import type { ReleaseRef } from '../../api/releases';
import { LIVE_INTERVAL, type LiveIntervals } from './live-intervals';

export type Poll = LiveIntervals | false;

/** A full query from a few fields (page 1 of 20, no filter). */
export function versionQuery(over: Partial<VersionQuery> = {}): VersionQuery {
  return { page: 1, size: 20, q: '', status: [], type: '', label: [], ...over };
}

/** How many pages of 100 an id-only link (an old URL) or the previous release is looked for in. */
const MAX_PAGES = 20;

/** Reads pages of 100 until `find` finds something; `complete` is false when it stopped before the end. */
async function findInPages<T>(
  projectKey: string,
  filters: Partial<VersionQuery>,
  find: (items: ReleaseSummary[]) => T | null | undefined,
  signal?: AbortSignal,
): Promise<{ found: T | null; complete: boolean }> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { items, total } = await listVersions(
      projectKey,
      versionQuery({ ...filters, page, size: 100 }),
      signal,
    );
    const found = find(items);
    if (found) return { found, complete: true };
    if (page * 100 >= total) return { found: null, complete: true };
  }
  return { found: null, complete: false };
}

/** The name of the version with this id (an old id-only link), from the server's list. */
async function nameOfId(projectKey: string, id: string, signal?: AbortSignal): Promise<string> {
  const { found } = await findInPages(
    projectKey,
    {},
    (items) => items.find((item) => item.id === id),
    signal,
  );
  if (found) return found.name;
  throw new ApiError({ status: 404, message: 'version not found', kind: 'not-found' });
}

export interface PreviousRelease {
  /** The last successful version of the same type before, or null when there is none. */
  version: ReleaseSummary | null;
  /** False when the search stopped before the end of the history without finding one. */
  complete: boolean;
}

/**
 * A page read again under a status filter, with the versions it showed that were in flight (retried
 * from a Failed filter, say) kept where they were: a row does not vanish while the user watches it; it
 * goes at the first read after it has finished with a status the filter does not take. `before` is what
 * the page showed when the read started, `latest` what it shows when the answer comes (an event may
 * have told it meanwhile that the version finished, newer than the answer): a version in flight in
 * either is kept, as `latest` shows it, unless `latest` no longer has it (removed).
 */
export function keepInFlight(
  before: VersionList | undefined,
  after: VersionList,
  latest: VersionList | undefined = before,
): VersionList {
  if (!latest) return after;
  const ids = new Set(after.items.map((item) => item.id));
  const wasInFlight = new Set(
    [...(before?.items ?? []), ...latest.items]
      .filter((item) => isActiveStatus(item.status))
      .map((item) => item.id),
  );
  const kept = latest.items.filter((item) => !ids.has(item.id) && wasInFlight.has(item.id));
  if (kept.length === 0) return after;
  const items = [...after.items];
  kept.forEach((item) => items.splice(Math.min(latest.items.indexOf(item), items.length), 0, item));
  return { ...after, items, total: after.total + kept.length };
}

/**
 * A read's versions with the status of each one patched while the read was on its way (an event from
 * the stream, an optimistic "Retrying"): the patch is newer than the read, which began before it, so a
 * finished version does not show in flight again (nor is its end announced twice). `before` and
 * `latest` are what the cache held when the read began and when it came back; a patch gives a version a
 * new object (cache.ts), so an object that changed is one that was patched.
 */
export function keepPatchedStatus<T extends { id: string; status: string }>(
  before: readonly T[],
  read: T[],
  latest: readonly T[],
): T[] {
  if (before === latest) return read;
  const was = new Map(before.map((item) => [item.id, item]));
  const patched = new Map(latest.filter((item) => was.get(item.id) !== item).map((item) => [item.id, item]));
  if (patched.size === 0) return read;
  return read.map((item) => {
    const status = patched.get(item.id)?.status;
    return status !== undefined && status !== item.status ? { ...item, status } : item;
  });
}

/** The key of every retry (mutations.ts): a read that lands while one is on its way keeps it shown. */
export const retryMutationKey = ['releases', 'retry'] as const;

/**
 * The server's answer with the versions whose retry is still on its way shown `retrying`: a read that
 * started before the server took the retry must not put the old status back over the optimistic one.
 */
function withRetriesOnTheirWay<T extends { id: string; status: string }>(client: QueryClient, item: T): T {
  const pending = client
    .getMutationCache()
    .findAll({ mutationKey: retryMutationKey, status: 'pending' })
    .some((m) => (m.state.variables as { id?: string } | undefined)?.id === item.id);
  return pending && !isActiveStatus(item.status) ? { ...item, status: 'retrying' } : item;
}

function listInterval(poll: Poll) {
  return (query: Query<VersionList, Error, VersionList, readonly unknown[]>) => {
    // Read during the server's first pass of the project: read again until the answer is whole, even
    // while the stream is open (its last `progress` may have come before this answer did).
    const progress = query.state.data?.progress;
    if (progress && !progress.done) return poll ? poll.live : LIVE_INTERVAL;
    if (!poll) return false;
    return query.state.data?.items.some((item) => isActiveStatus(item.status)) ? poll.live : poll.idle;
  };
}

export const releaseQueries = {
  project: (projectKey: string) => ['versions', projectKey] as const,
  lists: (projectKey: string) => [...releaseQueries.project(projectKey), 'list'] as const,
  list: (projectKey: string, query: VersionQuery, poll: Poll = false) =>
    queryOptions({
      queryKey: [...releaseQueries.lists(projectKey), query] as const,
      queryFn: async ({ signal, client, queryKey }) => {
        const shown = client.getQueryData<VersionList>(queryKey);
        const read = await listVersions(projectKey, query, signal);
        const latest = client.getQueryData<VersionList>(queryKey);
        const items = read.items.map((item) => withRetriesOnTheirWay(client, item));
        const page = { ...read, items: keepPatchedStatus(shown?.items ?? [], items, latest?.items ?? []) };
        return query.status.length ? keepInFlight(shown, page, latest) : page;
      },
      placeholderData: keepPreviousData,
      refetchInterval: listInterval(poll),
    }),
  /** Prefix of one version's detail queries (whatever name they were asked with). */
  detailOf: (projectKey: string, id: string) =>
    [...releaseQueries.project(projectKey), 'detail', id] as const,
  /**
   * `inFlightEvery`: a version in flight is read this often even while the stream is open (its images'
   * progress is in no event, only its status).
   */
  detail: ({ projectKey, id, name }: ReleaseRef, poll: Poll = false, inFlightEvery?: number) =>
    queryOptions({
      queryKey: [...releaseQueries.detailOf(projectKey, id), { name }] as const,
      queryFn: async ({ signal, client, queryKey }): Promise<ReleaseDetail> => {
        const shown = client.getQueryData<ReleaseDetail>(queryKey);
        const read = await getVersion(projectKey, name || (await nameOfId(projectKey, id, signal)), signal);
        // The version this page showed is gone, and a new one has its name: said as gone (the page keeps
        // what it showed), never shown in its place.
        if (shown?.id === id && read.id && read.id !== id)
          throw new ApiError({ status: 404, message: 'version replaced', kind: 'not-found' });
        const latest = client.getQueryData<ReleaseDetail>(queryKey);
        const [detail] = keepPatchedStatus(shown ? [shown] : [], [read], latest ? [latest] : []);
        return withRetriesOnTheirWay(client, detail!);
      },
      refetchInterval: (query) => {
        if (!query.state.data || isNotFound(query.state.error)) return false;
        if (isActiveStatus(query.state.data.status)) return inFlightEvery ?? (poll ? poll.live : false);
        return poll ? poll.idle : false;
      },
    }),
  /** The last release before `version` (lib/previous-release; the compare page's default base). */
  previous: (
    projectKey: string,
    { name, type, createdAt, status }: Parameters<typeof lastReleaseBefore>[1],
  ) => {
    const target = { name, type, createdAt, status };
    return queryOptions({
      queryKey: [...releaseQueries.project(projectKey), 'previous', target] as const,
      queryFn: async ({ signal }): Promise<PreviousRelease> => {
        const find = (items: ReleaseSummary[]) => lastReleaseBefore(items, target);
        const { found, complete } = await findInPages(projectKey, releaseBaseFilters(target), find, signal);
        return { version: found, complete };
      },
      staleTime: 30_000,
    });
  },
};
