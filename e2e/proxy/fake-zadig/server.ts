/**
 * A fake Zadig v4.0+ for the proxy-mode browser tests. It answers as real servers do, not as the
 * documentation says (see shared/spec/zadig-behaviour.md):
 * - Routes as `OpenAPIRouter` in pkg/microservice/aslan/core/delivery/handler/router.go (v4.0.0–v5.0.0):
 *   `/releases/:id` is routed for DELETE only, so a GET there is gin's NoMethod answer, 405 text/plain
 *   `Method not allowed: GET <path>`; a path no route matches is the NoRoute answer, 404 text/plain
 *   `Invalid path: <path>` (both in pkg/microservice/aslan/server/rest/server.go). Detail is
 *   `/releases/detail?projectKey=&versionName=` with real field names and no `id`; an unknown version
 *   there is a 500 (service/openapi.go `OpenAPIGetDeliveryVersion`).
 * - `from_version` creates need `original_version_name` (service/openapi.go, v4.2+): missing is a 500
 *   `original version name is required when source is from version`.
 * - retry reads `id` and `projectKey` from the query string only.
 * - 401 (no or wrong token) and 403 (no permission) have empty bodies.
 * - The list is paged by skip/limit: a deep page costs more (`deepCostMsPer1000` ms per 1,000 versions
 *   skipped), as it does on a real server.
 * Test hooks: project `forbidden-demo` answers 403 to everyone; the read-only token gets 403 for
 * writes; project `slow-demo` never answers within the proxy's time limit; `big-demo` has 10,000
 * versions. `/__fake/*` (not reachable through the app's proxy) seeds versions and projects, changes
 * them as another client would, and shows and counts what was asked (see `control.ts`).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { bigProjectVersions } from './big-project';
import { answerCatalog } from './catalog';
import { answerControl, type FakeState } from './control';
import {
  detail,
  listItem,
  MISSING_IMAGE_MARK,
  newId,
  PROJECTS,
  seedVersions,
  type FakeProject,
  type FakeService,
  type FakeVersion,
} from './data';
import { badRequest, empty, internal, json, readBody, str, text, typed, type Body } from './reply';
import { describeRequest, type FakeRequest } from './requests';
import { applyServerDecided } from './server-decided';

export interface FakeZadigOptions {
  /** The token of a user who may do everything. */
  token: string;
  /** A token that may read but gets 403 for every write. */
  readOnlyToken: string;
  /** How long `slow-demo`, and the lists of a stalled project, take to answer (ms). */
  slowMs: number;
  /** How long creating or retrying a version takes (ms). */
  workMs: number;
  /** What reading a list page costs per 1,000 versions skipped (ms); default 5. */
  deepCostMsPer1000?: number;
}

/** The shared 10,000-version project, read by tests and never changed by them. */
export const BIG_DEMO = { projectKey: 'big-demo', count: 10_000, failed: [1_500, 4_200, 8_800] };

function bigProject(projectKey: string): FakeProject {
  return {
    project_name: projectKey,
    project_key: projectKey,
    description: 'Many versions',
    deploy_type: 'k8s',
  };
}

