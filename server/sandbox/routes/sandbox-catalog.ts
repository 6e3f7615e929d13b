/**
 * The sandbox's own endpoints (no token needed): publish an image as a finished build would, and see
 * the registry catalog, the charts Helm versions pushed and the chart repositories projects used.
 */
import type { FastifyInstance } from 'fastify';
import { publishImageRequestSchema } from '../../../src/api/schemas';
import { queryObject, sendJson, validate } from '../../http';
import { knownProject, objectBody, type SandboxDeps } from './shared';

export function sandboxCatalogRoutes(app: FastifyInstance, deps: SandboxDeps): void {
  const { reference, worker } = deps;

  app.post('/sandbox/images', async (req, reply) => {
    const body = validate(publishImageRequestSchema, await objectBody(req));
    const added = reference.publishImage(body.image);
    worker.kick();
    return sendJson(reply, 200, { message: 'success', image: body.image, added });
  });
  app.get('/sandbox/images', (_req, reply) => sendJson(reply, 200, { images: reference.images() }));
  app.get('/sandbox/charts', (req, reply) => {
    const repo = queryObject(req.url).repo;
    return sendJson(reply, 200, {
      charts: reference.chartPushes(repo).map((c) => ({ ...c, chart: `${c.chart_name}:${c.chart_version}` })),
    });
  });
  app.get('/sandbox/chart-repos', (req, reply) =>
    sendJson(reply, 200, { repos: reference.chartRepos(knownProject(deps, req.url)) }),
  );
}
