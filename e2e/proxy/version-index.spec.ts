/*
 * Needs the proxy's versions index (branch proxyidx): the browser reads versions only from
 * `/api/projects/:project/versions` (docs/versions-api.md), so the Zadig requests counted here are the
 * server's, made once for every watcher; the browser's own intervals (live-intervals.ts) only pace its
 * fallback polling while the event stream is closed.
 */
import { expect, test } from '@playwright/test';
import {
  IDLE_INTERVAL as INDEX_IDLE_INTERVAL,
  LIVE_INTERVAL as INDEX_LIVE_INTERVAL,
} from '../../src/features/releases/live-intervals';
import {
  asAnotherUser,
  bigVersionName,
  counts,
  projectKeyFor,
  resetCounts,
  runClock,
  seedProject,
  setHidden,
  trackOpenapi,
} from './big-project';
import { signedIn } from './support';

/**
 * Request counts against a Zadig that answers like a real one, with 10,000 versions in the project:
 * the console reads each version once, then only what changed.
 */
const COUNT = 10_000;
const FAILED_DEEP = 1_500; // beyond the first 1,000
const failedName = bigVersionName(COUNT, FAILED_DEEP);

test.describe('a project of 10,000 versions on a real-generation Zadig', () => {
  test.beforeEach(async ({ page }) => signedIn(page));

  test('a filter finds a failed version beyond the first 1,000 in one pass with progress; a reload shows it again at once', async ({
    page,
    request,
  }, testInfo) => {
    testInfo.setTimeout(120_000);
    const projectKey = projectKeyFor('first filter');
    await seedProject(request, { projectKey, count: COUNT, failed: [FAILED_DEEP], creating: [0] });

    await page.goto(`/projects/${projectKey}/releases?status=failed`);
    await expect(
      page.getByRole('progressbar', { name: /Reading all versions of the project/ }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: failedName, exact: true })).toBeVisible({ timeout: 60_000 });
    const first = await counts(request, projectKey);
    expect(first.byRoute.list).toBeLessThanOrEqual(100);
    expect(Object.keys(first.listPageSizes)).toEqual(['100']);
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
    expect((await counts(request, projectKey)).byRoute.list).toBeLessThanOrEqual(100);

    await resetCounts(request, projectKey);
    await page.reload();
    await expect(page.getByRole('link', { name: failedName, exact: true })).toBeVisible();
    expect((await counts(request, projectKey)).byRoute.list ?? 0).toBeLessThanOrEqual(20);
    await expect(page.getByText(/^1 matching version/)).toBeVisible();
  });

  test('with one version in flight and a filter on: at most 30 requests in 30 s, none while hidden, page 1 and the live version on return', async ({
    page,
    request,
  }, testInfo) => {
    testInfo.setTimeout(120_000);
    const projectKey = projectKeyFor('steady state');
    // The version in flight is deep in the project: it is followed by its detail.
    await seedProject(request, { projectKey, count: COUNT, failed: [FAILED_DEEP], creating: [3_000] });
    const tracker = trackOpenapi(page);
    await page.clock.install();
    await page.goto(`/projects/${projectKey}/releases?status=failed`);
    await expect(page.getByRole('link', { name: failedName, exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
    await page.clock.pauseAt(Date.now() + 60_000);
    // What the jump started has finished and reached the page: the next refresh is one interval away.
    await runClock(page, tracker, 0);

    await resetCounts(request, projectKey);
    await runClock(page, tracker, 30_000);
    const watching = await counts(request, projectKey);
    expect(watching.total).toBeGreaterThan(0);
    expect(watching.total).toBeLessThanOrEqual(30);
    expect(watching.unrouted).toBe(0);

    await setHidden(page, true);
    await tracker.settled();
    await resetCounts(request, projectKey);
    await runClock(page, tracker, 30_000, 5_000);
    expect((await counts(request, projectKey)).total).toBe(0);

    await setHidden(page, false);
    await runClock(page, tracker, 0);
    const back = await counts(request, projectKey);
    expect(back.listPageSizes).toEqual({ '100': 1 });
    expect(back.byRoute.detail ?? 0).toBeLessThanOrEqual(1);
    expect(back.total).toBeLessThanOrEqual(3);
  });

  test('live under a filter: a version finishing, created or deleted shows within one poll interval', async ({
    page,
    request,
  }, testInfo) => {
    testInfo.setTimeout(120_000);
    const projectKey = projectKeyFor('live filter');
    const deepLive = bigVersionName(COUNT, 2_500);
    await seedProject(request, { projectKey, count: COUNT, creating: [2_500] });
    const tracker = trackOpenapi(page);
    await page.clock.install();
    await page.goto(`/projects/${projectKey}/releases?status=creating`);
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: deepLive, exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
    await page.clock.pauseAt(Date.now() + 60_000);
    // What the jump started has finished and reached the page: the next refresh is one interval away.
    await runClock(page, tracker, 0);

    // Finishing: the version leaves the "creating" filter after one live interval.
    await asAnotherUser(request, 'finish', { projectKey, versionName: deepLive, status: 'success' });
    await resetCounts(request, projectKey);
    await runClock(page, tracker, INDEX_LIVE_INTERVAL);
    await expect(table.getByRole('link', { name: deepLive, exact: true })).toHaveCount(0);

    // Created by someone else: it appears within one interval (nothing else is in flight now).
    await asAnotherUser(request, 'add', { projectKey, versionName: 'hotfix-1', status: 'creating' });
    await runClock(page, tracker, INDEX_IDLE_INTERVAL);
    await expect(table.getByRole('link', { name: 'hotfix-1', exact: true })).toBeVisible();

    // Deleted by someone else: it leaves within one interval, and no re-read of the project follows.
    await resetCounts(request, projectKey);
    await asAnotherUser(request, 'remove', { projectKey, versionName: 'hotfix-1' });
    await runClock(page, tracker, INDEX_LIVE_INTERVAL);
    await expect(table.getByRole('link', { name: 'hotfix-1', exact: true })).toHaveCount(0);
    await expect(page.getByText('No version matches the filters')).toBeVisible();
    expect((await counts(request, projectKey)).byRoute.list).toBeLessThanOrEqual(2);
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
