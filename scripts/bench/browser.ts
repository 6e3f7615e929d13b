/**
 * Browser figures: the app and the floor page in Chromium, cold (a fresh context, empty cache) and warm
 * (a second visit with the cache kept). Times are taken inside the page (performance.now() from
 * navigation start) by a MutationObserver that notes when a given text first appears in a visible
 * element; the data request's start comes from the page's resource timing, script time from Chromium.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { breakdownOf, medianBreakdown, type Breakdown } from './breakdown';
import { median } from './stats';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * Installed before any page script: records `window.__seen[text]` when `text` first shows. Kept as
 * source text: a function passed from here would be rewritten by the TypeScript loader (helpers the
 * page does not have).
 */
const WATCH_FOR_TEXT = `(texts) => {
  window.__seen = {};
  window.__app = {};
  const visible = (node) => {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return !!el && el.getClientRects().length > 0 && el.checkVisibility();
  };
  // Text the page shows: not what sits in its head or a script (a list's answer rides in the page as
  // data). Looked at in the next frame, when the browser paints it: a page parsed bit by bit (one the
  // server rendered) would otherwise be laid out again at each bit by the visibility check, and a row
  // parsed before the page's style sheet has arrived is not on screen yet.
  const check = (target, el, text) => {
    if (!target.isConnected || !visible(target)) return;
    const now = performance.now();
    if (window.__seen[text] === undefined) window.__seen[text] = now;
    // The app's own (not the page the server rendered, which shows but cannot be used yet).
    const served = el.closest('[data-server-render]') || el.querySelector('[data-server-render]');
    if (window.__app[text] === undefined && !served) window.__app[text] = now;
  };
  const look = (node) => {
    const target = node === document.documentElement ? document.body : node;
    const el = target && (target.nodeType === Node.ELEMENT_NODE ? target : target.parentElement);
    if (!el || el.closest('head, script, style')) return;
    const content = target.textContent || '';
    for (const text of texts) {
      if (window.__seen[text] !== undefined && window.__app[text] !== undefined) continue;
      if (content.includes(text)) requestAnimationFrame(() => check(target, el, text));
    }
  };
  new MutationObserver((records) => {
    for (const r of records) r.addedNodes.forEach(look);
  }).observe(document, { childList: true, subtree: true });
}`;

/** When `text` first showed (`seen`, the default), or first showed in the app's own page (`app`). */
export async function seenAt(
  page: Page,
  text: string,
  timeout = 60_000,
  where: '__seen' | '__app' = '__seen',
): Promise<number> {
  const handle = await page.waitForFunction(
    ({ t, w }) => (window as unknown as Record<string, Record<string, number> | undefined>)[w]?.[t],
    { t: text, w: where },
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

export async function freshPage(browser: Browser, base: string, watch: string[]) {
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  await context.addInitScript(
    ({ locale }) => {
      localStorage.setItem('zrc.locale', locale);
      localStorage.setItem('zrc.theme', 'light');
    },
    { locale: 'en-US' },
  );
  await context.addInitScript({ content: `(${WATCH_FOR_TEXT})(${JSON.stringify(watch)});` });
  const page = await context.newPage();
  trackRequests(page);
  return { context, page };
}

/** The list's change stream stays open while a page shows: never "in flight" for `networkQuiet`. */
const LONG_LIVED = /\/version-events$/;
const inFlight = new WeakMap<Page, Set<Request>>();

/** Notes the page's requests in flight, for `networkQuiet` (`freshPage` does it for its pages). */
export function trackRequests(page: Page): void {
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  page.on('request', (r) => {
    if (!LONG_LIVED.test(new URL(r.url()).pathname)) pending.add(r);
  });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
}

/**
 * Loaded, and no request of the page in flight for `quietMs` (the change stream aside). Playwright's
 * 'networkidle' never comes while the stream is open.
 */
export async function networkQuiet(page: Page, quietMs = 500, timeout = 30_000): Promise<void> {
  await page.waitForLoadState('load');
  const pending = inFlight.get(page);
  if (!pending) throw new Error('networkQuiet: call trackRequests(page) when the page opens');
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() - start > timeout) throw new Error(`network not quiet after ${timeout} ms`);
    if (pending.size > 0) quietSince = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One visit's figures, each from navigation start (ms). */
export interface Visit {
  /** `text` first visible. */
  ms: number;
  /** The first request to the API (`apiPath`) started; null when none was made. */
  apiStartMs: number | null;
  /** Time the page spent running script until `text` showed (Chromium's ScriptDuration). */
  scriptMs: number;
  /** Steps of the load, from the page's performance entries. */
  breakdown: Breakdown;
}

type Medians = Visit & { all: number[] };

export interface LoadFigures {
  cold: Medians;
  warm: Medians;
}

async function visit(context: BrowserContext, path: string, text: string, apiPath: string): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(path);
  const ms = await seenAt(page, text);
  const appMs = await seenAt(page, text, 60_000, '__app');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const script = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN;
  const breakdown = await breakdownOf(page, apiPath, ms, appMs);
  await page.close();
  return { ms, apiStartMs: breakdown.apiStartMs, scriptMs: script * 1000, breakdown };
}

const medianVisit = (visits: Visit[]): Medians => ({
  ms: median(visits.map((v) => v.ms)),
  apiStartMs: median(visits.flatMap((v) => (v.apiStartMs === null ? [] : [v.apiStartMs]))),
  scriptMs: median(visits.map((v) => v.scriptMs)),
  breakdown: medianBreakdown(visits.map((v) => v.breakdown)),
  all: visits.map((v) => Math.round(v.ms)),
});

export interface Target {
  path: string;
  /** The text whose appearance ends the load. */
  text: string;
  /** Path prefix of the data request whose start is reported. */
  apiPath: string;
}

/**
 * `runs` rounds; in each, every target in turn gets a cold visit on a fresh context (empty cache), then
 * a warm one (a new tab in the same context: HTTP cache and storage kept, as on a user's second visit).
 * Taking the targets in turn within each round lets a busy machine weigh on all of them alike.
 * Medians per target.
 */
export async function loads(
  browser: Browser,
  base: string,
  targets: Target[],
  runs: number,
): Promise<LoadFigures[]> {
  const cold: Visit[][] = targets.map(() => []);
  const warm: Visit[][] = targets.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [t, target] of targets.entries()) {
      const { context, page } = await freshPage(browser, base, [target.text]);
      await page.close();
      cold[t]!.push(await visit(context, target.path, target.text, target.apiPath));
      warm[t]!.push(await visit(context, target.path, target.text, target.apiPath));
      await context.close();
    }
  }
  return targets.map((_, t) => ({ cold: medianVisit(cold[t]!), warm: medianVisit(warm[t]!) }));
}

