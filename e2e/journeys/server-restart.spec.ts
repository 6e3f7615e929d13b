/**
 * Journey in one tab while the console's server restarts: what is on screen stays, a quiet notice says
 * the console cannot be reached and is retrying (or that the browser is offline, when it is), a page whose code could not be fetched is fetched again, and
 * everything recovers by itself once the server is back — no reload, no stale error.
 */
import { expect, test } from '@playwright/test';
import { startInEnglish } from '../release-helpers';
import { ownServer, type OwnServer } from './own-server';

/** Inside this engineer's port range, away from the shared test server. */
const PORT = Number(process.env.E2E_OWN_SERVER_PORT ?? Number(process.env.E2E_SANDBOX_PORT ?? 4180) + 1);

// Two server starts (tsx compiles the server each time): up to a minute each on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

let server: OwnServer;
test.beforeEach(async ({ page }) => {
  server = ownServer(PORT);
  await server.start();
  await startInEnglish(page);
});
test.afterEach(async () => server.dispose());

test('server restart while the list is open: rows stay, the detail opens once the server is back', async ({
  page,
}) => {
  await page.goto(`${server.url}/projects/yaml-demo/releases`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'v1.9.1', exact: true }) });
  await expect(row).toBeVisible();

  await server.stop();
  // An action during the outage: one-click retry cannot reach the server.
  await row.getByRole('button', { name: 'Retry version v1.9.1' }).click();
  // The browser is online: it is the console that cannot be reached.
  await expect(page.getByText('The console cannot be reached — retrying…', { exact: false })).toBeVisible();
  await expect(page.getByText('Offline', { exact: false })).toHaveCount(0);
  await expect(row).toBeVisible();
  await expect(row.getByText('Failed', { exact: true })).toBeVisible();
  await expect(page.getByText('Cannot reach the server')).toHaveCount(0);

  // Opening a version needs the detail page's code, which cannot be fetched now.
  await page.getByRole('link', { name: 'v1.9.1', exact: true }).click();
  await expect(row).toBeVisible();
  await expect(page.getByText('The page could not be loaded')).toHaveCount(0);

  await server.start();
  // Back by itself, within seconds: the detail opens, the notice goes.
  await expect(page.getByRole('heading', { name: 'v1.9.1', level: 1 })).toBeVisible({ timeout: 15_000 });
  // With its own styles, fetched again too.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Array.from(document.styleSheets).some((sheet) =>
          /release-detail-page-[^/]*\.css$/.test(sheet.href ?? ''),
        ),
      ),
    )
    .toBe(true);
  await expect(page.getByText('The console cannot be reached', { exact: false })).toHaveCount(0);
  await expect(page.getByText('Cannot reach the server')).toHaveCount(0);
});

test('the browser offline: the notice says so, and goes once it is back online', async ({
  page,
  context,
}) => {
  await page.goto(`${server.url}/projects/yaml-demo/releases`);
  await expect(page.getByRole('link', { name: 'v1.9.1', exact: true })).toBeVisible();

  await context.setOffline(true);
  // A read the list cannot make now.
  await page.getByRole('textbox', { name: 'Search by version name' }).fill('v1.9');
  await expect(page.getByText('Offline — retrying… What is shown may be out of date.')).toBeVisible();
  await expect(page.getByText('The console cannot be reached', { exact: false })).toHaveCount(0);

  await context.setOffline(false);
  await expect(page.getByText('Offline — retrying…', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'v1.9.1', exact: true })).toBeVisible();
});
