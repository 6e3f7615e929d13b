/** What the fake Zadig was asked, by route and project, for tests that count a client's requests. */

export type RouteKind =
  'list' | 'detail' | 'by-id' | 'create' | 'retry' | 'delete' | 'projects' | 'catalog' | 'other';

export interface FakeRequest {
  method: string;
  url: string;
  auth: 'user' | 'read-only' | 'none' | 'wrong';
  route: RouteKind;
  projectKey: string;
  /** List requests: the page size asked. */
  pageSize?: number;
  /** Answered 404 (a route this server does not have). */
  status?: number;
}

const R = '/openapi/delivery/releases';

export function routeOf(method: string, url: URL): RouteKind {
  const path = url.pathname;
  if (path === R) return method === 'GET' ? 'list' : 'other';
  if (path === `${R}/detail`) return 'detail';
  if (path === `${R}/k8s` || path === `${R}/helm`) return 'create';
  if (path === `${R}/retry`) return 'retry';
  if (path.startsWith(`${R}/`)) return method === 'DELETE' ? 'delete' : 'by-id';
  if (path === '/openapi/projects/project') return 'projects';
  if (path.startsWith('/openapi/')) return 'catalog';
  return 'other';
}

export function describeRequest(method: string, rawUrl: string, auth: FakeRequest['auth']): FakeRequest {
  const url = new URL(rawUrl, 'http://fake-zadig');
  const route = routeOf(method, url);
  const record: FakeRequest = {
    method,
    url: rawUrl,
    auth,
    route,
    projectKey: url.searchParams.get('projectKey') ?? '',
  };
  if (route === 'list') record.pageSize = Number(url.searchParams.get('pageSize'));
  return record;
}

/** Per-route counts of the given requests (the `/__fake/counts` answer). */
export function countRequests(requests: readonly FakeRequest[]) {
  const byRoute: Record<string, number> = {};
  const listPageSizes: Record<string, number> = {};
  /** Answers of gin's NoRoute (404) or NoMethod (405): asked at a route Zadig does not have. */
  let unrouted = 0;
  for (const r of requests) {
    byRoute[r.route] = (byRoute[r.route] ?? 0) + 1;
    if (r.route === 'list') listPageSizes[String(r.pageSize)] = (listPageSizes[String(r.pageSize)] ?? 0) + 1;
    if (r.status === 404 || r.status === 405) unrouted++;
  }
  return { total: requests.length, byRoute, listPageSizes, unrouted };
}
