/**
 * Keyboard focus around the API token dialog when a change is refused with 401 (Zadig's answer to a
 * token that has expired meanwhile, here given to the one change by the browser): the dialog's field
 * takes the focus even over the delete confirmation, and Escape puts the focus back where the user
 * was, or as near as still exists.
 */
import { expect, test, type Page } from '@playwright/test';
import { createK8sVersion, fakeReaches, signedIn } from './support';
import { openedDialog } from '../release-helpers';

const TOKEN_DIALOG = 'Connect to Zadig: API token';

/** Zadig refuses the next `method` request to a version route with 401 (its empty body). */
async function refuseOnce(page: Page, method: 'DELETE' | 'POST') {
  let refused = false;
  await page.route(
    (url) => url.pathname.startsWith('/openapi/delivery/releases'),
    async (route) => {
      if (refused || route.request().method() !== method) return route.fallback();
      refused = true;
      await route.fulfill({ status: 401, body: '' });
    },
  );
}

function versionRow(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

test.describe('focus around the token dialog', () => {
  test.beforeEach(async ({ page }) => signedIn(page));

  test('over the delete confirmation, the token field takes the focus; Escape goes back to Delete', async ({
    page,
    request,
    baseURL,
  }) => {
    const name = `e2e-focus-delete-${Date.now()}`;
    await createK8sVersion(request, baseURL!, name);
    await fakeReaches(request, name, 'success');
    await page.goto(`/projects/yaml-demo/releases?q=${name}`);
    await versionRow(page, name)
      .getByRole('button', { name: `Delete version ${name}` })
      .click();
    const confirm = await openedDialog(page);
    await refuseOnce(page, 'DELETE');
    const deleteButton = confirm.getByRole('button', { name: 'Delete' });
    await deleteButton.click();

    const dialog = page.getByRole('dialog', { name: TOKEN_DIALOG });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('API token')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(deleteButton).toBeFocused();
  });

  test('from a row’s Retry, Escape puts the focus back on that row’s Retry', async ({
    page,
    request,
    baseURL,
  }) => {
    const name = `e2e-focus-retry-${Date.now()}`;
    await createK8sVersion(request, baseURL!, name, 'registry.example.com/shop/cart:does-not-exist');
    await fakeReaches(request, name, 'failed');
    await page.goto(`/projects/yaml-demo/releases?q=${name}`);
    const row = versionRow(page, name);
    await refuseOnce(page, 'POST');
    await row.getByRole('button', { name: `Retry version ${name}` }).click();

    const dialog = page.getByRole('dialog', { name: TOKEN_DIALOG });
    await expect(dialog.getByLabel('API token')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // The Retry button was gone while the row said "Retrying"; the row, failed again, has a new one.
    await expect(row.getByRole('button', { name: `Retry version ${name}` })).toBeFocused();
  });
});
