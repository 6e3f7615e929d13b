/**
 * Runs a version index inside the query cache: the stored copy first (shown at once), then an
 * incremental refresh; a re-read, when one is due, runs beside it and never blocks the list.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { apiReader, whenVisible } from './api-reader';
import { adoptReread, emptyIndex, type VersionIndex } from './index-model';
import { loadIndex, saveIndex, storageKey, type IndexScope } from './index-store';
import { readEverything, refreshIndex } from './refresh';

/** A re-read starts at most this often per index (ms): a busy project must not be read in a loop. */
export const REREAD_MIN_GAP = 60_000;
/** During a pass the stored copy is rewritten every this many pages (a reload resumes from there). */
const SAVE_EVERY_PAGES = 10;

const rereads = new Map<string, { running: boolean; startedAt: number }>();

function saver(scope: IndexScope) {
  let lastSavedPages = -1;
  return (index: VersionIndex) => {
    if (index.complete || index.loadedPages - lastSavedPages >= SAVE_EVERY_PAGES) {
      lastSavedPages = index.loadedPages;
      void saveIndex(scope, index);
    }
  };
}

/** The query function of an index: stored copy, then refresh (progress written into the cache). */
export async function refreshCachedIndex(
  client: QueryClient,
  queryKey: QueryKey,
  scope: IndexScope,
  signal: AbortSignal,
): Promise<VersionIndex> {
  let current = client.getQueryData<VersionIndex>(queryKey);
  if (!current) {
    const stored = await loadIndex(scope);
    if (stored) client.setQueryData(queryKey, stored);
    current = stored ?? emptyIndex();
  }
  const save = saver(scope);
  const { index, changed } = await refreshIndex(current, apiReader(scope.projectKey), {
    signal,
    whenVisible,
    onProgress: (partial) => {
      client.setQueryData(queryKey, partial);
      save(partial);
    },
  });
  if (changed) void saveIndex(scope, index);
  if (index.needsReread) startReread(client, queryKey, scope);
  return index;
}

/** Reads the whole project again in the background and adopts the result. */
export function startReread(client: QueryClient, queryKey: QueryKey, scope: IndexScope, now = Date.now()) {
  const id = storageKey(scope);
  const last = rereads.get(id);
  if (last && (last.running || now - last.startedAt < REREAD_MIN_GAP)) return;
  const state = { running: true, startedAt: now };
  rereads.set(id, state);
  const controller = new AbortController();
  void readEverything(apiReader(scope.projectKey), { signal: controller.signal, whenVisible })
    .then((reread) => {
      const adopted = client.setQueryData<VersionIndex>(queryKey, (current) =>
        current ? adoptReread(current, reread) : reread,
      );
      if (adopted) void saveIndex(scope, adopted);
    })
    .catch(() => {
      // The next refresh finds the mismatch again and, after the gap, reads again.
    })
    .finally(() => {
      state.running = false;
    });
}

/** Tests: forget re-read bookkeeping. */
export function resetRereads(): void {
  rereads.clear();
}
