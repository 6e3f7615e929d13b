/**
 * The built SPA from STATIC_DIR through @fastify/static: files as they are, with the `.br`/`.gz` copies
 * written at build time (scripts/precompress.mjs) sent to browsers that accept them, each encoding with
 * its own ETag; `index.html` for client routes; a year's immutable cache for hashed `/assets/*`,
 * `no-cache` for `index.html`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import { inlineScriptHashes } from './security-headers';
import {
  LIST_PAGE_HEADERS,
  pageIn,
  RenderBudget,
  renderedListPage,
  rendererIn,
  withTimeout,
} from './page-render';

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Not built</title>
<p>The web app has not been built. Run <code>npm start</code> (it builds when needed) or <code>npx vite build</code>.</p>`;

function cacheControl(path: string): string {
  if (/[\\/]assets[\\/]/.test(path)) return 'public, max-age=31536000, immutable';
  if (path.endsWith('.html') || path.endsWith('.html.br') || path.endsWith('.html.gz')) return 'no-cache';
  return 'public, max-age=3600';
}

export interface StaticOptions {
  staticDir: string;
  /**
   * Whether a list's first page may be rendered into its page: not in proxy mode without ZADIG_TOKEN,
   * where every answer without the browser's token is Zadig's 401 (each try would cost Zadig a read).
   */
  renderLists: boolean;
  /** How much rendering it takes on (ms a second; RenderBudget). */
  renderBudgetMs?: number | undefined;
}

export async function staticPlugin(app: FastifyInstance, options: StaticOptions): Promise<void> {
  const root = resolve(options.staticDir);
  if (options.renderLists) await app.register(renderedListRoutes, options);
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    preCompressed: true,
    index: false,
    // A directory (`/`, `/assets/`) is never a file: @fastify/static would answer it 403 when the client
    // sends no Accept-Encoding (curl, wget, load-balancer probes). It goes to the app shell instead.
    // Nor is a hidden file: `.server-render/` is the server's own (page-render.ts), not the browser's.
    allowedPath: (pathname) => !pathname.endsWith('/') && !/(^|\/)\./.test(pathname),
    wildcard: true,
    cacheControl: false,
    etag: true,
    lastModified: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', cacheControl(path));
      res.setHeader('vary', 'Accept-Encoding'); // a `.br`/`.gz` copy may be sent instead
    },
  });
}

/** The CSP hashes of the built page's inline scripts (none before the app is built). */
export function pageScriptHashes(staticDir: string): string[] {
  const page = join(resolve(staticDir), 'index.html');
  return existsSync(page) ? inlineScriptHashes(readFileSync(page, 'utf8')) : [];
}

/**
 * For a GET that matched no file: `index.html` for client routes (no extension, or `.html`); a 404 for a
 * missing hashed asset or any other file name.
 */
export function serveAppShell(
  req: FastifyRequest,
  reply: FastifyReply,
  staticDir: string,
): FastifyReply | Promise<FastifyReply> {
  const path = req.url.split('?')[0] ?? '/';
  const ext = extname(path);
  if (path.startsWith('/assets/') || (ext !== '' && ext !== '.html')) {
    return reply
      .code(404)
      .header('cache-control', 'no-store')
      .type('text/plain; charset=utf-8')
      .send('Not found');
  }
  if (!existsSync(join(resolve(staticDir), 'index.html'))) {
    return reply
      .code(200)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(NOT_BUILT);
  }
  return reply.sendFile('index.html');
}

const RENDERER_WAIT_MS = 5_000;

/** A list's address: its first page rendered into the page (server/page-render.ts), else the app shell. */
async function renderedListRoutes(app: FastifyInstance, options: StaticOptions): Promise<void> {
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  const renderer = rendererIn(options.staticDir, (message) => app.log.error(message));
  const budget = new RenderBudget(options.renderBudgetMs);
  const template = pageIn(options.staticDir);
  // Loaded as the server starts, not by the first visitor's page (it is a few megabytes of code). The
  // start waits for it up to RENDERER_WAIT_MS, so that it never times out on a busy machine (Fastify
  // gives a plugin 10 s); pages sent before it has loaded go out as the plain app shell.
  app.addHook('onReady', async () => void (await withTimeout(renderer(), RENDERER_WAIT_MS)));
  for (const url of ['/projects/:projectKey/releases', '/projects/:projectKey/releases/']) {
    app.get(url, async (req, reply) => {
      reply.headers(LIST_PAGE_HEADERS);
      const page =
        req.method === 'GET' ? await renderedListPage(app, req, { page: template, renderer, budget }) : null;
      if (page === null) return serveAppShell(req, reply, options.staticDir);
      // Never kept: Back and Forward would show it again, versions as they were (and no data of Zadig's
      // is ever written to the browser's disk).
      return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page);
    });
  }
}
