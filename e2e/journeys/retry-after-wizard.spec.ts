/**
 * Journey in one tab: the list, the create wizard, back to the list, then retry and delete there. The
 * wizard reads every version of the project into the same cache as the list's pages; neither action may
 * trip over that read.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  createRetryableVersion,
  createVersion,
  demoImage,
  findVersion,
  openedDialog,
  PROJECT,
  startInEnglish,
  uniqueName,
  waitForStatus,
} from '../release-helpers';
import { installClock, nextRead } from '../live-clock';

// Two tabs (or the wizard) and a version made first: over a minute on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ page }) => startInEnglish(page));

const LIST = `/projects/${PROJECT}/releases`;

function rowOf(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** List → New version → (the wizard has read every version) → Back to versions. */
async function throughTheWizard(page: Page, name: string): Promise<void> {
  await page.goto(LIST);
  await expect(rowOf(page, name)).toBeVisible();
  await page.getByRole('link', { name: 'New version' }).click();
  // The wizard's code is fetched on this first visit: slow on a busy machine.
  await expect(page.getByRole('heading', { name: 'New version', level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('textbox', { name: /Version name/ })).toBeVisible();
  await page.getByRole('link', { name: 'Back to versions' }).click();
  await expect(page.getByRole('heading', { name: 'Versions', level: 1 })).toBeVisible();
  await expect(rowOf(page, name)).toBeVisible();
}

test('list → wizard → back → retry: the request is sent and the row follows the server', async ({
  page,
  request,
}) => {
  const { version_name: name } = await createRetryableVersion(request, 'e2e-journey-retry');

  await installClock(page);
  await throughTheWizard(page, name);
  const row = rowOf(page, name);
  const retried = page.waitForResponse((r) => r.url().includes('/releases/retry'), { timeout: 10_000 });
  await row.getByRole('button', { name: `Retry version ${name}` }).click();
  expect((await retried).ok()).toBe(true);
  await expect(page.getByText(`Could not retry version ${name}`)).toHaveCount(0);
  // Once the server has finished, the list's next read (at its live pace) happens now.
  await waitForStatus(request, name, 'success');
  await nextRead(page, row.getByText('Success', { exact: true }));
  await expect(row.getByText('Success', { exact: true })).toBeVisible({ timeout: 30_000 });
});

test('list → wizard → back → delete: the version goes, the list is read again, no error', async ({
  page,
  request,
}) => {
  const { registryId, image } = await demoImage(request);
  const name = uniqueName('e2e-journey-delete');
  await createVersion(request, { name, registryId, sources: [image] });
  await waitForStatus(request, name, 'success');

  await throughTheWizard(page, name);
  await rowOf(page, name)
    .getByRole('button', { name: `Delete version ${name}` })
    .click();
  const dialog = await openedDialog(page);
  const refreshed = page.waitForResponse(
    (r) => r.request().method() === 'GET' && /\/api\/projects\/[^/]+\/versions\?/.test(r.url()),
  );
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await refreshed;
  await expect(rowOf(page, name)).toHaveCount(0);
  await expect(page.getByText(/Could not delete/)).toHaveCount(0);
  await expect(findVersion(request, name)).rejects.toThrow('not found');
});
