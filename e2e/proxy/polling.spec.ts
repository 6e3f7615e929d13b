/*
 * The browser reads versions only from the console server (`/api/projects/:project/versions`, its
 * event stream; docs/versions-api.md): what reaches Zadig is the server's index's page-1 read, once per
 * refresh interval of the server however many tabs watch and whatever their filters — in the e2e server
 * the production intervals scaled down (e2e/proxy/index-intervals.json).
 */
import { expect, test, type Page } from '@playwright/test';
import {
  asAnotherUser,
  bigVersionName,
  browserListReads,
  counts,
  HANDLING_MS,
  listReads,
  projectKeyFor,
  resetCounts,
  SERVER,
  serverClock,
  seedProject,
} from './big-project';
import { signedIn } from './support';

/**
 * Tabs at rest cost Zadig one read per interval between them: three tabs (a filter, none, a search)
 * cost what one does, and a change made elsewhere still shows in each within one interval.
 */
test('one read per interval: however many tabs and filters watch, Zadig is read once per server interval', async ({
  browser,
  request,
}, testInfo) => {
  testInfo.setTimeout(120_000);
  const projectKey = projectKeyFor('one poll');
  const count = 300;
  const failed = bigVersionName(count, 250);
  await seedProject(request, { projectKey, count, failed: [250] });
  const clock = await serverClock(request);
  // Each tab its own window (a tab in the background is hidden, and watches nothing).
  const contexts = await Promise.all(
    [0, 1, 2].map(() => browser.newContext({ baseURL: testInfo.project.use.baseURL })),
  );
  try {
    const tabs: Page[] = [];
    const fromBrowser: Array<() => number> = [];
    for (const context of contexts) {
      const tab = await context.newPage();
      await signedIn(tab);
      fromBrowser.push(browserListReads(tab));
      tabs.push(tab);
    }
    const [filtered, unfiltered, searched] = tabs as [Page, Page, Page];
    await filtered.goto(`/projects/${projectKey}/releases?status=failed`);
    await unfiltered.goto(`/projects/${projectKey}/releases`);
    await searched.goto(`/projects/${projectKey}/releases?q=build-001`);
    await expect(filtered.getByRole('table').getByRole('link', { name: failed, exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await expect(
      unfiltered.getByRole('table').getByRole('link', { name: bigVersionName(count, 0), exact: true }),
    ).toBeVisible();
    await expect(
      searched.getByRole('table').getByRole('link', { name: 'build-00199', exact: true }),
    ).toBeVisible();
    for (const tab of tabs) await expect(tab.getByRole('progressbar')).toHaveCount(0);

    // At rest: a window of 4 server refresh intervals.
    const INTERVALS = 4;
    await resetCounts(request, projectKey);
    await clock.intervals(INTERVALS);
    const atRest = await counts(request, projectKey);
    console.log(
      `three tabs at rest, ${INTERVALS} intervals of ${SERVER.refreshMs} ms: ${JSON.stringify(atRest)}`,
    );
    const reads = listReads(atRest);
    expect(reads.index).toBeGreaterThan(0);
    // The window ends on the clock's read: this project's reads in it are the intervals' and one more.
    expect(reads.index).toBeLessThanOrEqual(INTERVALS + 1);
    expect(reads.other).toBe(0);
    // Nothing changes, so no tab asks the server again. The only permission reads are the open streams'
    // (each is authorised again at its heartbeat, server/versions/event-stream.ts), which share the
    // token's answer: at most one per auth TTL for the three tabs, whenever their heartbeats fall.
    expect(reads.auth).toBeLessThanOrEqual(Math.ceil((INTERVALS * SERVER.refreshMs) / SERVER.authTtlMs));
    expect(atRest.total).toBe(atRest.byRoute.list);
    for (const n of fromBrowser) expect(n()).toBe(0);

    // Still live: a version another user adds shows in every tab within one interval.
    await asAnotherUser(request, 'add', { projectKey, versionName: 'build-001-hotfix', status: 'success' });
    for (const tab of [unfiltered, searched])
      await expect(
        tab.getByRole('table').getByRole('link', { name: 'build-001-hotfix', exact: true }),
      ).toBeVisible({
        timeout: SERVER.refreshMs + HANDLING_MS,
      });
  } finally {
    clock.close();
    await Promise.all(contexts.map((c) => c.close()));
  }
});
