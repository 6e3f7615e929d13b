import { expect, test } from '@playwright/test';
import { createK8sVersion, fakeReaches, fakeRequests, fakeVersion, signedIn } from './support';
import { installClock, nextRead } from '../live-clock';
import { openedDialog } from '../release-helpers';

test.describe('retry and delete on a real (v4.0+) Zadig', () => {
  test.beforeEach(async ({ page }) => signedIn(page));

  test('a failed version is retried with id and projectKey in the query string, and succeeds', async ({
    page,
    request,
    baseURL,
  }) => {
    // A version whose image push fails (its source image is missing), as a fresh failure for this test.
    const name = `e2e-retry-${Date.now()}`;
    await createK8sVersion(request, baseURL!, name, 'registry.example.com/shop/cart:does-not-exist');
    await expect
      .poll(async () => (await fakeVersion(request, 'yaml-demo', name))?.status, { timeout: 15_000 })
      .toBe('failed');
    const stored = await fakeVersion(request, 'yaml-demo', name);

    await installClock(page);
    await page.goto(`/projects/yaml-demo/releases/${stored!.id}?name=${name}`);
    await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible();
    await expect(page.getByText('Failed').first()).toBeVisible();
    await page.getByRole('button', { name: /Retry/ }).first().click();
    // Once Zadig has finished, the page's next read is made to happen now.
    await fakeReaches(request, name, 'success');
    await nextRead(page, page.getByText('Success').first());
    await expect(page.getByText('Success').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: /Retry/ })).toHaveCount(0);

    const retries = (await fakeRequests(request)).filter(
      (r) => r.url.startsWith('/openapi/delivery/releases/retry') && r.url.includes(stored!.id),
    );
    expect(retries).toHaveLength(1);
    expect(retries[0]!.url).toBe(`/openapi/delivery/releases/retry?id=${stored!.id}&projectKey=yaml-demo`);
    expect((await fakeVersion(request, 'yaml-demo', name))!.status).toBe('success');
  });

  test('a version is deleted from the list', async ({ page, request, baseURL }) => {
    const name = `e2e-delete-${Date.now()}`;
    await createK8sVersion(request, baseURL!, name);
    await page.goto('/projects/yaml-demo/releases');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: `Delete version ${name}` }).click();
    const dialog = await openedDialog(page);
    await expect(dialog).toHaveAccessibleName(new RegExp(name));
    const typed = dialog.getByRole('textbox');
    if (await typed.count()) await typed.fill(name); // a version still being created needs its name typed
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
    expect(await fakeVersion(request, 'yaml-demo', name)).toBeNull();
  });
});
