/**
 * Journey in one tab: the list on a page of its own, with a filter and a page size; a version, the
 * wizard and the comparison each lead back to that page of the list, and so does a delete from a
 * version's page.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  createVersion,
  demoImage,
  openedDialog,
  PROJECT,
  startInEnglish,
  uniqueName,
  waitForStatus,
} from '../release-helpers';

test.beforeEach(async ({ page }) => startInEnglish(page));

const LIST = `/projects/${PROJECT}/releases`;

/** The list's page, size and filters, whatever their order in the address. */
async function expectList(page: Page, params: Record<string, string>) {
  await expect(page.getByRole('heading', { name: 'Versions', level: 1 })).toBeVisible();
  await expect(page).toHaveURL((url) => {
    if (url.pathname !== LIST) return false;
    return Object.entries(params).every(([key, value]) => url.searchParams.get(key) === value);
  });
}

test('a version, the wizard and the comparison lead back to the page of the list that was left', async ({
  page,
}) => {
  // The demo's v1.x versions, 10 a page: page 2 holds at least two of them.
  const left = { q: 'v1.', size: '10', page: '2' };
  await page.goto(`${LIST}?${new URLSearchParams(left).toString()}`);
  const links = page.getByRole('table', { name: 'Versions' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const name = (await links.first().textContent()) ?? '';

  await links.first().click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Versions', exact: true }).click();
  await expectList(page, left);

  await page.getByRole('link', { name: 'New version' }).click();
  await expect(page.getByRole('heading', { name: 'New version', level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Back to versions' }).click();
  await expectList(page, left);

  // An address typed into the same tab: the comparison's way back still knows the list.
  await page.goto(`/projects/${PROJECT}/compare?base=v1.0.0&head=v1.1.0`);
  await page.getByRole('link', { name: 'Versions', exact: true }).click();
  await expectList(page, left);
});

test('a version deleted from its page leads back to the list as it was left', async ({ page, request }) => {
  const { registryId, image } = await demoImage(request);
  const name = uniqueName('e2e-back');
  await createVersion(request, { name, registryId, sources: [image] });
  await waitForStatus(request, name, 'success');

  const left = { q: name, size: '50' };
  await page.goto(`${LIST}?${new URLSearchParams(left).toString()}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = await openedDialog(page);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expectList(page, left);
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
});
