/**
 * Journey harness: the list, the real create wizard and the detail on ONE QueryClient and one router,
 * as in the app, in front of a small stateful fake Zadig (versions can be retried and deleted). Problems
 * that only show when pages share a cache live here; `render-page` gives each test a page on its own.
 */
import type { RouteObject } from 'react-router';
import { routePatterns } from '../../../lib/paths';
import { CreateReleasePage } from '../create/create-release-page';
import { ReleaseDetailPage } from '../detail/release-detail-page';
import { ReleaseListPage } from '../list/release-list-page';
import {
  fakeServer,
  json,
  listItem,
  realDetail,
  registries,
  renderRoutes,
  type FakeRequest,
} from './render-page';

const routes: RouteObject[] = [
  { path: routePatterns.releases, element: <ReleaseListPage /> },
  { path: routePatterns.newRelease, element: <CreateReleasePage /> },
  { path: routePatterns.release, element: <ReleaseDetailPage /> },
];

export interface FakeVersion {
  id: string;
  name: string;
  status: string;
}

const BASE = '/openapi/delivery/releases';

/**
 * A fake Zadig holding `versions` of project `yaml`: list, detail, retry and delete change them.
 * `gate` may hold a request on its way (until the promise it returns settles).
 */
export function statefulZadig(versions: FakeVersion[], gate?: (r: FakeRequest) => Promise<void> | undefined) {
  const server = fakeServer(async (r) => {
    await gate?.(r);
    const path = r.url.pathname;
    if (path === '/openapi/projects/project') {
      return json({
        total: 1,
        projects: [{ project_key: 'yaml', project_name: 'yaml', description: '', deploy_type: 'k8s' }],
      });
    }
    if (path === '/openapi/system/registry') return json(registries);
    if (r.method === 'GET' && path === BASE) {
      const size = Number(r.url.searchParams.get('pageSize') ?? 20);
      const page = Number(r.url.searchParams.get('pageNum') ?? 1);
      const items = versions.slice((page - 1) * size, page * size);
      return json({
        list: items.map((v) => listItem({ id: v.id, version_name: v.name, status: v.status })),
        total: versions.length,
      });
    }
    if (r.method === 'POST' && path === `${BASE}/retry`) {
      const found = versions.find((v) => v.id === r.url.searchParams.get('id'));
      if (found) found.status = 'retrying';
      return found ? json({ message: 'success' }) : json({ code: 6000, message: 'not found' }, 404);
    }
    if (r.method === 'GET' && path === `${BASE}/detail`) {
      const found = versions.find((v) => v.name === r.url.searchParams.get('versionName'));
      return found
        ? json(realDetail({ version: found.name, project_name: 'yaml', status: found.status }))
        : json({ code: 500, message: 'Internal Error: ', description: 'mongo: no documents in result' }, 500);
    }
    const id = decodeURIComponent(path.slice(BASE.length + 1));
    const found = versions.find((v) => v.id === id);
    if (r.method === 'DELETE' && path.startsWith(`${BASE}/`)) {
      versions.splice(versions.indexOf(found!), found ? 1 : 0);
      return json({ message: 'success' });
    }
    // Zadig routes /:id for DELETE only; gin answers any other method with a 405
    // (pkg/microservice/aslan/server/rest/server.go, HandleMethodNotAllowed).
    if (r.method === 'GET' && path.startsWith(`${BASE}/`)) {
      return new Response(`Method not allowed: GET ${path}`, {
        status: 405,
        headers: { 'content-type': 'text/plain' },
      });
    }
    return undefined;
  });
  return { ...server, versions };
}

export function renderJourney(path: string) {
  localStorage.setItem('zrc.locale', 'en-US');
  // No poll within a test's time: what changes on screen is what the test's own steps change.
  return renderRoutes(routes, path, 'en-US', undefined, { live: 600_000, idle: 600_000, reconnect: 600_000 });
}
