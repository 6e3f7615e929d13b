import { expect, test } from '@playwright/test';
import { createK8sVersion, FAKE_READONLY_TOKEN, fakeVersion, signedIn } from './support';

test.describe('errors from a real Zadig', () => {
  test('a project the account may not see says "no permission" (empty-bodied 403)', async ({ page }) => {
    await signedIn(page);
    await page.goto('/projects/forbidden-demo/releases');
    const alert = page.getByRole('alert').filter({ hasText: 'No permission' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(/not allowed/);
  });

  test('an action the account may not do says "no permission" and changes nothing', async ({
    page,
    request,
    baseURL,
  }) => {
    const name = `e2e-readonly-${Date.now()}`;
    await createK8sVersion(request, baseURL!, name);
    await signedIn(page, FAKE_READONLY_TOKEN);
    await page.goto('/projects/yaml-demo/releases');
    await page.getByRole('button', { name: `Delete version ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(name) });
    const typed = dialog.getByRole('textbox');
    if (await typed.count()) await typed.fill(name);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog.getByRole('alert')).toContainText(/not allowed/);
    expect(await fakeVersion(request, 'yaml-demo', name)).not.toBeNull();
  });

  test('an upstream that does not answer in time shows a 504 as an error worth retrying', async ({
    page,
  }) => {
    await signedIn(page);
    const answers: number[] = [];
    page.on('response', (r) => {
      // The console server's versions API, which asks Zadig first (server/versions/proxy/zadig-reader.ts).
      if (r.url().includes('/api/projects/slow-demo/')) answers.push(r.status());
    });
    await page.goto('/projects/slow-demo/releases');
    const alert = page.getByRole('alert').filter({ hasText: 'The server took too long to answer' });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(answers).toContain(504);
  });
});
