/**
 * Journey in one tab: the user moves to a list page that is not cached while the server is down. What
 * was on screen stays (no full-page error), a quiet notice says the console is offline and retrying, and
 * the page asked for shows by itself once the server is back.
 */
import { expect, request as newRequest, test, type APIRequestContext } from '@playwright/test';
import { createVersion, demoImage, startInEnglish, uniqueName } from '../release-helpers';
import { ownServer, type OwnServer } from './own-server';

/** Inside this engineer's port range, away from the shared test server and server-restart.spec's. */
const PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4180) + 2;
const SIZE = 10;
const OFFLINE = 'The console cannot be reached — retrying… What is shown may be out of date.';

let server: OwnServer;
test.beforeEach(async ({ page }) => {
  server = ownServer(PORT);
  await server.start();
  await startInEnglish(page);
});
test.afterEach(async () => server.dispose());

async function pageOf(request: APIRequestContext, page: number) {
  // The console's own versions API: what the list page reads.
  const res = await request.get(`/api/projects/yaml-demo/versions?page=${page}&size=${SIZE}`);
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { items: { name: string }[]; total: number };
  return { names: body.items.map((v) => v.name), total: body.total };
}

test('a page that is not cached, asked for while the server is down: rows stay, then it shows by itself', async ({
  page,
}) => {
  // Three pages at least (this server is the spec's own: the versions added here are seen by no other).
  const request = await newRequest.newContext({ baseURL: server.url });
  const { registryId, image } = await demoImage(request);
  const { total } = await pageOf(request, 1);
  for (let i = total; i < 2 * SIZE + 5; i++) {
    await createVersion(request, { name: uniqueName('offline-page'), sources: [image], registryId });
  }
  const first = await pageOf(request, 1);
  const last = Math.ceil(first.total / SIZE);
  // Page 2 is read ahead while page 1 is shown; a page beyond it is not in the cache.
  expect(last).toBeGreaterThanOrEqual(3);
  const target = await pageOf(request, last);

  await page.goto(`${server.url}/projects/yaml-demo/releases?size=${SIZE}`);
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: first.names[0]!, exact: true })).toBeVisible();

  await server.stop();
  await page.getByTitle(String(last), { exact: true }).click();
  await expect(page.getByText(OFFLINE)).toBeVisible({ timeout: 15_000 });
  // What was on screen stays, as it was: no full-page error, no empty table.
  await expect(table.getByRole('link', { name: first.names[0]!, exact: true })).toBeVisible();
  await expect(page.getByText('Cannot reach the server')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`page=${last}`));

  await server.start();
  await expect(table.getByRole('link', { name: target.names[0]!, exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect(table.getByRole('link', { name: first.names[0]!, exact: true })).toHaveCount(0);
  await expect(page.getByText(OFFLINE)).toHaveCount(0);
  await expect(page.getByText('Cannot reach the server')).toHaveCount(0);
  await request.dispose();
});
