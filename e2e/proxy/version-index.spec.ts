/*
 * The browser reads versions only from the console server (`/api/projects/:project/versions`, its
 * event stream; docs/versions-api.md): the Zadig requests counted here are the server's index's, made
 * once for every watcher, on the server's own intervals — in the e2e server the production ones scaled
 * down (e2e/proxy/index-intervals.json), so "30 s" of watching is `30_000 * SCALE` of server time. The
 * list reads are counted honestly in two kinds: the index's pages of 100, and the permission read each
 * caller costs (a page of 1, once per token and project per VERSIONS_AUTH_TTL_MS; auth-cache.ts).
 */
import { expect, test } from '@playwright/test';
import {
  asAnotherUser,
  bigVersionName,
  browserListReads,
  counts,
  HANDLING_MS,
  listReads,
  projectKeyFor,
  resetCounts,
  SCALE,
  SERVER,
  serverClock,
  seedProject,
  setHidden,
  trackOpenapi,
  zadigRequests,
} from './big-project';
import { FAKE_READONLY_TOKEN, signedIn } from './support';

/**
 * Request counts against a Zadig that answers like a real one, with 10,000 versions in the project:
 * the console reads each version once, then only what changed.
 */
const COUNT = 10_000;
const FAILED_DEEP = 1_500; // beyond the first 1,000
const failedName = bigVersionName(COUNT, FAILED_DEEP);
/** "30 s" of production watching, in refresh intervals of the server (15 s each in production). */
const THIRTY_SECONDS = Math.round(30_000 / 15_000);

