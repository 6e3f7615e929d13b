import { expect, test } from '@playwright/test';
import { fakeRequests, fakeVersion, signedIn } from './support';

test.describe('versions on a real (v4.0+) Zadig, through the proxy', () => {
  test.beforeEach(async ({ page }) => signedIn(page));

  test('the list shows the versions with their creation time (create_time)', async ({ page }) => {
    // Filtered to the demo version: versions other specs add to the project push it off page 1.
    await page.goto('/projects/yaml-demo/releases?q=v1.0.0');
    const table = page.getByRole('table');
    await expect(table.getByRole('link', { name: 'v1.0.0', exact: true })).toBeVisible();
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'v1.0.0', exact: true }) });
    await expect(row).toContainText('First release of the shop');
    await expect(row).toContainText('3 days ago');
    await expect(page.getByText(/Zadig: 127\.0\.0\.1:\d+/)).toBeVisible();
  });

  test('a version opens from the list by name, never asking /releases/:id (405 on every v4.0–v5.0)', async ({
    page,
    request,
  }) => {
    // Filtered to the demo version: versions other specs add to the project push it off page 1.
    await page.goto('/projects/yaml-demo/releases?q=v1.0.0');
    await page.getByRole('link', { name: 'v1.0.0', exact: true }).click();
    await expect(page.getByRole('heading', { name: /v1\.0\.0/ })).toBeVisible();
    await expect(page.getByText('cart', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('web', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('First release of the shop')).toBeVisible();
    expect(page.url()).toMatch(/\?name=v1\.0\.0$/);

    const stored = await fakeVersion(request, 'yaml-demo', 'v1.0.0');
    const asked = (await fakeRequests(request)).map((r) => r.url);
    expect(asked).not.toContain(`/openapi/delivery/releases/${stored!.id}?projectKey=yaml-demo`);
    expect(asked).toContain('/openapi/delivery/releases/detail?projectKey=yaml-demo&versionName=v1.0.0');
  });

  test('a deep link to a version works on a fresh page', async ({ page, request }) => {
    const stored = await fakeVersion(request, 'helm-demo', 'chart-2.0.0');
    await page.goto(`/projects/helm-demo/releases/${stored!.id}?name=chart-2.0.0`);
    await expect(page.getByRole('heading', { name: /chart-2\.0\.0/ })).toBeVisible();
    await expect(page.getByText('2.0.0', { exact: true }).first()).toBeVisible();
  });

  test('a link without the version name still opens (the name is found in the list)', async ({
    page,
    request,
  }) => {
    const stored = await fakeVersion(request, 'yaml-demo', 'v1.0.0');
    await page.goto(`/projects/yaml-demo/releases/${stored!.id}`);
    await expect(page.getByRole('heading', { name: /v1\.0\.0/ })).toBeVisible();
    await expect(page.getByText('First release of the shop')).toBeVisible();
  });

  test('a deep link to a version that is gone says so', async ({ page }) => {
    await page.goto('/projects/yaml-demo/releases/0123456789abcdef01234567?name=v0.0.0-gone');
    await expect(page.getByRole('alert')).toContainText(/not found|deleted/i);
  });
});
