/**
 * The fake Zadig's test hooks under `/__fake/` (not reachable through the app's proxy):
 * - `GET /__fake/requests[?projectKey=&route=]`: what was asked (`requests.ts` shapes);
 *   `GET /__fake/counts[?projectKey=]`: per-route counts; `POST /__fake/requests/reset[?projectKey=]`
 *   forgets them (only that project's, when given: tests running side by side keep theirs).
 * - `POST /__fake/projects {projectKey, count?, failed?, creating?}`: a project of many versions
 *   (`big-project.ts`), replacing any earlier one of that key.
 * - As another Zadig user would: `POST /__fake/add {projectKey, versionName, status?, labels?}` adds a
 *   newest version; `POST /__fake/finish {projectKey, versionName, status, imageStatus?}` sets a status
 *   (and every image's, to `imageStatus` when given: Zadig copies any job status there,
 *   pkg/microservice/aslan/config/consts.go);
 *   `POST /__fake/remove {projectKey, versionName}` deletes one.
 * - `GET /__fake/versions?projectKey=&versionName=`, `POST /__fake/reset`, `GET /__fake/health`.
 * - `POST /__fake/revoke {token}`: that API token is refused from now on (401), as when its user deletes
 *   it in Zadig; `POST /__fake/reset` accepts it again.
 * - `POST /__fake/outage {mode: 'none'|'502'|'down'}`: Zadig answers 502 to everything, or stops
 *   answering (connections dropped), or is back. It affects every test using this fake: a spec that
 *   uses it starts a fake of its own.
 * - `POST /__fake/stall {projectKey, lists?: false}`: that project's lists answer as slowly as
 *   `slow-demo` does (its details at once), or, with `lists: false`, at once again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bigProjectVersions } from './big-project';
import { newId, type FakeProject, type FakeVersion } from './data';
import { badRequest, empty, json, readBody, str, type Body } from './reply';
import { countRequests, type FakeRequest } from './requests';

/**
 * How the fake answers `/openapi/*` (the test hooks always answer): normally, `502` (as a gateway in
 * front of a Zadig that is down does), or `down` (connections are dropped without an answer).
 */
export type Outage = 'none' | '502' | 'down';

export interface FakeState {
  outage: Outage;
  /** API tokens refused from now on. */
  revoked: Set<string>;
  /** Projects whose lists answer slowly (`/__fake/stall`). */
  stalled: Set<string>;
  versions: FakeVersion[];
  projects: FakeProject[];
  requests: FakeRequest[];
  addProject: (projectKey: string) => void;
  reset: () => void;
}

const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.map(Number).filter(Number.isInteger) : []);

function find(state: FakeState, projectKey: string, name: string): FakeVersion | undefined {
  return state.versions.find((v) => v.project_name === projectKey && v.version === name);
}

export async function answerControl(
  state: FakeState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const projectKey = url.searchParams.get('projectKey');
  const mine = (r: FakeRequest) => projectKey === null || r.projectKey === projectKey;

  if (method === 'GET' && path === '/__fake/health') return json(res, 200, { ok: true });
  if (method === 'GET' && path === '/__fake/requests') {
    const route = url.searchParams.get('route');
    return json(
      res,
      200,
      state.requests.filter((r) => mine(r) && (route === null || r.route === route)),
    );
  }
  if (method === 'GET' && path === '/__fake/counts') {
    return json(res, 200, countRequests(state.requests.filter(mine)));
  }
  if (method === 'POST' && path === '/__fake/requests/reset') {
    const kept = state.requests.filter((r) => !mine(r));
    state.requests.length = 0;
    state.requests.push(...kept);
    return json(res, 200, { message: 'success' });
  }
  if (method === 'POST' && path === '/__fake/reset') {
    state.reset();
    return json(res, 200, { message: 'success' });
  }
  if (method === 'GET' && path === '/__fake/versions') {
    const found = find(state, projectKey ?? '', url.searchParams.get('versionName') ?? '');
    return found ? json(res, 200, found) : empty(res, 404);
  }
  if (method !== 'POST') return empty(res, 404);

  const body = ((await readBody(req)) ?? {}) as Body;
  if (path === '/__fake/outage') {
    const mode = str(body.mode);
    if (mode !== 'none' && mode !== '502' && mode !== 'down')
      return badRequest(res, "mode: 'none', '502' or 'down'");
    state.outage = mode;
    return json(res, 200, { message: 'success', mode });
  }
  if (path === '/__fake/revoke') {
    const token = str(body.token);
    if (!token) return badRequest(res, 'token is required');
    state.revoked.add(token);
    return json(res, 200, { message: 'success' });
  }
  const key = str(body.projectKey);
  if (!key) return badRequest(res, 'projectKey is required');
  const name = str(body.versionName);
  switch (path) {
    case '/__fake/projects': {
      const count = Number(body.count ?? 10_000);
      if (!Number.isInteger(count) || count < 0 || count > 100_000)
        return badRequest(res, 'count: 0 to 100000');
      state.versions = state.versions.filter((v) => v.project_name !== key);
      state.versions.push(
        ...bigProjectVersions({
          projectKey: key,
          count,
          failed: numbers(body.failed),
          creating: numbers(body.creating),
        }),
      );
      state.addProject(key);
      return json(res, 200, { message: 'success', count });
    }
    case '/__fake/add': {
      if (!name) return badRequest(res, 'versionName is required');
      if (find(state, key, name)) return badRequest(res, `${name} already exists`);
      const template = state.versions.find((v) => v.project_name === key);
      if (!template) return badRequest(res, `no project ${key}`);
      state.versions.push({
        ...structuredClone(template),
        id: newId(),
        version: name,
        desc: `Added by another user: ${name}`,
        labels: Array.isArray(body.labels) ? body.labels.map(String) : [],
        status: str(body.status) || 'creating',
        error: '',
        created_by: 'someone-else',
        created_at: Math.floor(Date.now() / 1000),
      });
      return json(res, 200, { message: 'success' });
    }
    case '/__fake/finish': {
      const found = find(state, key, name);
      if (!found) return empty(res, 404);
      found.status = str(body.status) || 'success';
      found.error = found.status === 'failed' ? 'image distribution failed: cart' : '';
      for (const image of found.services.flatMap((s) => s.images)) {
        image.status = str(body.imageStatus) || (found.status === 'failed' ? 'failed' : 'passed');
      }
      return json(res, 200, { message: 'success' });
    }
    case '/__fake/stall': {
      if (body.lists === false) state.stalled.delete(key);
      else state.stalled.add(key);
      return json(res, 200, { message: 'success' });
    }
    case '/__fake/remove': {
      const before = state.versions.length;
      state.versions = state.versions.filter((v) => !(v.project_name === key && v.version === name));
      return before === state.versions.length ? empty(res, 404) : json(res, 200, { message: 'success' });
    }
    default:
      return empty(res, 404);
  }
}
