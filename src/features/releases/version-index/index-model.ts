/**
 * The version index of one project: every version's list entry, newest first, kept up to date by
 * reading only what changed. Pure functions; the reads themselves are in `refresh.ts`.
 *
 * Zadig's list has no filters and is sorted by creation time, newest first, paged by skip/limit. So a
 * new version appears at the front, and a refresh reads from page 1 until it meets versions it already
 * knows. A delete shows as a version missing from the window just read (removed at once) or, deeper,
 * as a `total` that new versions do not explain (a re-read in the background).
 */
import type { ReleaseSummary } from '../../../api/model';
import { isActiveStatus } from '../../../api/model';
import { findReleaseBase } from '../../../lib/previous-release';

export const INDEX_PAGE_SIZE = 100;

export interface VersionIndex {
  /** Newest first. While `complete` is false, the first `loadedPages` pages of the first pass. */
  versions: ReleaseSummary[];
  /** The project's version count, as the server last said. */
  total: number;
  /** The first pass reached the end of the project. */
  complete: boolean;
  /** First pass: pages read so far (the next one to read is `loadedPages + 1`). */
  loadedPages: number;
  /** When the server was last asked (ms since the epoch). */
  checkedAt: number;
  /** The versions and `total` disagree in a way new versions do not explain: a re-read is due. */
  needsReread: boolean;
}

export function emptyIndex(): VersionIndex {
  return { versions: [], total: 0, complete: false, loadedPages: 0, checkedAt: 0, needsReread: false };
}

/** Appends one page of the first pass (pages may overlap when versions were added meanwhile). */
export function appendPage(
  index: VersionIndex,
  page: number,
  items: readonly ReleaseSummary[],
  total: number,
  now: number,
): VersionIndex {
  const known = new Set(index.versions.map((v) => v.id));
  const versions = [...index.versions, ...items.filter((item) => !known.has(item.id))];
  const complete = items.length < INDEX_PAGE_SIZE || page * INDEX_PAGE_SIZE >= total;
  return {
    versions,
    total,
    complete,
    loadedPages: page,
    checkedAt: now,
    needsReread: complete && versions.length !== total,
  };
}

export interface HeadMerge {
  index: VersionIndex;
  /** Versions the window showed that the index did not know. */
  added: number;
  /** Known versions the window should have shown and did not (deleted). */
  removed: number;
  /** Ids the window showed: their status is fresh. */
  seen: Set<string>;
}

/**
 * Merges a window read from page 1 (`items`: pages 1..n concatenated, newest first) into the index.
 * - Unknown versions are new: they go to the front, in the server's order.
 * - Known versions take the entry just read (status, labels, description may have changed).
 * - Every known version the index places before the oldest known version of the window must be in the
 *   window; those that are not were deleted. When the window reached the end of the project
 *   (`reachedEnd`), every known version must be in it.
 * - `total` that differs from the count after this merge means a change deeper than the window (a
 *   delete, or a version missed by a pass over shifting pages): `needsReread`.
 */
export function mergeHead(
  index: VersionIndex,
  items: readonly ReleaseSummary[],
  total: number,
  reachedEnd: boolean,
  now: number,
): HeadMerge {
  const fresh = new Map(items.map((item) => [item.id, item]));
  const knownIds = new Set(index.versions.map((v) => v.id));
  const added = [...fresh.values()].filter((item) => !knownIds.has(item.id));

  // How far into the index the window reaches: up to the last known version it showed.
  let reach = -1;
  if (reachedEnd) reach = index.versions.length - 1;
  else {
    for (let i = index.versions.length - 1; i >= 0; i--) {
      if (fresh.has(index.versions[i]!.id)) {
        reach = i;
        break;
      }
    }
  }
  let removed = 0;
  const kept: ReleaseSummary[] = [];
  index.versions.forEach((version, i) => {
    const update = fresh.get(version.id);
    if (update) kept.push(update);
    else if (i <= reach) removed++;
    else kept.push(version);
  });
  const versions = [...added, ...kept];
  const complete = index.complete || reachedEnd;
  return {
    index: {
      ...index,
      versions,
      total,
      complete,
      checkedAt: now,
      needsReread: complete && versions.length !== total,
    },
    added: added.length,
    removed,
    seen: new Set(fresh.keys()),
  };
}

/** True when the window read so far reaches versions the index already knows (or the end). */
export function windowMeetsKnown(index: VersionIndex, page: readonly ReleaseSummary[]): boolean {
  if (index.versions.length === 0) return false;
  const known = new Set(index.versions.map((v) => v.id));
  return page.some((item) => known.has(item.id));
}

/** Versions in flight that the last window did not show: they are followed one by one. */
export function inFlightOutside(index: VersionIndex, seen: ReadonlySet<string>): ReleaseSummary[] {
  return index.versions.filter((v) => isActiveStatus(v.status) && !seen.has(v.id));
}

export function hasInFlight(index: VersionIndex | undefined): boolean {
  return Boolean(index?.versions.some((v) => isActiveStatus(v.status)));
}

/** One version's fresh status (from its detail), or its removal when the server no longer has it. */
export function applyFollowUp(
  index: VersionIndex,
  id: string,
  update: Partial<ReleaseSummary> | 'gone',
): VersionIndex {
  if (update === 'gone') {
    const versions = index.versions.filter((v) => v.id !== id);
    if (versions.length === index.versions.length) return index;
    // `total` is the server's own count, which already left the version out.
    return { ...index, versions, needsReread: index.complete && versions.length !== index.total };
  }
  return {
    ...index,
    versions: index.versions.map((v) => (v.id === id ? { ...v, ...update, id } : v)),
  };
}

/**
 * A finished re-read replaces the index; versions that the head refreshes found meanwhile (newer than
 * the re-read's newest) stay in front with what they last showed.
 */
export function adoptReread(current: VersionIndex, reread: VersionIndex): VersionIndex {
  const rereadIds = new Set(reread.versions.map((v) => v.id));
  const newest = reread.versions[0];
  const cut = newest ? current.versions.findIndex((v) => v.id === newest.id) : current.versions.length;
  const front = current.versions.slice(0, cut < 0 ? 0 : cut).filter((v) => !rereadIds.has(v.id));
  const recent = new Map(current.versions.slice(0, Math.max(0, cut)).map((v) => [v.id, v]));
  const versions = [...front, ...reread.versions.map((v) => recent.get(v.id) ?? v)];
  // The later of the two answers says how many versions the project has.
  const total = current.checkedAt > reread.checkedAt ? current.total : reread.total;
  return {
    versions,
    total,
    complete: true,
    loadedPages: reread.loadedPages,
    checkedAt: Math.max(current.checkedAt, reread.checkedAt),
    needsReread: versions.length !== total,
  };
}

/** The last release before the version `name` (see lib/previous-release), or null. */
export function previousVersion(index: VersionIndex, name: string): ReleaseSummary | null {
  return findReleaseBase(index.versions, name)?.base ?? null;
}
