/**
 * The comparison for everyone: axe finds nothing serious with a YAML diff open (every rule in the light
 * theme, contrast in the dark one too; other languages and themes: src/features/releases/a11y-matrix.test.tsx),
 * and the keyboard alone opens a diff, swaps the sides and shows unchanged services.
 */
import { expect, test } from '@playwright/test';
import { createPair, serviceRow, SUMMARY } from './compare-helpers';
import { expectAccessibleInBothThemes, tabTo } from './quality/support';
import { PROJECT, startInEnglish } from './release-helpers';

// Each test first makes its versions and waits for them to finish: two minutes on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => startInEnglish(page));

test('axe finds nothing serious on the comparison, and its text has enough contrast in both themes', async ({
  page,
  request,
}) => {
  const { a, b } = await createPair(request);
  await page.goto(`/projects/${PROJECT}/compare?base=${a.version_name}&head=${b.version_name}`);
  await page.getByRole('button', { name: 'Show YAML diff: api' }).click();
  await expect(page.locator('.cm-mergeView')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'comparison');
});

test('the comparison works with the keyboard alone', async ({ page, request }) => {
  const { a, b } = await createPair(request);
  await page.goto(`/projects/${PROJECT}/compare?base=${a.version_name}&head=${b.version_name}`);
  await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();
  const show = page.getByRole('button', { name: 'Show YAML diff: api' });
  await tabTo(page, show);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide diff: api' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('textbox', { name: `api · ${b.version_name}` })).toBeVisible();
  const swap = page.getByRole('button', { name: 'Swap base and compared version' });
  await tabTo(page, swap, { back: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`base=${b.version_name}.*head=${a.version_name}`));
  await tabTo(page, page.getByRole('switch', { name: 'Show unchanged services (1)' }));
  await page.keyboard.press('Space');
  await expect(serviceRow(page, 'same')).toContainText('Unchanged');
});
