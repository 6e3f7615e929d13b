/** `GET /openapi/system/registry`: the image registries versions copy to. */
import { sendJson } from '../../http';
import type { ZodApp } from '../../route-schemas';
import type { SandboxDeps } from './shared';

export function registryRoutes(app: ZodApp, { reference }: SandboxDeps): void {
  app.get('/openapi/system/registry', (_req, reply) => sendJson(reply, 200, reference.registries()));
}
