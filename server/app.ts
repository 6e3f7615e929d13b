/**
 * The server, a Fastify app: the built SPA, `GET /api/health`, and `/openapi/*` either forwarded to a
 * real Zadig (proxy mode, when a Zadig URL is configured) or answered by the embedded sandbox. A plugin
 * per concern: security headers and the Host allowlist, static files, proxy, sandbox.
 */
import type { AddressInfo } from 'node:net';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { HealthResponse } from '../src/api/schemas';
import type { ServerConfig } from './config';
import { sendError, sendJson, ZadigError } from './http';
import { loggerOptions } from './logger';
import { checkUpstream, parseZadigUrl, proxyPlugin, zadigHost } from './proxy';
import type { Db } from './sandbox/db';
import { sandboxPlugin } from './sandbox/plugin';
import type { Reference } from './sandbox/reference';
import type { ReleaseStore } from './sandbox/store';
import type { Worker } from './sandbox/worker';
import { security } from './security-headers';
import { serveAppShell, staticPlugin } from './static';
import { versionsPlugin } from './versions/plugin';
import { proxySource } from './versions/proxy/proxy-source';
import { sandboxSource } from './versions/sandbox-source';
import { trackWrites } from './written-project';
import type { VersionSource } from './versions/source';

export { configFromEnv, listenNotes, type ServerConfig } from './config';

export interface SandboxHandle {
  db: Db;
  store: ReleaseStore;
  reference: Reference;
  worker: Worker;
}

export interface RunningServer {
  url: string;
  port: number;
  mode: 'sandbox' | 'proxy';
  /** The sandbox internals (sandbox mode only), for benchmarks and diagnostics. */
  sandbox: SandboxHandle | null;
  /** The Fastify app (for tests that inject requests). */
  app: FastifyInstance;
  /** Stops taking connections, lets requests in flight finish, then the plugins close what they own. */
  close(): Promise<void>;
}

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

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const proxyMode = Boolean(config.zadigUrl);
  const app = Fastify({
    logger: loggerOptions(config.zadigToken, config.log),
    // One line per API call is logged below; pages and files are not.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 10 * 1024 * 1024,
    forceCloseConnections: 'idle',
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
    // Zadig ids are short, but a long one is the route's business (400/404), not the router's (414).
    routerOptions: { maxParamLength: 8192 },
  });
  const log = (line: string) => app.log.info(line);

  let sandbox: SandboxHandle | null = null;
  const sandboxRoutes: string[] = [];
  app.addHook('onRoute', (route) => {
    if (/^\/(openapi|sandbox)\//.test(route.url)) sandboxRoutes.push(route.url);
  });
  // Before any plugin: encapsulated plugins take the handlers in force when they are registered.
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (/^\/api(\/|$)/.test(path)) {
      const status = path === '/api/health' ? 405 : 404;
      return sendJson(reply, status, { message: status === 404 ? 'Not Found' : 'Method Not Allowed' });
    }
    if (/^\/(openapi|sandbox)(\/|$)/.test(path)) {
      if (proxyMode || !sandbox) {
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
    return serveAppShell(req, reply, config.staticDir);
  });

  app.setErrorHandler((thrown, req, reply) => {
    const err = thrown as Error & { statusCode?: number };
    if (err instanceof ZadigError) {
      if (!req.raw.complete) req.raw.resume();
      if (err.status === 413) reply.header('connection', 'close');
      return sendError(reply, err);
    }
    const status = err.statusCode;
    if (status && status >= 400 && status < 500) {
      return sendJson(reply, status, { code: status, message: err.name, description: err.message });
    }
    req.log.error({ err }, `error: ${req.method} ${req.url.split('?')[0]}`);
    // The internal message (a database error names tables and files) stays in the log.
    return sendJson(reply, 500, {
      code: 500,
      message: 'Internal Error: ',
      description:
        'The console server hit an unexpected error and logged it. Try again; if it persists, check the server log.',
    });
  });

  await app.register(security, { host: config.host, allowedHosts: config.allowedHosts });

  // One line per API call: method, path without the query, status, duration.
  app.addHook('onResponse', async (req, reply) => {
    if (!/^\/(openapi|sandbox|api\/projects)\//.test(req.url)) return;
    const path = req.url.split('?')[0]!.slice(0, 200);
    app.log.info(
      `${proxyMode ? 'proxy' : 'sandbox'} ${req.method} ${path} → ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`,
    );
  });

  // What answers `/api/projects/:project/versions…` (the console's own versions API, versions/plugin.ts).
  let versions: VersionSource | null = null;
  if (proxyMode) {
    // Proxy mode's source (versions/proxy/, one index per Zadig host and project) is set here.
    const source = proxySource({
      base: parseZadigUrl(config.zadigUrl!),
      dataDir: config.dataDir,
      serverToken: config.zadigToken,
      timeoutMs: config.zadigTimeoutMs,
      refreshMs: config.versionsRefreshMs,
      liveMs: config.versionsLiveMs,
      authTtlMs: config.versionsAuthTtlMs,
      clock: config.versionsClock,
      log,
    });
    versions = source;
    trackWrites(app, (project) => source.touched(project));
    await app.register(proxyPlugin, {
      zadigUrl: config.zadigUrl!,
      token: config.zadigToken,
      timeoutMs: config.zadigTimeoutMs ?? 30_000,
      tokenWrites: config.zadigTokenWrites,
      allowedHosts: config.allowedHosts,
    });
  } else {
    // The sandbox opens its database, store and worker itself and closes them in its onClose.
    const { dataDir, seed, pushMs, sandboxToken } = config;
    await app.register(sandboxPlugin, { dataDir, seed, pushMs, sandboxToken, log });
    sandbox = app.sandbox ?? null;
    versions = sandbox && sandboxSource({ deps: sandbox, sandboxToken });
  }

  if (versions) {
    await app.register(versionsPlugin, {
      source: versions,
      heartbeatMs: config.versionsHeartbeatMs,
      allowedHosts: config.allowedHosts,
    });
  }

  const health = async (): Promise<HealthResponse> => {
    if (!proxyMode) return { mode: 'sandbox', upstream: 'not-applicable', serverToken: false };
    return {
      mode: 'proxy',
      zadigHost: zadigHost(config.zadigUrl!),
      upstream: await checkUpstream(config.zadigUrl!, 3_000),
      serverToken: Boolean(config.zadigToken),
    };
  };
  app.get('/api/health', async (_req, reply) => sendJson(reply, 200, await health()));

  await app.register(staticPlugin, { staticDir: config.staticDir });

  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    mode: proxyMode ? 'proxy' : 'sandbox',
    sandbox,
    app,
    close: () =>
      (closing ??= (async () => {
        await app.close();
      })()),
  };
}
