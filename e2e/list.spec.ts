/**
 * The version list on the built app and the sandbox server: pages via the URL (and back), filters in
 * the URL, one-click retry of a failed version, delete with a confirmation.
 */
import { expect, test } from '@playwright/test';
import {
  createVersion,
  demoImage,
  findVersion,
  openedDialog,
  PROJECT,
  publishImage,
  startInEnglish,
  uniqueName,
  waitForStatus,
} from './release-helpers';

test.beforeEach(async ({ page }) => startInEnglish(page));

const LIST = `/projects/${PROJECT}/releases`;

async function versionNames(page: import('@playwright/test').Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Versions' });
  await expect(table).not.toHaveAttribute('aria-busy', 'true');
  return table.getByRole('link').allTextContents();
}

/**
 * Other tests add versions to this project while this one runs. A new version goes to the front and
 * pushes every row one place on, so a later read of a page may start with rows that an earlier read
 * showed at its end. How many places `later` has moved from `earlier` (0 when nothing was added),
 * or -1 when it is not the same run of rows at all.
 */
function shift(earlier: readonly string[], later: readonly string[]): number {
  for (let k = 0; k <= 3 && k < later.length; k++) {
    if (later.slice(k).every((name, i) => earlier[i] === name)) return k;
  }
  return -1;
}

test('browses two pages via the URL, and back', async ({ page }) => {
  await page.goto(`${LIST}?page=1&size=10`);
  await expect(page.getByRole('table', { name: 'Versions' }).getByRole('row')).toHaveCount(11);
  const first = await versionNames(page);
  expect(first).toHaveLength(10);
  await expect(page.getByText(/^\d+ versions$/)).toBeVisible();

  await page.goto(`${LIST}?page=2&size=10`);
  const second = await versionNames(page);
  expect(second.length).toBeGreaterThan(0);
  // Page 2 continues where page 1 ended: it repeats at most the rows that versions added since pushed on.
  const repeated = second.filter((name) => first.includes(name));
  expect(repeated.length).toBeLessThanOrEqual(3);
  expect(second.slice(0, repeated.length)).toEqual(first.slice(first.length - repeated.length));

  // The pager changes the URL; back restores the same view.
  await page.getByRole('listitem', { name: 'Previous Page' }).click();
  await expect(page).toHaveURL(/[?&]size=10/);
  await expect(page).not.toHaveURL(/page=2/);
  await page.goBack();
  await expect(page).toHaveURL(/page=2&size=10/);
  expect(shift(second, await versionNames(page))).toBeGreaterThanOrEqual(0);
});

test('filters by name and status across all versions, with the filters in the URL', async ({ page }) => {
  await page.goto(LIST);
  await page.getByRole('textbox', { name: 'Search by version name' }).fill('v1.1');
  await expect(page).toHaveURL(/q=v1\.1/);
  await expect(page.getByText(/^\d+ matching versions$/)).toBeVisible();
  const names = await versionNames(page);
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name.toLowerCase()).toContain('v1.1');

  await page.goto(`${LIST}?status=failed`);
  const rows = page.getByRole('table', { name: 'Versions' }).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  // A reload shows the stored index at once and then catches up: every row ends up a failed version.
  await expect(async () => {
    // The status is the third cell, after the selection box and the name.
    const statuses = await rows.locator('td:nth-child(3)').allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses.map((s) => s.trim()))).toEqual(new Set(['Failed']));
  }).toPass();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Status' })).toBeVisible();
  await expect(page.getByText('matching versions')).toBeVisible();
});

test('retries a failed version from the list in one click; it turns retrying and then succeeds', async ({
  page,
  request,
}) => {
  const { registryId } = await demoImage(request);
  const name = uniqueName('e2e-retry');
  const missing = `harbor.demo.koderover.com/e2e/${name}-src:1.0`;
  await createVersion(request, { name, registryId, sources: [missing] });
  await waitForStatus(request, name, 'failed');
  await publishImage(request, missing);

  await page.goto(`${LIST}?q=${name}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row.getByText('Failed', { exact: true })).toBeVisible();
  // The retry request is held on its way: what the row shows meanwhile is the page's own (optimistic).
  let send: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (send = resolve));
  await page.route('**/openapi/delivery/releases/retry?**', async (route) => {
    await held;
    await route.continue();
  });
  await row.getByRole('button', { name: `Retry version ${name}` }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row.getByText('Retrying', { exact: true })).toBeVisible({ timeout: 5_000 });
  send();
  await expect(row.getByText('Success', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(row.getByRole('button', { name: `Retry version ${name}` })).toHaveCount(0);
});

test('deletes a version from the list after a confirmation naming it', async ({ page, request }) => {
  const { registryId, image } = await demoImage(request);
  const name = uniqueName('e2e-del-list');
  await createVersion(request, { name, registryId, sources: [image] });
  await waitForStatus(request, name, 'success');

  await page.goto(`${LIST}?q=${name}`);
  await page.getByRole('button', { name: `Delete version ${name}` }).click();
  const dialog = await openedDialog(page);
  await expect(dialog.getByText(`Delete version ${name}?`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  await expect(page.getByText('No version matches the filters')).toBeVisible();
  await expect(findVersion(request, name)).rejects.toThrow(/not found/);
});

test('a version with very long labels leaves every row’s time and actions in the window', async ({
  page,
  request,
}) => {
  const name = uniqueName('e2e-long-labels');
  const { registryId, image } = await demoImage(request);
  const labels = ['超长标签'.repeat(10), `label-${'x'.repeat(50)}`, 'l3', 'l4', 'l5'];
  await createVersion(request, { name, sources: [image], registryId, labels });
  await page.goto(`${LIST}?q=${name}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row).toBeVisible();
  // The whole label is there on hover.
  await expect(row.getByTitle(labels[0]!)).toBeVisible();
  const fits = await page.getByRole('table', { name: 'Versions' }).evaluate((t) => {
    const box = t.parentElement!;
    return box.scrollWidth <= box.clientWidth;
  });
  expect(fits).toBe(true);
  await expect(row.getByRole('button', { name: `Delete version ${name}` })).toBeInViewport();
});