export function createFakeZadig(options: FakeZadigOptions) {
  const state: FakeState = {
    outage: 'none',
    revoked: new Set(),
    stalled: new Set(),
    versions: [...seedVersions(), ...bigProjectVersions(BIG_DEMO)],
    projects: [...PROJECTS, bigProject(BIG_DEMO.projectKey)],
    requests: [] as FakeRequest[],
    addProject: (projectKey) => {
      if (!state.projects.some((p) => p.project_key === projectKey))
        state.projects.push(bigProject(projectKey));
    },
    reset: () => {
      state.outage = 'none';
      state.revoked.clear();
      state.stalled.clear();
      state.versions = [...seedVersions(), ...bigProjectVersions(BIG_DEMO)];
      state.projects = [...PROJECTS, bigProject(BIG_DEMO.projectKey)];
      state.requests.length = 0;
    },
  };
  const deepCost = options.deepCostMsPer1000 ?? 5;

  const finishWork = (v: FakeVersion) => {
    setTimeout(() => {
      if (!state.versions.includes(v)) return;
      let failed = false;
      for (const image of v.services.flatMap((s) => s.images)) {
        if (!image.push_image || image.status === 'passed') continue;
        const missing = v.status === 'creating' && image.source_image.includes(MISSING_IMAGE_MARK);
        image.status = missing ? 'failed' : 'passed';
        image.error = missing ? `pull ${image.source_image}: manifest unknown` : '';
        failed ||= missing;
      }
      v.status = failed ? 'failed' : 'success';
      if (!failed) v.error = '';
      else v.error = 'image distribution failed';
    }, options.workMs).unref();
  };

  const create = async (req: IncomingMessage, res: ServerResponse, type: FakeVersion['type']) => {
    const body = ((await readBody(req)) ?? {}) as Body;
    const projectKey = str(body.project_key);
    const name = str(body.version_name).trim();
    // pkg/microservice/aslan/core/delivery/service/openapi.go: OpenAPICreate{K8S,Helm}DeliveryVersion read
    // the base version from `original_version_name` only; a plain Go error is a 500 (pkg/tool/errors).
    if (str(body.source) === 'from_version' && !str(body.original_version_name))
      return internal(res, 'original version name is required when source is from version');
    if (!projectKey || !name) return badRequest(res, 'project_key and version_name are required');
    if (!state.projects.some((p) => p.project_key === projectKey))
      return typed(res, 6560, 'project not found');
    if (state.versions.some((v) => v.project_name === projectKey && v.version === name)) {
      return typed(res, 6560, 'version already exist', `version ${name} already exist`);
    }
    const services = Array.isArray(body.services) ? (body.services as Body[]) : [];
    // An empty chart_repo_name is accepted: the charts are then not pushed (version_v2.go).
    if (type === 'HelmChart' && services.length === 0) {
      return typed(res, 6560, 'create version failed', 'helm versions need services');
    }
    const version: FakeVersion = {
      id: newId(),
      version: name,
      project_name: projectKey,
      env_name: str(body.env_name),
      production: body.production === true,
      type,
      source: str(body.source) || 'manual',
      desc: str(body.desc),
      labels: Array.isArray(body.labels) ? body.labels.map(String) : [],
      image_registry_id: str(body.image_registry_id),
      chart_repo_name: str(body.chart_repo_name),
      services: services.map((s): FakeService => ({
        service_name: str(s.service_name),
        chart_name: type === 'HelmChart' ? str(s.service_name) : '',
        original_chart_version: '',
        chart_version: str(s.chart_version),
        chart_status: type === 'HelmChart' ? 'passed' : '',
        yaml_content: str(s.yaml_content),
        error: '',
        images: (Array.isArray(s.images) ? (s.images as Body[]) : []).map((i) => ({
          container_name: str(i.container_name),
          image_name: str(i.image_name),
          source_image: str(i.source_image),
          source_image_tag: str(i.source_image_tag),
          target_image: str(i.target_image),
          target_image_tag: str(i.target_image_tag),
          image_path: type === 'HelmChart' ? ((i.image_path as Record<string, string> | null) ?? null) : null,
          push_image: i.push_image === true,
          status: i.push_image === true ? 'running' : '',
          error: '',
        })),
      })),
      status: 'creating',
      error: '',
      created_by: 'e2e-user',
      created_at: Math.floor(Date.now() / 1000),
    };
    const baseName = str(body.original_version_name) || str(body.original_version);
    const base = state.versions.find((v) => v.project_name === projectKey && v.version === baseName);
    const failed = applyServerDecided(version, base);
    if (failed) return internal(res, failed);
    state.versions.push(version);
    finishWork(version);
    json(res, 200, { message: 'success' });
  };

  async function openapi(req: IncomingMessage, res: ServerResponse, url: URL, readOnly: boolean) {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const q = (name: string) => url.searchParams.get(name) ?? '';
    const projectKey = q('projectKey');
    if (projectKey === 'forbidden-demo') return empty(res, 403);
    if (readOnly && method !== 'GET') return empty(res, 403);
    const R = '/openapi/delivery/releases';
    if (projectKey === 'slow-demo' || (path === R && state.stalled.has(projectKey))) {
      const timer = setTimeout(() => json(res, 200, { list: [], total: 0 }), options.slowMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }

    if (method === 'GET' && path === '/openapi/projects/project') {
      return json(res, 200, { total: state.projects.length, projects: state.projects });
    }
    if (method === 'GET' && path === R) {
      const pageNum = Number(q('pageNum'));
      const pageSize = Number(q('pageSize'));
      if (!projectKey || !(pageNum >= 1) || !(pageSize >= 1)) {
        return badRequest(res, 'projectKey, pageNum and pageSize are required and must be at least 1');
      }
      const mine = state.versions
        .filter((v) => v.project_name === projectKey)
        .sort((a, b) => b.created_at - a.created_at);
      const skip = (pageNum - 1) * pageSize;
      const page = mine.slice(skip, skip + pageSize);
      const answer = () => json(res, 200, { list: page.map(listItem), total: mine.length });
      const cost = (skip / 1000) * deepCost;
      if (cost < 1) return answer();
      const timer = setTimeout(answer, cost);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (method === 'GET' && path === `${R}/detail`) {
      const found = state.versions.find(
        (v) => v.project_name === projectKey && v.version === q('versionName'),
      );
      return found ? json(res, 200, detail(found)) : internal(res, 'mongo: no documents in result');
    }
    if (method === 'POST' && path === `${R}/k8s`) return create(req, res, 'K8SYaml');
    if (method === 'POST' && path === `${R}/helm`) return create(req, res, 'HelmChart');
    if (method === 'POST' && path === `${R}/retry`) {
      req.resume(); // real servers ignore the body: id and projectKey come from the query string
      const id = q('id');
      if (!id || !projectKey) return badRequest(res, 'id and projectKey are required in the query string');
      const found = state.versions.find((v) => v.id === id && v.project_name === projectKey);
      if (!found) return internal(res, 'mongo: no documents in result');
      if (found.status !== 'failed') {
        return typed(
          res,
          6560,
          'create version failed',
          `can't reCreate version with status:${found.status}`,
        );
      }
      found.status = 'retrying';
      finishWork(found);
      return json(res, 200, { message: 'success' });
    }
    const byId = path.startsWith(`${R}/`) ? decodeURIComponent(path.slice(R.length + 1)) : '';
    if (method === 'DELETE' && byId && !byId.includes('/')) {
      state.versions = state.versions.filter((v) => !(v.id === byId && v.project_name === projectKey));
      return json(res, 200, { message: 'success' });
    }
    if (method === 'GET' && answerCatalog(res, path, url)) return;
    req.resume();
    // gin with HandleMethodNotAllowed (pkg/microservice/aslan/server/rest/server.go): a path that another
    // method routes (`DELETE /releases/:id`) is NoMethod's 405; anything else NoRoute's 404.
    if (byId && !byId.includes('/')) return text(res, 405, `Method not allowed: ${method} ${path}`);
    return text(res, 404, `Invalid path: ${path}`);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake-zadig');
    if (url.pathname.startsWith('/__fake/')) return void answerControl(state, req, res, url);
    const header = req.headers.authorization ?? '';
    const auth = state.revoked.has(header.replace(/^Bearer /, ''))
      ? 'wrong'
      : header === `Bearer ${options.token}`
        ? 'user'
        : header === `Bearer ${options.readOnlyToken}`
          ? 'read-only'
          : header
            ? 'wrong'
            : 'none';
    if (state.outage === 'down') return void req.socket.destroy();
    if (state.outage === '502') {
      req.resume();
      return text(res, 502, '<html><body><h1>502 Bad Gateway</h1></body></html>');
    }
    const record = describeRequest(req.method ?? '', req.url ?? '', auth);
    state.requests.push(record);
    res.on('finish', () => (record.status = res.statusCode));
    if (auth === 'none' || auth === 'wrong') {
      req.resume();
      return empty(res, 401);
    }
    openapi(req, res, url, auth === 'read-only').catch((error: unknown) => internal(res, String(error)));
  });
  return { server };
}
