import { expect, test } from '@playwright/test';
import { bigVersionName, projectKeyFor, seedProject } from './big-project';
import { FAKE_TOKEN, fakeRequests, inEnglish } from './support';

test.describe('the API token dialog (the server holds no token)', () => {
  test('the first 401 asks for a token; a wrong one is refused; the right one shows the data', async ({
    page,
    request,
  }) => {
    await inEnglish(page);
    // Filtered to the demo version: versions other specs add to the project push it off page 1.
    await page.goto('/projects/yaml-demo/releases?q=v1.0.0');
    const dialog = page.getByRole('dialog', { name: 'Connect to Zadig: API token' });
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    await expect(dialog).toContainText('Account settings');
    await expect(page.getByRole('dialog')).toHaveCount(1);

    const input = dialog.getByLabel('API token');
    await input.fill('not-the-token');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(dialog).toContainText('Zadig refused this token');
    await expect(input).toHaveValue('not-the-token');

    await input.fill(`Bearer ${FAKE_TOKEN}`);
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('link', { name: 'v1.0.0', exact: true })).toBeVisible();

    expect(await page.evaluate(() => sessionStorage.getItem('zrc.token'))).toBe(FAKE_TOKEN);
    expect(await page.evaluate(() => localStorage.getItem('zrc.token'))).toBeNull();
    // Other specs read the same project at the same time, some without a token: look for this one's read.
    const listReads = (await fakeRequests(request)).filter((r) =>
      r.url.includes('projectKey=yaml-demo&pageNum='),
    );
    expect(listReads.map((r) => r.auth)).toContain('user');

    // Kept for the session: a reload does not ask again.
    await page.reload();
    await expect(page.getByRole('link', { name: 'v1.0.0', exact: true })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('"remember" keeps the token on this device; Sign out forgets it and asks again', async ({
    page,
    request,
  }) => {
    // A project of its own: what other specs do to the demo projects (new versions, their events) does
    // not reach this page.
    const projectKey = projectKeyFor('token remember');
    await seedProject(request, { projectKey, count: 3 });
    const newest = page.getByRole('link', { name: bigVersionName(3, 0), exact: true });
    await inEnglish(page);
    await page.goto(`/projects/${projectKey}/releases`);
    const dialog = page.getByRole('dialog', { name: 'Connect to Zadig: API token' });
    await dialog.getByLabel('API token').fill(FAKE_TOKEN);
    await dialog.getByRole('checkbox', { name: 'Remember on this device' }).check();
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(newest).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('zrc.token'))).toBe(FAKE_TOKEN);

    await page.getByRole('button', { name: /Sign out/ }).click();
    await expect(page.getByRole('dialog', { name: 'Connect to Zadig: API token' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('zrc.token'))).toBeNull();
    expect(await page.evaluate(() => sessionStorage.getItem('zrc.token'))).toBeNull();

    await page.getByRole('button', { name: 'Cancel' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'An API token is needed' });
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: 'Enter API token' }).click();
    await page.getByRole('dialog').getByLabel('API token').fill(FAKE_TOKEN);
    await page.getByRole('dialog').getByRole('button', { name: 'Connect' }).click();
    await expect(newest).toBeVisible();
  });

  test('a later 401 asks again without leaving the page or losing what was typed', async ({ page }) => {
    await inEnglish(page);
    await page.addInitScript((t) => {
      if (!sessionStorage.getItem('e2e.started')) {
        sessionStorage.setItem('e2e.started', '1');
        sessionStorage.setItem('zrc.token', t);
      }
    }, FAKE_TOKEN);
    await page.goto('/projects/yaml-demo/releases/new');
    const versionName = page.getByRole('textbox', { name: 'Version name' });
    await versionName.fill('v9.9.9-half-filled');
    const { pathname } = new URL(page.url());

    // The token expires (Zadig now refuses it), and the next step of the form asks Zadig for something.
    await page.evaluate(() => sessionStorage.setItem('zrc.token', 'expired-token'));
    await page.getByRole('combobox', { name: 'Environment' }).click();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Connect to Zadig: API token' });
    await expect(dialog).toBeVisible({ timeout: 15_000 });
    await dialog.getByLabel('API token').fill(FAKE_TOKEN);
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(dialog).toBeHidden();
    expect(new URL(page.url()).pathname).toBe(pathname);
    await expect(versionName).toHaveValue('v9.9.9-half-filled');
  });
});
