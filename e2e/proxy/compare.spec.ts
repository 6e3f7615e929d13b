/**
 * Comparing versions on a real-generation Zadig (the fake, through the proxy): versions are found by
 * name at `/releases/detail?versionName=` (there is no `/releases/:id`), the previous version comes
 * from the list, and a 403 on one side keeps the other.
 */
import { expect, test, type Page } from '@playwright/test';
import { createK8sVersion, fakeRequests, fakeVersion, signedIn } from './support';

const SUMMARY = '0 added · 0 removed · 2 changed · 0 unchanged · 2 images changed';

function serviceRow(page: Page, service: string) {
  return page
    .getByRole('table', { name: 'Changes by service' })
    .getByRole('row', { name: new RegExp(`^${service}\\b`) });
}

test.describe('comparing versions on a real (v4.0+) Zadig', () => {
  test.beforeEach(async ({ page }) => signedIn(page));

  test('from the detail: the previous version is preselected; a YAML diff opens; the URL reloads', async ({
    page,
    request,
  }) => {
    const stored = await fakeVersion(request, 'yaml-demo', 'v1.1.0');
    await page.goto(`/projects/yaml-demo/releases/${stored!.id}?name=v1.1.0`);
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Base version: v1.0.0' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();
    await expect(serviceRow(page, 'cart')).toContainText('shop/cart:20250908-1-main');
    await expect(serviceRow(page, 'cart')).toContainText('shop/cart:20250910-5-main');

    await page.getByRole('button', { name: 'Show YAML diff: cart' }).click();
    await expect(page.getByRole('textbox', { name: 'cart · v1.1.0' })).toContainText('release/cart:v1.1.0');
    await expect(page.getByRole('textbox', { name: 'cart · v1.0.0' })).toContainText('release/cart:v1.0.0');

    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();
    const asked = (await fakeRequests(request)).map((r) => r.url);
    expect(asked).toContain('/openapi/delivery/releases/detail?projectKey=yaml-demo&versionName=v1.0.0');
  });

  test('from two rows of the list, then the Markdown copied', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Filtered to the demo versions: versions other specs add to the project push them off page 1.
    await page.goto('/projects/yaml-demo/releases?q=v1.');
    await page.getByRole('checkbox', { name: 'Select v1.1.0 to compare' }).check();
    await page.getByRole('checkbox', { name: 'Select v1.0.0 to compare' }).check();
    await page.getByRole('link', { name: 'Compare the two selected versions' }).click();
    await expect(page).toHaveURL(/base=v1\.0\.0&baseId=\w+&head=v1\.1\.0/);
    await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();

    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect(page.getByText('Comparison copied as Markdown')).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('# Version comparison: `v1.0.0` → `v1.1.0` (yaml-demo)');
    expect(text).toContain(
      '| cart | Changed | cart | `registry.example.com/shop/cart:20250908-1-main` → `registry.example.com/shop/cart:20250910-5-main` |',
    );
    expect(text).toContain('- Labels: `stable` →');
  });

  test('the picker changes a side; a 403 on one side says which and keeps the other', async ({
    page,
    request,
    baseURL,
  }) => {
    const name = `e2e-cmp-${Date.now().toString(36)}`;
    await createK8sVersion(request, baseURL!, name, 'registry.example.com/shop/cart:20251101-9-main');
    await page.goto('/projects/yaml-demo/compare?base=v1.0.0&head=v1.1.0');
    await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();

    const head = page.getByRole('combobox', { name: 'Compared version' });
    await head.click();
    await head.fill(name);
    await page
      .getByRole('option', { name: new RegExp(name) })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`head=${name}`));
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: '0 added · 1 removed · 1 changed · 0 unchanged · 2 images changed' }),
    ).toBeVisible();
    await expect(serviceRow(page, 'web')).toContainText('Removed');

    // The account may not read v1.0.0: Zadig answers 403 with an empty body, which the console server's
    // detail passes on as it is (server/versions/proxy/zadig-reader.ts).
    await page.route(/\/api\/projects\/yaml-demo\/versions\/v1\.0\.0$/, (route) =>
      route.fulfill({ status: 403, body: '' }),
    );
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the base version v1.0.0' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/not allowed/);
    await expect(page.getByRole('group', { name: `Compared version: ${name}` })).toBeVisible();
  });
});
