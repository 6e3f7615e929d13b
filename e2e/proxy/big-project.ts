/**
 * Helpers for the request-count tests: each test seeds its own project of many versions in the test
 * Zadig, counts what reaches Zadig for that project only, and drives the page's clock and visibility.
 */
import { readFileSync } from 'node:fs';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { FAKE_TOKEN, FAKE_ZADIG_URL } from './support';

export { bigVersionName } from './fake-zadig/big-project';

export interface Counts {
  total: number;
  byRoute: Record<string, number>;
  listPageSizes: Record<string, number>;
  /** Requests at a route Zadig does not have (gin's 404 or 405). */
  unrouted: number;
}

/** A unique project key for this test (tests running side by side never share one). */
export function projectKeyFor(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 30);
  return `${slug}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function seedProject(
  request: APIRequestContext,
  spec: { projectKey: string; count?: number; failed?: number[]; creating?: number[] },
): Promise<void> {
  const response = await request.post(`${FAKE_ZADIG_URL}/__fake/projects`, { data: spec });
  expect(response.ok()).toBe(true);
}

/** Changes the test Zadig's data as another user would: add, finish or remove a version. */
export async function asAnotherUser(
  request: APIRequestContext,
  action: 'add' | 'finish' | 'remove',
  data: { projectKey: string; versionName: string; status?: string },
): Promise<void> {
  const response = await request.post(`${FAKE_ZADIG_URL}/__fake/${action}`, { data });
  expect(response.ok()).toBe(true);
}

/**
 * The versions index's intervals in the e2e proxy server (scripts/e2e-server.mjs sets them from the
 * same file, the environment overriding): the production defaults (15 s, 5 s, 30 s) scaled by `scale`.
 */
const intervalsFile = JSON.parse(
  readFileSync(new URL('./index-intervals.json', import.meta.url), 'utf8'),
) as { refreshMs: number; liveMs: number; authTtlMs: number };
export const SERVER = {
  refreshMs: Number(process.env.VERSIONS_REFRESH_MS ?? intervalsFile.refreshMs),
  liveMs: Number(process.env.VERSIONS_LIVE_MS ?? intervalsFile.liveMs),
  authTtlMs: Number(process.env.VERSIONS_AUTH_TTL_MS ?? intervalsFile.authTtlMs),
};
/** Server time per production second: "30 s" of watching in production is `30_000 * scale` here. */
export const SCALE = SERVER.refreshMs / 15_000;
/**
 * How long past the server's interval a change may take to reach the screen: the pass that reads it,
 * the event, the page's read of its list and the render, on a shared test machine.
 */
export const HANDLING_MS = 2_000;

/** Zadig's list reads of the index (pages of 100) and the callers' permission reads (pages of 1). */
export function listReads(c: Counts): { index: number; auth: number; other: number } {
  const index = c.listPageSizes['100'] ?? 0;
  const auth = c.listPageSizes['1'] ?? 0;
  return { index, auth, other: (c.byRoute.list ?? 0) - index - auth };
}

export async function counts(request: APIRequestContext, projectKey: string): Promise<Counts> {
  const response = await request.get(`${FAKE_ZADIG_URL}/__fake/counts`, { params: { projectKey } });
  return (await response.json()) as Counts;
}

export async function resetCounts(request: APIRequestContext, projectKey: string): Promise<void> {
  await request.post(`${FAKE_ZADIG_URL}/__fake/requests/reset?projectKey=${encodeURIComponent(projectKey)}`);
}

export async function fakeId(request: APIRequestContext, projectKey: string, versionName: string) {
  const response = await request.get(`${FAKE_ZADIG_URL}/__fake/versions`, {
    params: { projectKey, versionName },
  });
  return ((await response.json()) as { id: string }).id;
}

/**
 * Tracks the page's requests to `/openapi/`, so a test can wait until what a timer started is over
 * (no request open, and the count still for a moment) before it moves the clock on.
 */
export function trackOpenapi(page: Page) {
  let open = 0;
  let started = 0;
  // Zadig's routes and the console's versions API; not the event stream, which stays open.
  const mine = (url: string) => {
    const path = new URL(url).pathname;
    return (
      path.startsWith('/openapi/') || (path.startsWith('/api/projects/') && !path.endsWith('/version-events'))
    );
  };
  page.on('request', (r) => {
    if (mine(r.url())) {
      open++;
      started++;
    }
  });
  const done = (r: { url: () => string }) => {
    if (mine(r.url())) open--;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    /** Waits until no request is open and none started over two looks. */
    async settled(): Promise<void> {
      let last = -1;
      await expect
        .poll(
          () => {
            const still = open === 0 && started === last;
            last = started;
            return still;
          },
          { intervals: [150] },
        )
        .toBe(true);
    },
  };
}

/**
 * Moves the page's clock on by `ms` in steps of `step`, letting each step's requests finish; then a
 * few more milliseconds, so that the query cache's batched notifications (a zero-delay timer) reach
 * the page.
 */
const FLUSH_MS = 20;

export async function runClock(
  page: Page,
  tracker: ReturnType<typeof trackOpenapi>,
  ms: number,
  step = 1_000,
): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += step) {
    await page.clock.runFor(Math.min(step, ms - elapsed));
    await tracker.settled();
  }
  await page.clock.runFor(FLUSH_MS);
  await tracker.settled();
}

/** Hides or shows the page as switching tabs does (visibilityState and its event). */
export async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (h ? 'hidden' : 'visible'),
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, hidden);
}

const PROXY_URL = `http://127.0.0.1:${process.env.E2E_PROXY_PORT ?? 4183}`;

