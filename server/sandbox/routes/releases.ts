/** The sandbox's delivery versions: list, detail (by id and by name), create, retry and delete. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  createHelmReleaseRequestSchema,
  createK8sReleaseRequestSchema,
  listReleasesQuerySchema,
  retryReleaseRequestSchema,
  type ReleaseType,
} from '../../../src/api/schemas';
import { badRequest, queryObject, readJsonBody, sendJson, typedError, validate } from '../../http';
import { buildRelease, checkDeleteOwner, CODE_CREATE_FAILED, versionNotFound } from '../releases';
import { detailQuery, isObject, objectBody, projectKeyQuery, type SandboxDeps } from './shared';

type WithId = FastifyRequest<{ Params: { id: string } }>;

export function releaseRoutes(app: FastifyInstance, deps: SandboxDeps): void {
  const { db, store, reference, worker } = deps;
  const releases = '/openapi/delivery/releases';

  app.get(releases, (req, reply) => {
    const q = validate(listReleasesQuerySchema, queryObject(req.url));
    return sendJson(reply, 200, store.list(q.projectKey, q.pageNum, q.pageSize));
  });

  // Real v4.0+ servers: detail by project and version name.
  app.get(`${releases}/detail`, (req, reply) => {
    const q = validate(detailQuery, queryObject(req.url));
    const row = store.rowByName(q.projectKey, q.versionName);
    if (!row) throw versionNotFound(`version ${q.versionName} of project ${q.projectKey}`);
    return sendJson(reply, 200, store.detail(row));
  });

  app.get(`${releases}/:id`, (req: WithId, reply) => {
    const row = store.row(req.params.id);
    if (!row) throw versionNotFound(`version ${req.params.id}`);
    return sendJson(reply, 200, store.detail(row));
  });

  app.delete(`${releases}/:id`, (req: WithId, reply) => {
    const q = validate(projectKeyQuery, queryObject(req.url));
    req.raw.resume();
    checkDeleteOwner(store, req.params.id, q.projectKey);
    if (store.delete(req.params.id, q.projectKey)) worker.cancelRelease(req.params.id);
    return sendJson(reply, 200, { message: 'success' });
  });

  const create = (type: ReleaseType) => async (req: FastifyRequest) => {
    const raw = await objectBody(req);
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
  };
  app.post(`${releases}/k8s`, async (req, reply) => {
    await create('K8SYaml')(req);
    return sendJson(reply, 200, { message: 'success' });
  });
  app.post(`${releases}/helm`, async (req, reply) => {
    await create('HelmChart')(req);
    return sendJson(reply, 200, { message: 'success' });
  });

  // Documented: id/projectKey in the JSON body; real servers read them from the query string.
  app.post(`${releases}/retry`, async (req, reply) => {
    const body = await readJsonBody(req.raw);
    if (body !== undefined && !isObject(body)) throw badRequest('body: must be a JSON object');
    const query = queryObject(req.url);
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
    return sendJson(reply, 200, { message: 'success' });
  });
}
