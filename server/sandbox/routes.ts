/**
 * The sandbox's `/openapi` endpoints (the delivery-release contract, the real-server variants and the
 * neighbouring read endpoints) and its own `/sandbox` endpoints.
 */
import { z } from 'zod';
import {
  createHelmReleaseRequestSchema,
  createK8sReleaseRequestSchema,
  listReleasesQuerySchema,
  publishImageRequestSchema,
  retryReleaseRequestSchema,
  type ReleaseType,
} from '../../src/api/schemas';
import {
  badRequest,
  queryObject,
  readJsonBody,
  Router,
  sendJson,
  sendText,
  typedError,
  validate,
  type RequestContext,
} from '../http';
import type { Db } from './db';
import type { Reference } from './reference';
import { buildRelease, checkDeleteOwner, CODE_CREATE_FAILED, versionNotFound } from './releases';
import type { ReleaseStore } from './store';
import type { Worker } from './worker';

export interface SandboxDeps {
  db: Db;
  store: ReleaseStore;
  reference: Reference;
  worker: Worker;
}

const required = z.string().trim().min(1, 'is required');
const projectKeyQuery = z.object({ projectKey: required });
const detailQuery = z.object({ projectKey: required, versionName: required });
const serviceQuery = z.object({ projectKey: required, envName: required, serviceName: required });
const optionalPositive = (fallback: number, max: number) =>
  z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(max).default(fallback);
