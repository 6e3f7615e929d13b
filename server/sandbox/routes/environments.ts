/** A project's environments (test and production), one environment, and its services' YAML and values. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { badRequest, queryObject, sendJson, sendText, typedError, validate } from '../../http';
import { knownProject, required, type SandboxDeps } from './shared';

const serviceQuery = z.object({ projectKey: required, envName: required, serviceName: required });

export function environmentRoutes(app: FastifyInstance, deps: SandboxDeps): void {
  const { reference } = deps;

  app.get('/openapi/environments', (req, reply) =>
    sendJson(reply, 200, reference.environments(knownProject(deps, req.url), false)),
  );
  app.get('/openapi/environments/production', (req, reply) =>
    sendJson(reply, 200, reference.environments(knownProject(deps, req.url), true)),
  );

  const serviceInEnv = (url: string) => {
    const q = validate(serviceQuery, queryObject(url));
    if (!reference.environment(q.projectKey, q.envName)) {
      throw badRequest(`envName: environment ${q.envName} does not exist in project ${q.projectKey}`);
    }
    const service = reference.envService(q.projectKey, q.envName, q.serviceName);
    if (!service)
      throw badRequest(`serviceName: service ${q.serviceName} is not in environment ${q.envName}`);
    return service;
  };
  app.get('/openapi/environments/service/yaml', (req, reply) =>
    sendText(reply, 200, serviceInEnv(req.url).yaml, 'text/yaml'),
  );
  app.get('/openapi/environments/service/values', (req, reply) => {
    const service = serviceInEnv(req.url);
    if (service.type !== 'helm') {
      throw badRequest(
        `serviceName: service ${service.service_name} is not a Helm service (it has no values)`,
      );
    }
    return sendText(reply, 200, service.values_yaml, 'text/yaml');
  });

  const envDetail =
    (production: boolean | null) =>
    (req: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) => {
      const projectKey = knownProject(deps, req.url);
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
    };
  app.get('/openapi/environments/production/:name', envDetail(true));
  app.get('/openapi/environments/:name', envDetail(null));
}
