/**
 * The pages' code, each loaded when first needed: by the router on a visit (trying again until it
 * loads, `retryingImport`), or ahead of a likely visit (`warmPage`: a pointer over a link to it, or
 * the link's focus), so that opening the page waits for its data only.
 */
import { matchPath } from 'react-router';
import { routePatterns } from '../lib/paths';
import { loadModule, retryingImport } from '../lib/retrying-import';

const imports = {
  list: () => import('../features/releases/list/release-list-page'),
  create: () => import('../features/releases/create/create-release-page'),
  detail: () => import('../features/releases/detail/release-detail-page'),
  compare: () => import('../features/releases/compare/compare-page'),
};

export type PageName = keyof typeof imports;

/** A page's module for the router: tried again after a failure (server restarting, network blip). */
export function loadPage<P extends PageName>(page: P): ReturnType<(typeof imports)[P]> {
  const load: () => Promise<unknown> = imports[page];
  return retryingImport(load) as ReturnType<(typeof imports)[P]>;
}

const warm = new Set<PageName>();

/** Starts fetching a page's code once, quietly; after a failure, the next call tries again. */
function warmPage(page: PageName): void {
  if (warm.has(page)) return;
  warm.add(page);
  const load: () => Promise<unknown> = imports[page];
  loadModule(load).catch(() => warm.delete(page));
}

/** The page an in-app address opens (`newRelease` before `release`: "new" is not a version id). */
export function pageFor(to: string): PageName | null {
  const path = to.split(/[?#]/)[0] ?? '';
  if (matchPath(routePatterns.newRelease, path)) return 'create';
  if (matchPath(routePatterns.release, path)) return 'detail';
  if (matchPath(routePatterns.compare, path)) return 'compare';
  if (matchPath(routePatterns.releases, path)) return 'list';
  return null;
}

/** Starts fetching the code of the page `to` opens (`warmOnIntent`'s warmer). */
export function warmPageFor(to: string): void {
  const page = pageFor(to);
  if (page) warmPage(page);
}
