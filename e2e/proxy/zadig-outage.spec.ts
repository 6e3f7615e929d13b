import { expect, test, type APIRequestContext } from '@playwright/test';
import { bigVersionName } from './fake-zadig/big-project';
import { ownZadig, type OwnZadig } from './own-zadig';
import { signedIn } from './support';

/**
 * Proxy mode, Zadig down behind the console: the list keeps its rows under the quiet notice that Zadig
 * (not the user's network) cannot be reached, stays so while `/api/health` says Zadig is unreachable,
 * and recovers by itself once Zadig answers again. The spec runs a fake Zadig and a console of its own (an outage would break other specs).
 */
const CONSOLE_PORT = Number(process.env.E2E_PROXY_PORT ?? 4183) + 1;
const ZADIG_PORT = Number(process.env.E2E_FAKE_ZADIG_PORT ?? 4193) + 1;
const ZADIG_DOWN = 'Zadig cannot be reached — retrying… What is shown may be out of date.';
const OFFLINE = /Offline/;
const PROJECT = 'outage-demo';

let zadig: OwnZadig;
test.beforeEach(async ({ page }) => {
  zadig = await ownZadig(CONSOLE_PORT, ZADIG_PORT);
  await signedIn(page);
});
test.afterEach(async () => zadig.dispose());

async function fake(request: APIRequestContext, path: string, data: object) {
  const res = await request.post(`${zadig.zadigUrl}/__fake/${path}`, { data });
  expect(res.ok(), await res.text()).toBe(true);
}

async function upstream(request: APIRequestContext): Promise<string> {
  const res = await request.get(`${zadig.url}/api/health`);
  return ((await res.json()) as { upstream: string }).upstream;
}

for (const mode of ['502', 'down'] as const) {
  test(`Zadig ${mode === '502' ? 'answering 502' : 'not answering'}: rows stay under the Zadig notice, and the list recovers by itself`, async ({
    page,
    request,
  }, testInfo) => {
    testInfo.setTimeout(90_000);
    await fake(request, 'projects', { projectKey: PROJECT, count: 30 });
    const newest = bigVersionName(30, 0);
    await page.goto(`${zadig.url}/projects/${PROJECT}/releases`);
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: newest, exact: true })).toBeVisible();

    await fake(request, 'outage', { mode });
    expect(await upstream(request)).toBe('unreachable');
    // The server's next read of the project (its index refreshes every 2 s here) meets the outage and
    // tells the page, whose list then answers Zadig's error (server/versions/proxy/index-outage.test.ts).
    await expect(page.getByText(ZADIG_DOWN)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(OFFLINE)).toHaveCount(0);
    await expect(table.getByRole('link', { name: newest, exact: true })).toBeVisible();
    await expect(page.getByText('Cannot reach the server')).toHaveCount(0);
    await expect(page.getByText(/Zadig server 127\.0\.0\.1:\d+ is unreachable/).first()).toBeVisible();
    // While /api/health says Zadig is unreachable, the console stays offline (it checks every 2 s).
    const check = await page.waitForResponse((r) => r.url().endsWith('/api/health'));
    expect(((await check.json()) as { upstream: string }).upstream).toBe('unreachable');
    await expect(page.getByText(ZADIG_DOWN)).toBeVisible();
    await expect(table.getByRole('link', { name: newest, exact: true })).toBeVisible();

    // Another user creates a version meanwhile; Zadig comes back: the page recovers by itself.
    await fake(request, 'outage', { mode: 'none' });
    await fake(request, 'add', { projectKey: PROJECT, versionName: 'after-outage', status: 'success' });
    await expect(page.getByText(ZADIG_DOWN)).toHaveCount(0, { timeout: 15_000 });
    await expect(table.getByRole('link', { name: 'after-outage', exact: true })).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByText('Cannot reach the server')).toHaveCount(0);
  });
}
