/**
 * The reads that keep a version index current, against any `IndexReader` (the API, or a fake in
 * tests): the first pass (pages of 100, progress after each), the head refresh (page 1 onwards until it
 * meets known versions), and the follow-up of versions in flight that the head did not show.
 */
import type { ReleasePage, ReleaseSummary } from '../../../api/model';
import {
  appendPage,
  applyFollowUp,
  emptyIndex,
  inFlightOutside,
  INDEX_PAGE_SIZE,
  mergeHead,
  windowMeetsKnown,
  type VersionIndex,
} from './index-model';

export interface IndexReader {
  /** One list page of `INDEX_PAGE_SIZE`. */
  page: (page: number, signal: AbortSignal) => Promise<ReleasePage>;
  /** A version's current list entry from its detail, or `gone` when the server no longer has it. */
  follow: (version: ReleaseSummary, signal: AbortSignal) => Promise<Partial<ReleaseSummary> | 'gone'>;
}

export interface RefreshOptions {
  signal: AbortSignal;
  /** Called with the index after each page of a pass (the caller shows it: progress). */
  onProgress?: (index: VersionIndex) => void;
  /** Resolves when the page is visible again: nothing is read while the tab is hidden. */
  whenVisible?: (signal: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface RefreshResult {
  index: VersionIndex;
  /** Something a user could see changed (so the stored copy is worth rewriting). */
  changed: boolean;
}

/** At most this many versions in flight are followed per refresh (the rest on the next ones). */
export const MAX_FOLLOWED = 10;

const SAME_FIELDS = ['name', 'status', 'description', 'type'] as const;

function differs(a: ReleaseSummary, b: ReleaseSummary): boolean {
  return SAME_FIELDS.some((f) => a[f] !== b[f]) || a.labels.join('\n') !== b.labels.join('\n');
}

/** Reads the next pages of the first pass until the project's end. */
export async function continuePass(start: VersionIndex, reader: IndexReader, options: RefreshOptions) {
  const now = options.now ?? Date.now;
  let index = start;
  while (!index.complete) {
    await options.whenVisible?.(options.signal);
    const page = index.loadedPages + 1;
    const result = await reader.page(page, options.signal);
    index = appendPage(index, page, result.items, result.total, now());
    options.onProgress?.(index);
  }
  return index;
}

/** A whole pass from page 1, as for a re-read. */
export function readEverything(reader: IndexReader, options: RefreshOptions): Promise<VersionIndex> {
  return continuePass(emptyIndex(), reader, options);
}

/**
 * Brings an index up to date: the head window first (so new versions show at once), then the rest of
 * the first pass if it was not finished, then the versions in flight that the window did not show.
 */
export async function refreshIndex(
  current: VersionIndex,
  reader: IndexReader,
  options: RefreshOptions,
): Promise<RefreshResult> {
  const now = options.now ?? Date.now;
  if (!current.complete && current.versions.length === 0) {
    const index = await continuePass(current, reader, options);
    return { index, changed: true };
  }

  await options.whenVisible?.(options.signal);
  const window: ReleaseSummary[] = [];
  let total = current.total;
  let reachedEnd = false;
  for (let page = 1; ; page++) {
    const result = await reader.page(page, options.signal);
    window.push(...result.items);
    total = result.total;
    reachedEnd = result.items.length < INDEX_PAGE_SIZE || page * INDEX_PAGE_SIZE >= result.total;
    if (reachedEnd || windowMeetsKnown(current, result.items)) break;
  }
  const before = new Map(current.versions.map((v) => [v.id, v]));
  const merged = mergeHead(current, window, total, reachedEnd, now());
  let index = merged.index;
  let changed =
    merged.added > 0 ||
    merged.removed > 0 ||
    window.some((item) => {
      const old = before.get(item.id);
      return old !== undefined && differs(old, item);
    });

  if (!index.complete) {
    options.onProgress?.(index);
    index = await continuePass(index, reader, options);
    return { index, changed: true };
  }

  for (const version of inFlightOutside(index, merged.seen).slice(0, MAX_FOLLOWED)) {
    const update = await reader.follow(version, options.signal);
    const next = applyFollowUp(index, version.id, update);
    if (next !== index) changed ||= update === 'gone' || differs(version, { ...version, ...update });
    index = next;
  }
  return { index, changed };
}