test.describe('a project of 10,000 versions on a real-generation Zadig', () => {
  test.beforeEach(async ({ page }) => signedIn(page));

  test('a filter finds a failed version beyond the first 1,000 in one pass with progress; a reload shows it again at once', async ({
    page,
    request,
    browser,
  }, testInfo) => {
    testInfo.setTimeout(120_000);
    const projectKey = projectKeyFor('first filter');
    await seedProject(request, { projectKey, count: COUNT, failed: [FAILED_DEEP], creating: [0] });
    const zadigListFromBrowser = browserListReads(page);

    const started = Date.now();
    await page.goto(`/projects/${projectKey}/releases?status=failed`);
    await expect(
      page.getByRole('progressbar', { name: /Reading all versions of the project/ }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: failedName, exact: true })).toBeVisible({ timeout: 60_000 });
    const found = Date.now();
    const first = listReads(await counts(request, projectKey));
    // One pass: each page of 100 once (the refreshes asked for meanwhile join it); nothing else.
    expect(first.index).toBeLessThanOrEqual(COUNT / 100);
    expect(first.other).toBe(0);
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
    const done = await counts(request, projectKey);
    const passMs = Date.now() - started;
    console.log(`first pass, ${passMs} ms: ${JSON.stringify(done)}`);
    // After the pass, only page 1 once per live interval (the newest version is in flight).
    expect(listReads(done).index).toBeLessThanOrEqual(
      COUNT / 100 + Math.ceil((Date.now() - found) / SERVER.liveMs),
    );
    expect(listReads(done).other).toBe(0);
    // The permission read: one per token and project per AUTH_TTL_MS while the page asked.
    expect(listReads(done).auth).toBeGreaterThan(0);
    expect(listReads(done).auth).toBeLessThanOrEqual(1 + Math.ceil(passMs / SERVER.authTtlMs));
    expect(zadigListFromBrowser()).toBe(0);

    await resetCounts(request, projectKey);
    await page.reload();
    await expect(page.getByRole('link', { name: failedName, exact: true })).toBeVisible();
    await expect(page.getByText(/^1 matching version/)).toBeVisible();
    const reload = await counts(request, projectKey);
    console.log(`reload: ${JSON.stringify(reload)}`);
    expect(reload.byRoute.list ?? 0).toBeLessThanOrEqual(20);

    // The next person (another token) pays for their permission read and at most a page or two, not
    // for a pass; the newest version is in flight, so page 1 is read once per live interval meanwhile
    // for whoever watches.
    const arrived = Date.now();
    await resetCounts(request, projectKey);
    const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    try {
      const next = await other.newPage();
      await signedIn(next, FAKE_READONLY_TOKEN);
      await next.goto(`/projects/${projectKey}/releases?status=failed`);
      await expect(next.getByRole('link', { name: failedName, exact: true })).toBeVisible();
      await expect(next.getByText(/^1 matching version/)).toBeVisible();
      const asked = (await zadigRequests(request, projectKey)).filter((r) => r.route === 'list');
      const livePace = Math.ceil((Date.now() - arrived) / SERVER.liveMs);
      console.log(`the next person, ${Date.now() - arrived} ms: ${JSON.stringify(asked.map((r) => r.url))}`);
      const pageOne = asked.filter((r) => r.pageSize === 100 && r.url.includes('pageNum=1&')).length;
      expect(asked.length - pageOne).toBeLessThanOrEqual(5);
      expect(pageOne).toBeLessThanOrEqual(livePace + 1);
    } finally {
      await other.close();
    }
  });

  test('with one version in flight and a filter on: at most 30 requests in 30 s, none while hidden, page 1 and the live version on return', async ({
    page,
    request,
  }, testInfo) => {
    testInfo.setTimeout(120_000);
    const projectKey = projectKeyFor('steady state');
    // The version in flight is deep in the project: it is followed by its detail.
    const live = bigVersionName(COUNT, 3_000);
    await seedProject(request, { projectKey, count: COUNT, failed: [FAILED_DEEP], creating: [3_000] });
    const tracker = trackOpenapi(page);
    const zadigListFromBrowser = browserListReads(page);
    await page.goto(`/projects/${projectKey}/releases?status=failed`);
    await expect(page.getByRole('link', { name: failedName, exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
    const clock = await serverClock(request);
    try {
      await tracker.settled();
      await resetCounts(request, projectKey);
      await clock.intervals(THIRTY_SECONDS);
      const watching = await counts(request, projectKey);
      console.log(`watched, "30 s" (${30_000 * SCALE} ms of server time): ${JSON.stringify(watching)}`);
      expect(watching.total).toBeGreaterThan(0);
      expect(watching.total).toBeLessThanOrEqual(30);
      expect(watching.unrouted).toBe(0);

      // Hidden: the page closes its stream; once the server's last watch has run out (one refresh
      // interval), Zadig is asked nothing for this project.
      const streamClosed = page.waitForEvent('requestfailed', (r) => r.url().includes('/version-events'));
      await setHidden(page, true);
      await streamClosed;
      await tracker.settled();
      await resetCounts(request, projectKey);
      await clock.intervals(3);
      const tail = await counts(request, projectKey);
      console.log(`hidden, the last watch running out: ${JSON.stringify(tail)}`);
      expect(tail.total).toBeLessThanOrEqual(2 * (SERVER.refreshMs / SERVER.liveMs + 1));
      await resetCounts(request, projectKey);
      await clock.intervals(THIRTY_SECONDS);
      expect((await counts(request, projectKey)).total).toBe(0);

      // Shown again: the stream reopens, and the server reads page 1 and the live version at once.
      await setHidden(page, false);
      await expect
        .poll(async () => {
          const back = await counts(request, projectKey);
          return listReads(back).index > 0 && (back.byRoute.detail ?? 0) > 0;
        })
        .toBe(true);
      const back = await zadigRequests(request, projectKey);
      console.log(`shown again: ${JSON.stringify(back.map((r) => `${r.route} ${r.url}`))}`);
      for (const r of back.filter((r) => r.route === 'list' && r.pageSize === 100))
        expect(r.url).toContain('pageNum=1&');
      for (const r of back.filter((r) => r.route === 'detail'))
        expect(r.url).toContain(`versionName=${live}`);
      expect(back.every((r) => r.route === 'list' || r.route === 'detail')).toBe(true);
      expect(zadigListFromBrowser()).toBe(0);
    } finally {
      clock.close();
    }
  });

  test('live under a filter: a version finishing, created or deleted shows within one interval of the server', async ({
    page,
    request,
  }, testInfo) => {
    testInfo.setTimeout(120_000);
    const projectKey = projectKeyFor('live filter');
    const deepLive = bigVersionName(COUNT, 2_500);
    await seedProject(request, { projectKey, count: COUNT, creating: [2_500] });
    await page.goto(`/projects/${projectKey}/releases?status=creating`);
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: deepLive, exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });

    // Finishing: the version leaves the "creating" filter within one live interval.
    let changed = Date.now();
    await asAnotherUser(request, 'finish', { projectKey, versionName: deepLive, status: 'success' });
    await expect(table.getByRole('link', { name: deepLive, exact: true })).toHaveCount(0, {
      timeout: SERVER.liveMs + HANDLING_MS,
    });
    console.log(`finished: shown after ${Date.now() - changed} ms (live interval ${SERVER.liveMs} ms)`);

    // Created by someone else: it appears within one refresh interval (nothing else is in flight now).
    changed = Date.now();
    await asAnotherUser(request, 'add', { projectKey, versionName: 'hotfix-1', status: 'creating' });
    await expect(table.getByRole('link', { name: 'hotfix-1', exact: true })).toBeVisible({
      timeout: SERVER.refreshMs + HANDLING_MS,
    });
    console.log(`created: shown after ${Date.now() - changed} ms (refresh interval ${SERVER.refreshMs} ms)`);

    // Deleted by someone else: it leaves within one live interval (it was in flight), and no re-read of
    // the project follows (the pass that finds it reads a page or two, not 100).
    await resetCounts(request, projectKey);
    changed = Date.now();
    await asAnotherUser(request, 'remove', { projectKey, versionName: 'hotfix-1' });
    await expect(table.getByRole('link', { name: 'hotfix-1', exact: true })).toHaveCount(0, {
      timeout: SERVER.liveMs + HANDLING_MS,
    });
    console.log(`deleted: gone after ${Date.now() - changed} ms (live interval ${SERVER.liveMs} ms)`);
    await expect(page.getByText('No version matches the filters')).toBeVisible();
    expect(listReads(await counts(request, projectKey)).index).toBeLessThanOrEqual(4);
  });
});

