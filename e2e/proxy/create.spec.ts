import { expect, test } from '@playwright/test';
import { createK8sVersion, FAKE_TOKEN, fakeReaches, fakeVersion, signedIn } from './support';
import { installClock, nextRead } from '../live-clock';

test.describe('creating versions on a real (v4.0+) Zadig', () => {
  test.beforeEach(async ({ page }) => {
    await signedIn(page);
    // Once Zadig has finished, the page's next read is made to happen now (`nextRead`).
    await installClock(page);
  });

  test('the wizard creates a version from an environment, and it opens once Zadig has it', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000); // the whole wizard, then Zadig's work, on a busy machine
    const name = `e2e-wizard-${Date.now()}`;
    await page.goto('/projects/yaml-demo/releases/new');
    await page.getByRole('textbox', { name: 'Version name' }).fill(name);
    await page.getByRole('combobox', { name: 'Environment' }).click();
    await page.keyboard.press('Enter'); // the only environment: dev
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('checkbox', { name: 'cart' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'web' })).toBeChecked();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: 'One tag for every image' }).fill(name);
    await page.getByRole('button', { name: 'Apply to all images' }).click();
    await expect(page.getByRole('textbox', { name: 'Target tag of cart / cart' })).toHaveValue(name);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Create version' }).click();

    // Zadig answers create without an id: the app finds the version by name and opens it.
    await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible({ timeout: 20_000 });
    await fakeReaches(request, name, 'success');
    await nextRead(page, page.getByText('Success').first());
    await expect(page.getByText('Success').first()).toBeVisible({ timeout: 20_000 });
    const stored = await fakeVersion(request, 'yaml-demo', name);
    expect(stored).not.toBeNull();
    expect(page.url()).toContain(stored!.id);
  });

  test('a version created through the proxy shows as creating, then as a success', async ({
    page,
    request,
    baseURL,
  }) => {
    const name = `e2e-create-${Date.now()}`;
    await createK8sVersion(request, baseURL!, name);
    await page.goto('/projects/yaml-demo/releases');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row).toContainText(/Creating|Success/);
    await fakeReaches(request, name, 'success');
    await nextRead(page, row.getByText('Success'));
    await expect(row).toContainText('Success', { timeout: 20_000 });
    await row.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible();
    await expect(page.getByText(`registry.example.com/release/cart:${name}`).first()).toBeVisible();
  });

  test('a version whose image is missing fails, and its error is shown', async ({
    page,
    request,
    baseURL,
  }) => {
    const name = `e2e-missing-${Date.now()}`;
    await createK8sVersion(request, baseURL!, name, 'registry.example.com/shop/cart:does-not-exist');
    const stored = await fakeVersion(request, 'yaml-demo', name);
    await page.goto(`/projects/yaml-demo/releases/${stored!.id}?name=${name}`);
    await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible();
    await fakeReaches(request, name, 'failed');
    await nextRead(page, page.getByText('Failed').first());
    await expect(page.getByText('Failed').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/manifest unknown/).first()).toBeVisible();
  });

  test('a duplicate name comes back as Zadig said it (400, code 6560)', async ({ request, baseURL }) => {
    const name = `e2e-dup-${Date.now()}`;
    await createK8sVersion(request, baseURL!, name);
    const again = await request.post(`${baseURL}/openapi/delivery/releases/k8s`, {
      headers: { authorization: `Bearer ${FAKE_TOKEN}` },
      data: { project_key: 'yaml-demo', version_name: name, source: 'manual', services: [] },
    });
    expect(again.status()).toBe(400);
    expect(await again.json()).toMatchObject({ code: 6560, message: 'version already exist' });
  });
});
