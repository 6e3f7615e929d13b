/**
 * The embedded sandbox as a Fastify plugin: the delivery-release API and its neighbouring reads under
 * `/openapi`, and the sandbox's own `/sandbox` endpoints. Bodies are read by the routes themselves
 * (any content type, at most MAX_BODY_BYTES), as a Zadig server reads them.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendError, ZadigError } from '../../http';
import { crossSiteReason, hasOwnAuthorization } from '../../request-guard';
import { environmentRoutes } from './environments';
import { projectRoutes } from './projects';
import { registryRoutes } from './registries';
import { releaseRoutes } from './releases';
import { sandboxCatalogRoutes } from './sandbox-catalog';
import { serviceTemplateRoutes } from './service-templates';
import type { SandboxDeps } from './shared';

export type { SandboxDeps } from './shared';

/** `Authorization: Bearer <token>`, compared in constant time. */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!.trim());
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

export async function sandboxPlugin(
  app: FastifyInstance,
  options: { deps: SandboxDeps; sandboxToken?: string | undefined },
): Promise<void> {
  // The routes read the body stream themselves.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_req, payload, done) => done(null, payload));

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

  for (const routes of [
    releaseRoutes,
    projectRoutes,
    environmentRoutes,
    registryRoutes,
    serviceTemplateRoutes,
    sandboxCatalogRoutes,
  ]) {
    routes(app, options.deps);
  }
}
