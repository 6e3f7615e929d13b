/** Every route path of the app, in one place. */
const enc = encodeURIComponent;

export const paths = {
  home: '/',
  releases: (projectKey: string, search?: URLSearchParams | string) =>
    withSearch(`/projects/${enc(projectKey)}/releases`, search),
  release: (projectKey: string, id: string, search?: URLSearchParams | string) =>
    withSearch(`/projects/${enc(projectKey)}/releases/${enc(id)}`, search),
  newRelease: (projectKey: string, search?: URLSearchParams | string) =>
    withSearch(`/projects/${enc(projectKey)}/releases/new`, search),
  /** Two versions side by side; `base` and `head` are version names (ids optional, `baseId`/`headId`). */
  compare: (projectKey: string, search?: URLSearchParams | string) =>
    withSearch(`/projects/${enc(projectKey)}/compare`, search),
} as const;

/** Route patterns for the router. */
export const routePatterns = {
  home: '/',
  releases: '/projects/:projectKey/releases',
  newRelease: '/projects/:projectKey/releases/new',
  release: '/projects/:projectKey/releases/:id',
  compare: '/projects/:projectKey/compare',
} as const;

function withSearch(path: string, search?: URLSearchParams | string): string {
  const qs = typeof search === 'string' ? search.replace(/^\?/, '') : search?.toString();
  return qs ? `${path}?${qs}` : path;
}
