/**
 * The server, a Fastify app: the built SPA, `GET /api/health`, and `/openapi/*` either forwarded to a
 * real Zadig (proxy mode, when a Zadig URL is configured) or answered by the embedded sandbox. A plugin
 * per concern: security headers and the Host allowlist, static files, proxy, sandbox.
 */
import type { AddressInfo } from 'node:net';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { frameworkErrorAnswer, rewriteBadPageUrl } from './bad-url';
import type { ServerConfig } from './config';
import { answerError } from './error-handler';
import { healthRoute } from './health';
import { loggerOptions } from './logger';
import { registerMode, type SandboxHandle } from './mode';
import { consoleHostNames } from './request-guard';
import { answerNotFound } from './not-found';
import { security } from './security-headers';
import { pageScriptHashes, staticPlugin } from './static';
import { versionsPlugin } from './versions/plugin';

export { configFromEnv, listenNotes, type ServerConfig } from './config';
export type { SandboxHandle } from './mode';

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

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const proxyMode = Boolean(config.zadigUrl);
  const hostNames = consoleHostNames(config.host, config.allowedHosts);
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
    // An address with broken percent-encoding: the app shell for a page, a clear JSON 400 for the API.
    rewriteUrl: rewriteBadPageUrl,
    frameworkErrors: frameworkErrorAnswer(hostNames),
  });
  const log = (line: string) => app.log.info(line);

  let sandbox: SandboxHandle | null = null;
  // Before any plugin: encapsulated plugins take the handlers in force when they are registered.
  answerNotFound(app, { proxyMode, staticDir: config.staticDir, sandbox: () => sandbox });
  app.setErrorHandler(answerError);

  await app.register(security, {
    hostNames,
    scriptHashes: pageScriptHashes(config.staticDir),
  });

  // One line per API call: method, path without the query, status, duration.
  app.addHook('onResponse', async (req, reply) => {
    if (!/^\/(openapi|sandbox|api\/projects)\//.test(req.url)) return;
    const path = req.url.split('?')[0]!.slice(0, 200);
    app.log.info(
      `${proxyMode ? 'proxy' : 'sandbox'} ${req.method} ${path} → ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`,
    );
  });

  const mode = await registerMode(app, config, log);
  sandbox = mode.sandbox;
  if (mode.versions) {
    await app.register(versionsPlugin, {
      source: mode.versions,
      heartbeatMs: config.versionsHeartbeatMs,
      allowedHosts: config.allowedHosts,
    });
  }

  healthRoute(app, config);

  await app.register(staticPlugin, {
    staticDir: config.staticDir,
    renderLists: !proxyMode || Boolean(config.zadigToken),
    renderBudgetMs: config.renderBudgetMs,
  });

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
