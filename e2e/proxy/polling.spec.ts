/*
 * Needs the proxy's versions index (branch proxyidx): the browser reads versions only from
 * `/api/projects/:project/versions` (docs/versions-api.md), so the Zadig requests counted here are the
 * server's, made once for every watcher; the browser's own intervals (live-intervals.ts) only pace its
 * fallback polling while the event stream is closed.
 */
import { expect, test } from '@playwright/test';
import {
  IDLE_INTERVAL,
  IDLE_INTERVAL as INDEX_IDLE_INTERVAL,
} from '../../src/features/releases/live-intervals';
import {
  asAnotherUser,
  bigVersionName,
  counts,
  projectKeyFor,
  resetCounts,
  runClock,
  seedProject,
  trackOpenapi,
} from './big-project';
import { signedIn } from './support';

/**
 * A list page at rest reads one thing once per interval: under a filter the version index (pages of
 * 100), without one the page shown (pages of 20) — never both, and the index is not polled once the
 * filter is gone. Changes made elsewhere still show within one interval.
 */
test.beforeEach(async ({ page }) => signedIn(page));

test('one read per interval: the filtered list polls the index only, the unfiltered list its page only', async ({
  page,
  request,
}, testInfo) => {
  testInfo.setTimeout(120_000);
  const projectKey = projectKeyFor('one poll');
  const count = 300;
  const failed = bigVersionName(count, 250);
  await seedProject(request, { projectKey, count, failed: [250] });
  const tracker = trackOpenapi(page);
  await page.clock.install();
  await page.goto(`/projects/${projectKey}/releases?status=failed`);
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: failed, exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await page.clock.pauseAt(Date.now() + 60_000);
  await runClock(page, tracker, 0);

  await resetCounts(request, projectKey);
  await runClock(page, tracker, 30_000);
  const filtered = await counts(request, projectKey);
  console.log(`filtered list at rest, 30 s: ${JSON.stringify(filtered)}`);
  expect(filtered.byRoute.list).toBeLessThanOrEqual(30_000 / INDEX_IDLE_INTERVAL);
  expect(Object.keys(filtered.listPageSizes)).toEqual(['100']);
  expect(filtered.byRoute.detail ?? 0).toBe(0);
  expect(filtered.total).toBe(filtered.byRoute.list);

  // The filter goes: the page shown is read, the index (still in the cache) is not polled.
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await runClock(page, tracker, 0);
  await expect(table.getByRole('link', { name: bigVersionName(count, 0), exact: true })).toBeVisible();
  await resetCounts(request, projectKey);
  await runClock(page, tracker, 30_000);
  const unfiltered = await counts(request, projectKey);
  console.log(`unfiltered list at rest, 30 s: ${JSON.stringify(unfiltered)}`);
  expect(unfiltered.byRoute.list).toBeLessThanOrEqual(30_000 / IDLE_INTERVAL);
  expect(Object.keys(unfiltered.listPageSizes)).toEqual(['20']);
  expect(unfiltered.total).toBe(unfiltered.byRoute.list);

  // Still live: a version another user adds shows within one interval.
  await asAnotherUser(request, 'add', { projectKey, versionName: 'added-elsewhere', status: 'success' });
  await runClock(page, tracker, IDLE_INTERVAL);
  await expect(table.getByRole('link', { name: 'added-elsewhere', exact: true })).toBeVisible();
});
