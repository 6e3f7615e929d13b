/**
 * The sandbox's own endpoints (no token needed): publish an image as a finished build would, and see
 * the registry catalog, the charts Helm versions pushed and the chart repositories projects used.
 */
import { z } from 'zod';
import { publishImageRequestSchema } from '../../../src/api/schemas';
import { sendJson } from '../../http';
import type { ZodApp } from '../../route-schemas';
import { knownProject, projectKeyQuery, type SandboxDeps } from './shared';

const chartsQuery = z.object({ repo: z.string().optional() });

export function sandboxCatalogRoutes(app: ZodApp, deps: SandboxDeps): void {
  const { reference, worker } = deps;

  app.post('/sandbox/images', { schema: { body: publishImageRequestSchema } }, (req, reply) => {
    const added = reference.publishImage(req.body.image);
    worker.kick();
    return sendJson(reply, 200, { message: 'success', image: req.body.image, added });
  });
  app.get('/sandbox/images', (_req, reply) => sendJson(reply, 200, { images: reference.images() }));
  app.get('/sandbox/charts', { schema: { querystring: chartsQuery } }, (req, reply) =>
    sendJson(reply, 200, {
      charts: reference
        .chartPushes(req.query.repo)
        .map((c) => ({ ...c, chart: `${c.chart_name}:${c.chart_version}` })),
    }),
  );
  app.get('/sandbox/chart-repos', { schema: { querystring: projectKeyQuery } }, (req, reply) =>
    sendJson(reply, 200, { repos: reference.chartRepos(knownProject(deps, req.query.projectKey)) }),
  );
}
