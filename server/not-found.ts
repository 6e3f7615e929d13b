/**
 * What answers a request no route takes: Zadig-shaped 404/405 bodies for `/openapi` and `/sandbox`,
 * JSON for `/api`, 405 for other writes, and the SPA's `index.html` for client routes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxHandle } from './mode';
import { sendJson } from './http';
import { serveAppShell } from './static';

/** The sandbox's route paths (as registered, `:param` segments), for telling 405 from 404. */
function pathMatches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  return (
    want.length === got.length && want.every((w, i) => (w.startsWith(':') ? got[i] !== '' : w === got[i]))
  );
}

/** A 404 or 405 in Zadig's shape for `/openapi` and `/sandbox` paths no route answers. */
function zadigNotFound(routes: readonly string[], req: FastifyRequest, reply: FastifyReply) {
  const path = req.url.split('?')[0] ?? '';
  const status = routes.some((r) => pathMatches(r, path)) ? 405 : 404;
  req.raw.resume();
  return sendJson(reply, status, {
    code: status,
    message: status === 404 ? 'Not Found' : 'Method Not Allowed',
    description: `${req.method} ${path}: ${status === 404 ? 'no such endpoint' : 'method not allowed here'}`,
  });
}

export interface NotFoundOptions {
  proxyMode: boolean;
  staticDir: string;
  /** The sandbox once registered (null in proxy mode and until then). */
  sandbox: () => SandboxHandle | null;
}

/** Notes the sandbox's routes as they are added and sets the app's not-found handler. */
export function answerNotFound(app: FastifyInstance, { proxyMode, staticDir, sandbox }: NotFoundOptions) {
  const sandboxRoutes: string[] = [];
  app.addHook('onRoute', (route) => {
    if (/^\/(openapi|sandbox)\//.test(route.url)) sandboxRoutes.push(route.url);
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (/^\/api(\/|$)/.test(path)) {
      const status = path === '/api/health' ? 405 : 404;
      return sendJson(reply, status, { message: status === 404 ? 'Not Found' : 'Method Not Allowed' });
    }
    if (/^\/(openapi|sandbox)(\/|$)/.test(path)) {
      if (proxyMode || !sandbox()) {
        req.raw.resume();
        return sendJson(reply, 404, {
          code: 404,
          message: 'Not Found',
          description: `${path.slice(0, 200)}: not a proxy route`,
        });
      }
      return zadigNotFound(sandboxRoutes, req, reply);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      req.raw.resume();
      return reply.code(405).header('allow', 'GET, HEAD').send();
    }
    return serveAppShell(req, reply, staticDir);
  });
}
