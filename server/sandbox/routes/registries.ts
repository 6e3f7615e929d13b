/** `GET /openapi/system/registry`: the image registries versions copy to. */
import type { FastifyInstance } from 'fastify';
import { sendJson } from '../../http';
import type { SandboxDeps } from './shared';

export function registryRoutes(app: FastifyInstance, { reference }: SandboxDeps): void {
  app.get('/openapi/system/registry', (_req, reply) => sendJson(reply, 200, reference.registries()));
}
