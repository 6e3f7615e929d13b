/**
 * A version deleted from a second tab: the first tab's open detail says so on its next refresh, the
 * list no longer shows it, and deleting it again says it was already deleted (not "deleted").
 */
import { expect, test } from '@playwright/test';
import {
  createVersion,
  demoImage,
  detailPath,
  openedDialog,
  startInEnglish,
  uniqueName,
  waitForStatus,
} from '../release-helpers';
import { installClock, nextRead } from '../live-clock';

// Two tabs (or the wizard) and a version made first: over a minute on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ page }) => startInEnglish(page));

test('a version deleted in another tab: the open detail says so, deleting again says already deleted', async ({
  page,
  context,
  request,
}) => {
  const { registryId, image } = await demoImage(request);
  const name = uniqueName('e2e-journey-gone');
  await createVersion(request, { name, registryId, sources: [image] });
  const version = await waitForStatus(request, name, 'success');

  await installClock(page);
  await page.goto(detailPath(version));
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  const other = await context.newPage();
  await other.goto(detailPath(version));
  await other.getByRole('button', { name: 'Delete', exact: true }).click();
  await (await openedDialog(other)).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'Versions', level: 1 })).toBeVisible();
  await other.close();

  // The first tab, on its next refresh (focus, or the periodic one: made to happen now).
  await page.bringToFront();
  const gone = page.getByRole('alert').filter({ hasText: `Version ${name} was deleted` });
  await nextRead(page, gone);
  await expect(gone).toBeVisible({ timeout: 20_000 });

  // Deleting it again says what happened instead of "deleted", and the list no longer shows it.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await (await openedDialog(page)).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText(`${name} was already deleted elsewhere; nothing to delete.`)).toBeVisible();
  await expect(page.getByText(`Version ${name} deleted`)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Versions', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Versions' })).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
});
