/**
 * Journey: a Helm user opens a version from the list and checks where each image goes in the values
 * before a release — every image shows its values keys (`image_path`) and what is written there.
 */
import { expect, test } from '@playwright/test';
import { startInEnglish } from '../release-helpers';

test.beforeEach(async ({ page }) => startInEnglish(page));

test('list → Helm version detail: each image shows the values keys it is written to', async ({ page }) => {
  // A demo version by name: a Helm version another spec makes meanwhile may have no images.
  await page.goto('/projects/helm-demo/releases?q=v2.8.1');
  const table = page.getByRole('table', { name: 'Versions' });
  await expect(table).not.toHaveAttribute('aria-busy', 'true');
  await table.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const keys = page.getByRole('list', { name: /^Values keys .+ is written to$/ });
  await expect(keys.first()).toBeVisible();
  const texts = await keys.allTextContents();
  expect(texts.some((t) => /image\.repository = \S+/.test(t) && /image\.tag = \S+/.test(t))).toBe(true);
  await expect(page.getByRole('columnheader', { name: 'Values keys' }).first()).toBeVisible();
});