test.describe('a live version on a real-generation Zadig', () => {
  test.beforeEach(async ({ page }) => signedIn(page));

  test('its detail is read by name only (never /releases/:id), and shows it finishing; so does the list', async ({
    page,
    request,
  }) => {
    const projectKey = projectKeyFor('live detail');
    await seedProject(request, { projectKey, count: 300, creating: [0, 1] });
    const [first, second] = [bigVersionName(300, 0), bigVersionName(300, 1)];
    // Real time here: the user moves between pages while versions are polled at the live pace.
    await page.goto(`/projects/${projectKey}/releases`);
    const table = page.getByRole('table');
    await table.getByRole('link', { name: first, exact: true }).click();
    await expect(page.getByRole('heading', { name: new RegExp(first) })).toBeVisible();
    await expect
      .poll(async () => (await counts(request, projectKey)).byRoute.detail ?? 0)
      .toBeGreaterThanOrEqual(2);
    await page.goBack();
    await table.getByRole('link', { name: second, exact: true }).click();
    await expect(page.getByRole('heading', { name: new RegExp(second) })).toBeVisible();
    await expect
      .poll(async () => (await counts(request, projectKey)).byRoute.detail ?? 0)
      .toBeGreaterThanOrEqual(4);
    const seen = await counts(request, projectKey);
    // Every read is by name: Zadig v4.0–v5.0 route no GET /:id (delivery/handler/router.go).
    expect(seen.byRoute['by-id'] ?? 0).toBe(0);
    expect(seen.unrouted).toBe(0);

    await asAnotherUser(request, 'finish', { projectKey, versionName: second, status: 'success' });
    await expect(page.getByRole('main').getByText('Success').first()).toBeVisible();

    await page.goBack();
    await expect(table.getByRole('row').filter({ hasText: first })).toContainText('Creating');
    await asAnotherUser(request, 'finish', { projectKey, versionName: first, status: 'failed' });
    await expect(table.getByRole('row').filter({ hasText: first })).toContainText('Failed');
  });
});
