import type { ReleaseSummary } from '../../../api/model';
import type { ListFilters } from './url-state';

/**
 * The versions matching every given filter (name contains, any of the statuses, type, all labels), and
 * those in `keep`: a version the user just acted on (a retry under a Failed filter) stays on screen with
 * its new status instead of vanishing under the user's pointer.
 */
export function filterReleases(
  items: readonly ReleaseSummary[],
  filters: ListFilters,
  keep: ReadonlySet<string> = new Set(),
): ReleaseSummary[] {
  const q = filters.q.trim().toLocaleLowerCase();
  return items.filter(
    (item) =>
      keep.has(item.id) ||
      ((!q || item.name.toLocaleLowerCase().includes(q)) &&
        (filters.status.length === 0 || filters.status.includes(item.status)) &&
        (!filters.type || item.type === filters.type) &&
        filters.label.every((label) => item.labels.includes(label))),
  );
}

/** Pages may overlap when versions are added while they load: keep the first of each id. */
export function uniqueById(items: readonly ReleaseSummary[]): ReleaseSummary[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(item.id) ? false : (seen.add(item.id), true)));
}

/** `localeCompare`'s order, from one collator built when first needed (not one per comparison). */
let collator: Intl.Collator | null = null;

/** Every label used, sorted, for the label filter's options. */
export function collectLabels(items: readonly ReleaseSummary[]): string[] {
  const labels = [...new Set(items.flatMap((item) => item.labels))];
  if (labels.length < 2) return labels;
  collator ??= new Intl.Collator();
  return labels.sort(collator.compare);
}