const projectsQuery = z.object({
  pageNum: optionalPositive(1, 1_000_000),
  pageSize: optionalPositive(20, 1000),
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object body, or a 400 naming `body`. */
async function objectBody(ctx: RequestContext): Promise<Record<string, unknown>> {
  const body = await readJsonBody(ctx.req);
  if (!isObject(body)) throw badRequest('body: must be a JSON object');
  return body;
}

export function sandboxRoutes(router: Router, deps: SandboxDeps): Router {
  const { db, store, reference, worker } = deps;
  const releases = '/openapi/delivery/releases';

  router.get(releases, ({ res, url }) => {
    const q = validate(listReleasesQuerySchema, queryObject(url));
    sendJson(res, 200, store.list(q.projectKey, q.pageNum, q.pageSize));
  });

  // Real v4.0+ servers: detail by project and version name.
  router.get(`${releases}/detail`, ({ res, url }) => {
    const q = validate(detailQuery, queryObject(url));
    const row = store.rowByName(q.projectKey, q.versionName);
    if (!row) throw versionNotFound(`version ${q.versionName} of project ${q.projectKey}`);
    sendJson(res, 200, store.detail(row));
  });

  router.get(`${releases}/:id`, ({ res, params }) => {
    const row = store.row(params.id!);
    if (!row) throw versionNotFound(`version ${params.id}`);
    sendJson(res, 200, store.detail(row));
  });

  router.delete(`${releases}/:id`, async ({ req, res, url, params }) => {
    const q = validate(projectKeyQuery, queryObject(url));
    req.resume();
    checkDeleteOwner(store, params.id!, q.projectKey);
    if (store.delete(params.id!, q.projectKey)) worker.cancelRelease(params.id!);
    sendJson(res, 200, { message: 'success' });
  });

  const create = (type: ReleaseType) => async (ctx: RequestContext) => {
    const raw = await objectBody(ctx);
    const body =
      type === 'HelmChart'
        ? validate(createHelmReleaseRequestSchema, raw)
        : validate(createK8sReleaseRequestSchema, raw);
    db.transaction(() => {
      const release = buildRelease(type, body, {
        store,
        reference,
        now: Math.floor(Date.now() / 1000),
        createdBy: 'admin',
      });
      store.insert(release);
    })();
    worker.kick();
    sendJson(ctx.res, 200, { message: 'success' });
  };
  router.post(`${releases}/k8s`, create('K8SYaml'));
  router.post(`${releases}/helm`, create('HelmChart'));

  // Documented: id/projectKey in the JSON body; real servers read them from the query string.
  router.post(`${releases}/retry`, async (ctx) => {
    const body = await readJsonBody(ctx.req);
    if (body !== undefined && !isObject(body)) throw badRequest('body: must be a JSON object');
    const query = queryObject(ctx.url);
    const merged = {
      id: (body as Record<string, unknown> | undefined)?.id ?? query.id,
      projectKey: (body as Record<string, unknown> | undefined)?.projectKey ?? query.projectKey,
    };
    const q = validate(retryReleaseRequestSchema, merged);
    const row = store.row(q.id);
    if (!row || row.project_key !== q.projectKey)
      throw versionNotFound(`version ${q.id} of project ${q.projectKey}`);
    const result = store.retry(q.id);
    if (!result.ok) {
      const text = `can't reCreate version with status:${result.status}`;
      throw typedError(400, CODE_CREATE_FAILED, text, text);
    }
    worker.kick();
    sendJson(ctx.res, 200, { message: 'success' });
  });

  // Neighbouring read endpoints --------------------------------------------------------------------

  router.get('/openapi/projects/project', ({ res, url }) => {
    const q = validate(projectsQuery, queryObject(url));
    sendJson(res, 200, reference.projects(q.pageNum, q.pageSize));
  });

  const knownProject = (url: URL) => {
    const q = validate(projectKeyQuery, queryObject(url));
    if (!reference.project(q.projectKey))
      throw badRequest(`projectKey: project ${q.projectKey} does not exist`);
    return q.projectKey;
  };

  router.get('/openapi/environments', ({ res, url }) =>
    sendJson(res, 200, reference.environments(knownProject(url), false)),
  );
  router.get('/openapi/environments/production', ({ res, url }) =>
    sendJson(res, 200, reference.environments(knownProject(url), true)),
  );

  const serviceInEnv = (url: URL) => {
    const q = validate(serviceQuery, queryObject(url));
    if (!reference.environment(q.projectKey, q.envName)) {
      throw badRequest(`envName: environment ${q.envName} does not exist in project ${q.projectKey}`);
    }
    const service = reference.envService(q.projectKey, q.envName, q.serviceName);
    if (!service)
      throw badRequest(`serviceName: service ${q.serviceName} is not in environment ${q.envName}`);
    return service;
  };
  router.get('/openapi/environments/service/yaml', ({ res, url }) =>
    sendText(res, 200, serviceInEnv(url).yaml, 'text/yaml'),
  );
  router.get('/openapi/environments/service/values', ({ res, url }) => {
    const service = serviceInEnv(url);
    if (service.type !== 'helm') {
      throw badRequest(
        `serviceName: service ${service.service_name} is not a Helm service (it has no values)`,
      );
    }
    sendText(res, 200, service.values_yaml, 'text/yaml');
  });

  const envDetail = (production: boolean | null) => (ctx: RequestContext) => {
    const projectKey = knownProject(ctx.url);
    const env = reference.environment(projectKey, ctx.params.name!);
    if (!env || (production !== null && (env.production === 1) !== production)) {
      throw typedError(
        404,
        6164,
        'environment not found',
        `environment ${ctx.params.name} not found in project ${projectKey}`,
      );
    }
    sendJson(ctx.res, 200, reference.environmentDetail(env));
  };
  router.get('/openapi/environments/production/:name', envDetail(true));
  router.get('/openapi/environments/:name', envDetail(null));

  router.get('/openapi/system/registry', ({ res }) => sendJson(res, 200, reference.registries()));
  router.get('/openapi/service/yaml/services', ({ res, url }) =>
    sendJson(res, 200, reference.serviceTemplates(knownProject(url))),
  );

  // The sandbox's own endpoints ----------------------------------------------------------------------

  router.post('/sandbox/images', async (ctx) => {
    const body = validate(publishImageRequestSchema, await objectBody(ctx));
    const added = reference.publishImage(body.image);
    worker.kick();
    sendJson(ctx.res, 200, { message: 'success', image: body.image, added });
  });
  router.get('/sandbox/images', ({ res }) => sendJson(res, 200, { images: reference.images() }));
  router.get('/sandbox/charts', ({ res, url }) => {
    const repo = url.searchParams.get('repo') ?? undefined;
    sendJson(res, 200, {
      charts: reference.chartPushes(repo).map((c) => ({ ...c, chart: `${c.chart_name}:${c.chart_version}` })),
    });
  });
  router.get('/sandbox/chart-repos', ({ res, url }) =>
    sendJson(res, 200, { repos: reference.chartRepos(knownProject(url)) }),
  );

  return router;
}
