/**
 * The server: the built SPA, `GET /api/health`, and `/openapi/*` either forwarded to a real Zadig
 * (proxy mode, when a Zadig URL is configured) or answered by the embedded sandbox.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthResponse } from '../src/api/schemas';
import { badRequest, Router, sendError, sendJson, ZadigError } from './http';
import { checkUpstream, createProxyHandler, zadigHost } from './proxy';
import { openDatabase, type Db } from './sandbox/db';
import { Reference } from './sandbox/reference';
import { sandboxRoutes } from './sandbox/routes';
import { seedDemoData } from './sandbox/seed';
import { ReleaseStore } from './sandbox/store';
import { Worker } from './sandbox/worker';
import type { ServerConfig } from './config';
import { consoleHostNames, crossSiteReason, hasOwnAuthorization, hostAllowed } from './request-guard';
import { API_SECURITY_HEADERS, applySecurityHeaders } from './security-headers';
import { createStaticHandler } from './static';

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
  close(): Promise<void>;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!.trim());
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

function requestUrl(req: IncomingMessage): URL | null {
  const raw = req.url ?? '/';
  try {
    return new URL(`http://localhost${raw.startsWith('/') ? raw : `/${raw}`}`);
  } catch {
    return null;
  }
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const log = config.log ?? ((line: string) => console.log(line));
  const proxyMode = Boolean(config.zadigUrl);
  const serveStatic = createStaticHandler(config.staticDir);

  let sandbox: SandboxHandle | null = null;
  const api = new Router();
  let proxy: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  if (proxyMode) {
    proxy = createProxyHandler({
      zadigUrl: config.zadigUrl!,
      token: config.zadigToken,
      timeoutMs: config.zadigTimeoutMs ?? 30_000,
      tokenWrites: config.zadigTokenWrites,
      allowedHosts: config.allowedHosts,
      log,
    });
  } else {
    const db = openDatabase(config.dataDir);
    if (config.seed !== false) {
      const seeded = seedDemoData(db);
      if (seeded) log(`sandbox: seeded demo data into ${config.dataDir}`);
    }
    const store = new ReleaseStore(db);
    const reference = new Reference(db);
    const worker = new Worker(db, { pushMs: config.pushMs, log });
    sandbox = { db, store, reference, worker };
    sandboxRoutes(api, sandbox);
    worker.start();
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

  const hostNames = consoleHostNames(config.host, config.allowedHosts);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Every answer, pages included, gets these; the page headers below replace the CSP.
    for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) res.setHeader(name, value);
    if (!hostAllowed(req.headers.host, hostNames)) {
      req.resume();
      return sendJson(res, 421, {
        code: 421,
        message: 'Misdirected Request',
        description: `Host ${String(req.headers.host ?? '(none)').slice(0, 100)} is not one of this console's names; add it to ALLOWED_HOSTS.`,
      });
    }
    const url = requestUrl(req);
    if (!url) return sendError(res, badRequest('url: malformed request target'));
    const path = url.pathname;

    if (path === '/api/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendJson(res, 405, { message: 'Method Not Allowed' });
      return sendJson(res, 200, await health());
    }
    if (path.startsWith('/api/')) return sendJson(res, 404, { message: 'Not Found' });

    const isOpenapi = path === '/openapi' || path.startsWith('/openapi/');
    const isSandbox = path === '/sandbox' || path.startsWith('/sandbox/');
    if (proxy && isOpenapi) return proxy(req, res);
    if (isOpenapi || isSandbox) {
      if (!sandbox) {
        return sendJson(res, 404, {
          code: 404,
          message: 'Not Found',
          description: `${path}: not a proxy route`,
        });
      }
      const reading = req.method === 'GET' || req.method === 'HEAD';
      const crossSite = reading || hasOwnAuthorization(req.headers) ? null : crossSiteReason(req.headers);
      if (crossSite) {
        req.resume();
        return sendJson(res, 403, {
          code: 403,
          message: 'Forbidden',
          description: `Cross-site request refused (${crossSite}).`,
        });
      }
      if (isOpenapi && config.sandboxToken && !tokenMatches(req.headers.authorization, config.sandboxToken)) {
        req.resume();
        return sendError(res, new ZadigError(401, null));
      }
      const found = api.match(req.method ?? 'GET', path);
      if ('error' in found) {
        req.resume();
        const status = found.error;
        return sendJson(res, status, {
          code: status,
          message: status === 404 ? 'Not Found' : 'Method Not Allowed',
          description: `${req.method} ${path}: ${status === 404 ? 'no such endpoint' : 'method not allowed here'}`,
        });
      }
      return found.handler({ req, res, url, params: found.params });
    }

    // The web app. ↓ The single call site of the shared security headers (server/security-headers.ts).
    applySecurityHeaders(res);
    return serveStatic(req, res, url);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof ZadigError) {
        if (!req.complete) req.resume();
        if (err.status === 413) res.setHeader('connection', 'close');
        return sendError(res, err);
      }
      log(
        `error: ${req.method} ${req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      sendJson(res, 500, {
        code: 500,
        message: 'Internal Error: ',
        description: err instanceof Error ? err.message : String(err),
      });
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;

  return {
    url,
    port,
    mode: proxyMode ? 'proxy' : 'sandbox',
    sandbox,
    close: () =>
      new Promise<void>((resolveClose) => {
        sandbox?.worker.stop();
        server.close(() => {
          sandbox?.db.close();
          resolveClose();
        });
        server.closeAllConnections();
      }),
  };
}
