/** The list's state in the URL: page, size and filters. Parsing never fails; bad values fall back. */
import { RELEASE_STATUSES, RELEASE_TYPES } from '../../../api/constants';
import { MAX_FILTER_TEXT } from '../../../api/model';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface ListFilters {
  /** Part of the version name (case-insensitive). */
  q: string;
  status: string[];
  type: string;
  label: string[];
}

export interface ListState extends ListFilters {
  page: number;
  size: number;
}

function positiveInt(raw: string | null, fallback: number): number {
  if (!raw || !/^\d{1,6}$/.test(raw)) return fallback;
  const n = Number(raw);
  return n >= 1 ? n : fallback;
}

function uniqueNonEmpty(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

export function parseListState(params: URLSearchParams): ListState {
  const size = positiveInt(params.get('size'), DEFAULT_PAGE_SIZE);
  const type = (params.get('type') ?? '').trim();
  return {
    page: positiveInt(params.get('page'), 1),
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    // A longer one from a link is cut, as the search box cuts typing (the server would refuse it).
    q: (params.get('q') ?? '').slice(0, MAX_FILTER_TEXT),
    // Values no filter offers (`?status=bogus`) are ignored, not shown as a filter that matches nothing.
    status: uniqueNonEmpty(params.getAll('status')).filter((s) =>
      (RELEASE_STATUSES as readonly string[]).includes(s),
    ),
    type: (RELEASE_TYPES as readonly string[]).includes(type) ? type : '',
    label: uniqueNonEmpty(params.getAll('label').map((l) => l.slice(0, MAX_FILTER_TEXT))),
  };
}

/** The query string for a state; defaults are left out so links stay short. */
export function serializeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.size !== DEFAULT_PAGE_SIZE) params.set('size', String(state.size));
  if (state.q) params.set('q', state.q);
  state.status.forEach((s) => params.append('status', s));
  if (state.type) params.set('type', state.type);
  state.label.forEach((l) => params.append('label', l));
  return params;
}

export function hasFilters(filters: ListFilters): boolean {
  return Boolean(filters.q.trim() || filters.status.length || filters.type || filters.label.length);
}
