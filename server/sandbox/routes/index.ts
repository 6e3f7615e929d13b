/**
 * The sandbox's routes as a Fastify plugin: the delivery-release API and its neighbouring reads under
 * `/openapi`, and the sandbox's own `/sandbox` endpoints. Parameters and bodies are checked by route
 * schemas in zod (`route-schemas.ts`); bodies are read as JSON whatever their content type, at most
 * MAX_BODY_BYTES, as a Zadig server reads them (`parseBodiesAsJson`).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendError, ZadigError } from '../../http';
import { crossSiteReason, hasOwnAuthorization } from '../../request-guard';
import { useZodSchemas } from '../../route-schemas';
import { environmentRoutes } from './environments';
import { projectRoutes } from './projects';
import { registryRoutes } from './registries';
import { releaseRoutes } from './releases';
import { sandboxCatalogRoutes } from './sandbox-catalog';
import { serviceTemplateRoutes } from './service-templates';
import { parseBodiesAsJson, type SandboxDeps } from './shared';

export type { SandboxDeps } from './shared';

/** `Authorization: Bearer <token>`, compared in constant time. */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!.trim());
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

export async function sandboxRoutes(
  app: FastifyInstance,
  options: { deps: SandboxDeps; sandboxToken?: string | undefined },
): Promise<void> {
  parseBodiesAsJson(app);
  const routes = useZodSchemas(app);

  app.addHook('onRequest', async (req, reply) => {
    const reading = req.method === 'GET' || req.method === 'HEAD';
    const crossSite = reading || hasOwnAuthorization(req.headers) ? null : crossSiteReason(req.headers);
    if (crossSite) {
      req.raw.resume();
      return sendError(
        reply,
        new ZadigError(403, {
          code: 403,
          message: 'Forbidden',
          description: `Cross-site request refused (${crossSite}).`,
        }),
      );
    }
    const token = options.sandboxToken;
    if (token && req.url.startsWith('/openapi') && !tokenMatches(req.headers.authorization, token)) {
      req.raw.resume();
      return sendError(reply, new ZadigError(401, null));
    }
  });

  for (const register of [
    releaseRoutes,
    projectRoutes,
    environmentRoutes,
    registryRoutes,
    serviceTemplateRoutes,
    sandboxCatalogRoutes,
  ]) {
    register(routes, options.deps);
  }
}
