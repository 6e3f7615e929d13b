/** `GET /openapi/service/yaml/services`: a project's service templates. */
import type { FastifyInstance } from 'fastify';
import { sendJson } from '../../http';
import { knownProject, type SandboxDeps } from './shared';

export function serviceTemplateRoutes(app: FastifyInstance, deps: SandboxDeps): void {
  app.get('/openapi/service/yaml/services', (req, reply) =>
    sendJson(reply, 200, deps.reference.serviceTemplates(knownProject(deps, req.url))),
  );
}
