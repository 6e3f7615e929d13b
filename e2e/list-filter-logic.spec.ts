/**
 * The list's filters show every chosen value (never "+ 2 …") and say how they combine: statuses with
 * "any of", labels with "all of", in both languages.
 */
import { expect, test } from '@playwright/test';
import { PROJECT, startInEnglish } from './release-helpers';

test.beforeEach(async ({ page }) => startInEnglish(page));

const FILTERED = `/projects/${PROJECT}/releases?status=failed&status=success&status=retrying&label=hotfix&label=payments`;

test('every chosen status and label shows, with the logic in words', async ({ page }) => {
  await page.goto(FILTERED);
  const search = page.getByRole('search');
  for (const value of ['Failed', 'Success', 'Retrying', 'hotfix', 'payments']) {
    await expect(search.getByText(value, { exact: true })).toBeVisible();
  }
  await expect(search.getByText(/^\+ \d/)).toHaveCount(0);
  await expect(
    search.getByText(
      'Any of these statuses: Failed, Success, Retrying · All of these labels: hotfix, payments',
    ),
  ).toBeVisible();

  await page.getByRole('radiogroup', { name: 'Language' }).getByText('简体中文').click();
  await expect(
    search.getByText('状态为其中任一：失败、成功、重试中；同时带有全部标签：hotfix、payments'),
  ).toBeVisible();
});
