/** A project's environments (test and production), one environment, and its services' YAML and values. */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { badRequest, sendJson, sendText, typedError } from '../../http';
import type { ZodApp } from '../../route-schemas';
import { knownProject, projectKeyQuery, required, type SandboxDeps } from './shared';

const serviceQuery = z.object({ projectKey: required, envName: required, serviceName: required });
const envParams = z.object({ name: z.string() });

export function environmentRoutes(app: ZodApp, deps: SandboxDeps): void {
  const { reference } = deps;
  const byProject = { schema: { querystring: projectKeyQuery } };

  app.get('/openapi/environments', byProject, (req, reply) =>
    sendJson(reply, 200, reference.environments(knownProject(deps, req.query.projectKey), false)),
  );
  app.get('/openapi/environments/production', byProject, (req, reply) =>
    sendJson(reply, 200, reference.environments(knownProject(deps, req.query.projectKey), true)),
  );

  const serviceInEnv = (q: z.infer<typeof serviceQuery>) => {
    if (!reference.environment(q.projectKey, q.envName)) {
      throw badRequest(`envName: environment ${q.envName} does not exist in project ${q.projectKey}`);
    }
    const service = reference.envService(q.projectKey, q.envName, q.serviceName);
    if (!service)
      throw badRequest(`serviceName: service ${q.serviceName} is not in environment ${q.envName}`);
    return service;
  };
  const inService = { schema: { querystring: serviceQuery } };
  app.get('/openapi/environments/service/yaml', inService, (req, reply) =>
    sendText(reply, 200, serviceInEnv(req.query).yaml, 'text/yaml'),
  );
  app.get('/openapi/environments/service/values', inService, (req, reply) => {
    const service = serviceInEnv(req.query);
    if (service.type !== 'helm') {
      throw badRequest(
        `serviceName: service ${service.service_name} is not a Helm service (it has no values)`,
      );
    }
    return sendText(reply, 200, service.values_yaml, 'text/yaml');
  });

  const envDetail = (production: boolean | null) => ({
    schema: { params: envParams, querystring: projectKeyQuery },
    handler: (req: { params: { name: string }; query: { projectKey: string } }, reply: FastifyReply) => {
      const projectKey = knownProject(deps, req.query.projectKey);
      const env = reference.environment(projectKey, req.params.name);
      if (!env || (production !== null && (env.production === 1) !== production)) {
        throw typedError(
          404,
          6164,
          'environment not found',
          `environment ${req.params.name} not found in project ${projectKey}`,
        );
      }
      return sendJson(reply, 200, reference.environmentDetail(env));
    },
  });
  app.get('/openapi/environments/production/:name', envDetail(true));
  app.get('/openapi/environments/:name', envDetail(null));
}
