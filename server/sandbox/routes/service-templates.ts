/** `GET /openapi/service/yaml/services`: a project's service templates. */
import { sendJson } from '../../http';
import type { ZodApp } from '../../route-schemas';
import { knownProject, projectKeyQuery, type SandboxDeps } from './shared';

export function serviceTemplateRoutes(app: ZodApp, deps: SandboxDeps): void {
  app.get('/openapi/service/yaml/services', { schema: { querystring: projectKeyQuery } }, (req, reply) =>
    sendJson(reply, 200, deps.reference.serviceTemplates(knownProject(deps, req.query.projectKey))),
  );
}
