/**
 * Helpers for the request-count tests: each test seeds its own project of many versions in the test
 * Zadig, counts what reaches Zadig for that project only, and drives the page's clock and visibility.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { FAKE_ZADIG_URL } from './support';

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