/** JS heap in use after load and a forced garbage collection (bytes). */
export async function heapAfterLoad(
  browser: Browser,
  base: string,
  path: string,
  text: string,
): Promise<number> {
  const { context, page } = await freshPage(browser, base, [text]);
  await page.goto(path);
  await seenAt(page, text);
  await networkQuiet(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return usedSize;
}

/**
 * Next page: open page 1, then click the pagination's next button and time until page 2's first row
 * shows. With prefetch the app has fetched page 2 in the background first; without, that background
 * fetch is refused so the click has to fetch.
 */
export async function nextPage(
  browser: Browser,
  base: string,
  path: string,
  firstOnPage1: string,
  firstOnPage2: string,
  prefetch: boolean,
  runs: number,
): Promise<{ ms: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await freshPage(browser, base, [firstOnPage1]);
    const page2 = /[?&]pageNum=2(&|$)/;
    if (!prefetch)
      await page.route(
        (url) => page2.test(url.search),
        (route) => route.abort(),
      );
    await page.goto(path);
    await seenAt(page, firstOnPage1);
    await networkQuiet(page);
    await page.waitForTimeout(300);
    if (!prefetch) await page.unrouteAll({ behavior: 'wait' });
    const next = page
      .getByRole('listitem', { name: /next page/i })
      .or(page.getByTitle('Next Page'))
      .first();
    const elapsed = await next.evaluate(
      (el, text) =>
        new Promise<number>((resolve, reject) => {
          const target = (el.querySelector('button') ?? el) as HTMLElement;
          const observer = new MutationObserver(() => {
            const cells = document.querySelectorAll('tbody tr');
            for (const cell of Array.from(cells)) {
              if (cell.textContent?.includes(text) && cell.checkVisibility()) {
                observer.disconnect();
                resolve(performance.now() - start);
                return;
              }
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          setTimeout(() => reject(new Error(`page 2 row "${text}" not shown`)), 30_000);
          const start = performance.now();
          target.click();
        }),
      firstOnPage2,
    );
    all.push(elapsed);
    await context.close();
  }
  return { ms: median(all), all };
}

/**
 * From the list (loaded, idle) to a version's page, the first time a version is opened (its page's code
 * not fetched yet): click → the version's heading visible. `pointMs`: how long the pointer rests on the
 * link before the click (0: a click with no pointing first, e.g. from a script).
 */
export async function openDetail(
  browser: Browser,
  base: string,
  path: string,
  name: string,
  pointMs: number,
  runs: number,
): Promise<{ ms: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await freshPage(browser, base, [name]);
    await page.goto(path);
    await seenAt(page, name);
    await networkQuiet(page);
    const link = page.getByRole('link', { name, exact: true });
    if (pointMs > 0) {
      await link.hover();
      await page.waitForTimeout(pointMs);
    }
    const elapsed = await link.evaluate(
      (el, text) =>
        new Promise<number>((resolve, reject) => {
          // (no named functions in here: the TypeScript loader would wrap them in a helper the page lacks)
          const observer = new MutationObserver(() => {
            const heading = document.querySelector('h1');
            if (!heading?.textContent?.includes(text) || !heading.checkVisibility()) return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          setTimeout(() => reject(new Error(`the page of "${text}" did not show`)), 30_000);
          const start = performance.now();
          (el as HTMLElement).click();
        }),
      name,
    );
    all.push(Math.round(elapsed));
    await context.close();
  }
  return { ms: median(all), all };
}
