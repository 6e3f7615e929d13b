/**
 * A console whose server holds the Zadig token (ZADIG_TOKEN), started here on a free port in front of
 * the fake Zadig. Controls: the console's own pages read with the server's token and change things
 * with the token the user types. Attacks: a page on another site posts, fetches and deletes through the
 * console, and nothing reaches Zadig.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from '../../server/app';
import {
  createK8sVersion,
  FAKE_TOKEN,
  FAKE_ZADIG_URL,
  fakeReaches,
  fakeRequests,
  fakeVersion,
  inEnglish,
} from './support';
import { installClock, nextRead } from '../live-clock';

let app: RunningServer;
let dataDir: string;
let evil: http.Server;
let evilPage = '';
let evilUrl: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'zrc-e2e-token-'));
  app = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    staticDir: process.env.E2E_STATIC_DIR ?? 'dist',
    pushMs: 0,
    zadigUrl: FAKE_ZADIG_URL,
    zadigToken: FAKE_TOKEN,
    zadigTimeoutMs: 3000,
    log: () => {},
  });
  // Another site: `localhost` is not the same site as the console's `127.0.0.1`.
  evil = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(evilPage);
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  evilUrl = `http://localhost:${(evil.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await app.close();
  await new Promise<void>((resolve) => evil.close(() => resolve()));
  rmSync(dataDir, { recursive: true, force: true });
});

async function failedVersion(request: Parameters<typeof fakeRequests>[0], prefix: string) {
  const name = `${prefix}-${Date.now()}`;
  await createK8sVersion(request, app.url, name, 'registry.example.com/shop/cart:does-not-exist');
  await expect
    .poll(async () => (await fakeVersion(request, 'yaml-demo', name))?.status, { timeout: 15_000 })
    .toBe('failed');
  return { name, id: (await fakeVersion(request, 'yaml-demo', name))!.id };
}

test.describe('a console that holds the Zadig token', () => {
  test("its own pages read with the server's token; a retry asks for the user's own token", async ({
    page,
    request,
  }) => {
    const version = await failedVersion(request, 'e2e-server-token');
    await inEnglish(page);
    // Filtered to the demo version: versions other specs add to the project push it off page 1.
    await page.goto(`${app.url}/projects/yaml-demo/releases?q=v1.0.0`);
    await expect(page.getByRole('link', { name: 'v1.0.0', exact: true })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await installClock(page);
    await page.goto(`${app.url}/projects/yaml-demo/releases/${version.id}?name=${version.name}`);
    await expect(page.getByRole('heading', { name: new RegExp(version.name) })).toBeVisible();
    await page.getByRole('button', { name: /Retry/ }).first().click();
    // The server's token reads only: the console asks for the user's own, then sends the retry again.
    const dialog = page.getByRole('dialog', { name: 'Connect to Zadig: API token' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('API token').fill(FAKE_TOKEN);
    await dialog.getByRole('button', { name: 'Connect' }).click();
    // Once Zadig has finished, the page's next read is made to happen now.
    await fakeReaches(request, version.name, 'success');
    await nextRead(page, page.getByText('Success').first());
    await expect(page.getByText('Success').first()).toBeVisible({ timeout: 20_000 });

    const retries = (await fakeRequests(request)).filter(
      (r) => r.url.startsWith('/openapi/delivery/releases/retry') && r.url.includes(version.id),
    );
    expect(retries).toHaveLength(1);
    expect(retries[0]!.auth).toBe('user');
  });

  test('a page on another site cannot retry, read or delete through it', async ({ page, request }) => {
    const version = await failedVersion(request, 'e2e-cross-site');
    const retry = `${app.url}/openapi/delivery/releases/retry?id=${version.id}&projectKey=yaml-demo`;
    const remove = `${app.url}/openapi/delivery/releases/${version.id}?projectKey=yaml-demo`;
    evilPage = `<!doctype html><title>evil</title>
<form id="f" method="POST" enctype="text/plain" action="${retry}"><input name='{"x":"' value='"}'></form>
<script>
  const results = [];
  Promise.allSettled([
    fetch(${JSON.stringify(retry)}, { method: 'POST', mode: 'no-cors', body: '{}', headers: { 'content-type': 'text/plain' } }),
    fetch(${JSON.stringify(remove)}, { method: 'DELETE' }),
    fetch(${JSON.stringify(`${app.url}/openapi/delivery/releases?projectKey=yaml-demo`)}).then((r) => r.text()),
  ]).then((settled) => {
    document.title = settled.map((s) => s.status).join(',');
    document.getElementById('f').submit();
  });
</script>`;
    const refused = page.waitForResponse((r) => r.url() === retry && r.request().method() === 'POST');
    await page.goto(evilUrl);
    const answer = await refused;
    expect(answer.status()).toBe(403);
    expect(await answer.text()).toContain('Cross-site request refused');
    await expect(page.locator('body')).toContainText('Cross-site request refused');

    const reached = (await fakeRequests(request)).filter((r) => r.url.includes(version.id));
    expect(reached).toEqual([]);
    expect((await fakeVersion(request, 'yaml-demo', version.name))!.status).toBe('failed');
  });
});
