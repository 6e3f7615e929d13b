/**
 * The sandbox's delivery versions: list, detail (by id and by name), create, retry and delete. The
 * routes are koderover/zadig pkg/microservice/aslan/core/delivery/handler/router.go (`OpenAPIRouter`)
 * plus the documented `GET /:id`; their parameters are checked by the route schemas (400 naming the field).
 */
import type { preValidationHookHandler } from 'fastify';
import { z } from 'zod';
import {
  createHelmReleaseRequestSchema,
  createK8sReleaseRequestSchema,
  listReleasesQuerySchema,
  retryReleaseRequestSchema,
  type CreateHelmReleaseRequest,
  type CreateK8sReleaseRequest,
  type ReleaseType,
} from '../../../src/api/schemas';
import { badRequest, sendJson, typedError } from '../../http';
import type { ZodApp } from '../../route-schemas';
import { buildRelease, checkDeleteOwner, CODE_CREATE_FAILED, versionNotFound } from '../releases';
import { detailQuery, isObject, projectKeyQuery, type SandboxDeps } from './shared';

const idParams = z.object({ id: z.string() });

/**
 * Retry's `id` and `projectKey`: documented in the JSON body, read by real servers from the query
 * string (`OpenAPIRetryCreateDeliveryVersion`, koderover/zadig
 * pkg/microservice/aslan/core/delivery/handler/openapi.go); the body's win, the query's fill in.
 */
const retryFromBodyOrQuery: preValidationHookHandler = async (req) => {
  if (req.body !== undefined && !isObject(req.body)) throw badRequest('body: must be a JSON object');
  const body = isObject(req.body) ? req.body : {};
  const query = req.query as Record<string, unknown>;
  req.body = { id: body.id ?? query.id, projectKey: body.projectKey ?? query.projectKey };
};

export function releaseRoutes(app: ZodApp, deps: SandboxDeps): void {
  const { db, store, reference, worker } = deps;
  const releases = '/openapi/delivery/releases';

  app.get(releases, { schema: { querystring: listReleasesQuerySchema } }, (req, reply) =>
    sendJson(reply, 200, store.list(req.query.projectKey, req.query.pageNum, req.query.pageSize)),
  );

  // Real v4.0+ servers: detail by project and version name.
  app.get(`${releases}/detail`, { schema: { querystring: detailQuery } }, (req, reply) => {
    const { projectKey, versionName } = req.query;
    const row = store.rowByName(projectKey, versionName);
    if (!row) throw versionNotFound(`version ${versionName} of project ${projectKey}`);
    return sendJson(reply, 200, store.detail(row));
  });

  app.get(`${releases}/:id`, { schema: { params: idParams } }, (req, reply) => {
    const row = store.row(req.params.id);
    if (!row) throw versionNotFound(`version ${req.params.id}`);
    return sendJson(reply, 200, store.detail(row));
  });

  app.delete(
    `${releases}/:id`,
    { schema: { params: idParams, querystring: projectKeyQuery } },
    (req, reply) => {
      const { id } = req.params;
      checkDeleteOwner(store, id, req.query.projectKey);
      if (store.delete(id, req.query.projectKey)) worker.cancelRelease(id);
      return sendJson(reply, 200, { message: 'success' });
    },
  );

  const create = (type: ReleaseType, body: CreateK8sReleaseRequest | CreateHelmReleaseRequest) => {
    db.transaction(() => {
      const now = Math.floor(Date.now() / 1000);
      store.insert(buildRelease(type, body, { store, reference, now, createdBy: 'admin' }));
    })();
    worker.kick();
  };
  app.post(`${releases}/k8s`, { schema: { body: createK8sReleaseRequestSchema } }, (req, reply) => {
    create('K8SYaml', req.body);
    return sendJson(reply, 200, { message: 'success' });
  });
  app.post(`${releases}/helm`, { schema: { body: createHelmReleaseRequestSchema } }, (req, reply) => {
    create('HelmChart', req.body);
    return sendJson(reply, 200, { message: 'success' });
  });

  app.post(
    `${releases}/retry`,
    { schema: { body: retryReleaseRequestSchema }, preValidation: retryFromBodyOrQuery },
    (req, reply) => {
      const { id, projectKey } = req.body;
      const row = store.row(id);
      if (!row || row.project_key !== projectKey)
        throw versionNotFound(`version ${id} of project ${projectKey}`);
      const result = store.retry(id);
      if (!result.ok) {
        const text = `can't reCreate version with status:${result.status}`;
        throw typedError(400, CODE_CREATE_FAILED, text, text);
      }
      worker.kick();
      return sendJson(reply, 200, { message: 'success' });
    },
  );
}
