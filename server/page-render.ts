/**
 * The list's first page rendered into the page the server sends (src/server-render/): its rows are in
 * the HTML and show as soon as it is parsed, before the app's scripts have arrived. The app then renders
 * the same page over it, from the same answer (src/first-list/ adopts it), so nothing moves; until then
 * the rendered page is `inert` (nothing typed into it could be lost).
 *
 * Rendered only when the server knows what the browser will render, else the plain app shell: the
 * page's language and theme (page-prefs.ts), and the versions API's answer to the same request without
 * a token (what the page's own first request gets when the tab holds none), with versions in it, within
 * RENDER_WAIT_MS, and while the render budget lasts. The routes (static.ts) send it `no-store`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { firstListUrl, SERVER_ANSWER_ID, type ServerAnswer } from '../src/first-list/start';
import type { RenderList } from '../src/server-render/contract';
import { pagePrefs, THEME_HINT } from './page-prefs';

/** On every answer for a list's address: the browser sends its theme, even on a first visit. */
export const LIST_PAGE_HEADERS = {
  'accept-ch': THEME_HINT,
  'critical-ch': THEME_HINT,
  vary: `Accept-Encoding, Cookie, Accept-Language, ${THEME_HINT}`,
};
/**
 * How long a page waits for the list's answer, or for the renderer to load, before it is sent without
 * them (the page's own request then asks).
 */
const RENDER_WAIT_MS = 250;

/**
 * The renderer built with the static files (vite.config.ts, `serverRenderer`), or null (not built, or
 * it failed to load: said once to `log`). A render that fails is said to `log` too, and the page goes
 * out as the plain app shell: the renderer can only ever make a page come sooner.
 */
export function rendererIn(
  staticDir: string,
  log: (message: string) => void,
): () => Promise<RenderList | null> {
  const file = join(resolve(staticDir), '.server-render', 'render-list.js');
  let loaded: Promise<RenderList | null> | null = null;
  const load = async (): Promise<RenderList | null> => {
    if (!existsSync(file)) return null;
    try {
      const { renderList } = (await import(pathToFileURL(file).href)) as { renderList: RenderList };
      return async (input) => {
        try {
          return await renderList(input);
        } catch (e) {
          log(`the list of ${input.projectKey} could not be rendered into its page: ${String(e)}`);
          return null;
        }
      };
    } catch (e) {
      log(`lists are sent without their rows: the renderer in ${file} did not load: ${String(e)}`);
      return null;
    }
  };
  return () => (loaded ??= load());
}

/** The built `index.html` of `staticDir`, read again when it changes (null before the app is built). */
export function pageIn(staticDir: string): () => string | null {
  const file = join(resolve(staticDir), 'index.html');
  let kept: { mtimeMs: number; text: string } | null = null;
  return () => {
    if (!existsSync(file)) return null;
    const { mtimeMs } = statSync(file);
    if (kept?.mtimeMs !== mtimeMs) kept = { mtimeMs, text: readFileSync(file, 'utf8') };
    return kept.text;
  };
}

/** JSON that can sit inside a `<script>` element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((done) => {
    const timer = setTimeout(() => done(null), ms);
    promise
      .then(
        (value) => done(value),
        () => done(null),
      )
      .finally(() => clearTimeout(timer));
  });
}

async function listAnswer(app: FastifyInstance, req: FastifyRequest, url: string): Promise<string | null> {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const name of ['host', 'origin', 'sec-fetch-site'] as const) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const answer = await withTimeout(app.inject({ method: 'GET', url, headers }), RENDER_WAIT_MS);
  return answer?.statusCode === 200 ? answer.body : null;
}

/**
 * How much rendering the server takes on: `msPerSecond` of render time a second, kept over a second at
 * most. Past it, pages go out as the plain app shell (each render holds the server's one thread: about
 * 20 ms for a page of 20 versions, 60 ms for 100), so that a burst of page loads cannot stall it.
 */
export class RenderBudget {
  private left: number;
  private at: number;

  constructor(
    private readonly msPerSecond = 250,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.left = msPerSecond;
    this.at = now();
  }

  allows(): boolean {
    const now = this.now();
    this.left = Math.min(this.msPerSecond, this.left + ((now - this.at) * this.msPerSecond) / 1000);
    this.at = now;
    return this.left > 0;
  }

  spend(ms: number): void {
    this.left -= ms;
  }
}

/** `page` with `pattern` replaced by `text` as it is (a `$` in a version's text is not a pattern). */
const put = (page: string, pattern: string | RegExp, text: (found: string) => string) =>
  page.replace(pattern, (found) => text(found));

/** The page for a list address with its first page rendered in, or null (send the plain app shell). */
export async function renderedListPage(
  app: FastifyInstance,
  req: FastifyRequest,
  options: { page: () => string | null; renderer: () => Promise<RenderList | null>; budget: RenderBudget },
): Promise<string | null> {
  const [pathname = '/', query = ''] = req.url.split(/\?(.*)/s);
  const url = firstListUrl({ pathname, search: query ? `?${query}` : '' });
  const prefs = pagePrefs(req);
  const page = options.page();
  if (!url || !prefs || !page || !options.budget.allows()) return null;
  // A renderer still loading (a busy machine just started) does not hold the page: it goes out plain.
  const [render, body] = await Promise.all([
    withTimeout(options.renderer(), RENDER_WAIT_MS),
    listAnswer(app, req, url),
  ]);
  if (!render || body === null) return null;
  const list = JSON.parse(body) as { items?: unknown[] };
  // No versions: the server cannot tell a project with none from one Zadig does not have (the app can).
  if (!list.items?.length) return null;
  const projectKey = decodeURIComponent(/^\/projects\/([^/]+)/.exec(pathname)![1]!);
  const started = performance.now();
  const rendered = await render({ url: req.url, projectKey, ...prefs, list });
  options.budget.spend(performance.now() - started);
  if (!rendered) return null;
  const answer: ServerAnswer = { url, body };
  const first = `<script type="application/json" id="${SERVER_ANSWER_ID}">${scriptJson(answer)}</script>`;
  const { locale, theme } = prefs;
  let out = put(
    page,
    '<html lang="en">',
    () => `<html lang="${locale}" data-theme="${theme}" style="color-scheme:${theme}">`,
  );
  out = put(out, /<meta charset="UTF-8" \/>/i, (charset) => `${charset}\n    ${first}`);
  out = put(out, '</head>', () => `${rendered.styles}</head>`);
  return put(
    out,
    '<div id="root"></div>',
    () => `<div id="root"><div inert data-server-render>${rendered.html}</div></div>`,
  );
}