/**
 * The server's own clock, seen from outside: someone else watches a small project of their own (its
 * event stream open, as a tab would keep it), which the server reads once per refresh interval while
 * nothing in it is in flight. `intervals(n)` waits until it has been read `n` more times, so a test
 * measures a window of server time without a sleep of its own.
 */
export async function serverClock(request: APIRequestContext) {
  const projectKey = projectKeyFor('server clock');
  await seedProject(request, { projectKey, count: 10 });
  const controller = new AbortController();
  const response = await fetch(`${PROXY_URL}/api/projects/${projectKey}/version-events`, {
    headers: { authorization: `Bearer ${FAKE_TOKEN}` },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  // read on until the end of the test, as a browser does
  const drain = (): Promise<void> =>
    reader.read().then(
      (r) => (r.done ? undefined : drain()),
      () => undefined,
    );
  void drain();
  const reads = async () => listReads(await counts(request, projectKey)).index;
  await expect.poll(reads, { timeout: 30_000 }).toBeGreaterThan(0);
  return {
    async intervals(n: number): Promise<void> {
      const start = await reads();
      await expect
        .poll(reads, { timeout: (n + 2) * SERVER.refreshMs + 10_000, intervals: [50] })
        .toBeGreaterThanOrEqual(start + n);
    },
    close: () => controller.abort(),
  };
}

/** What the test Zadig was asked for this project (method, url), oldest first. */
export async function zadigRequests(
  request: APIRequestContext,
  projectKey: string,
): Promise<Array<{ method: string; url: string; route: string; pageSize?: number }>> {
  const response = await request.get(`${FAKE_ZADIG_URL}/__fake/requests`, { params: { projectKey } });
  return (await response.json()) as Array<{ method: string; url: string; route: string; pageSize?: number }>;
}

/** Counts the page's own reads of Zadig's list through the proxy (refused: the server's index reads it). */
export function browserListReads(page: Page): () => number {
  let n = 0;
  page.on('request', (r) => {
    if (r.method() === 'GET' && new URL(r.url()).pathname === '/openapi/delivery/releases') n++;
  });
  return () => n;
}
