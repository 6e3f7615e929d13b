/**
 * Accessibility of the API token dialog (it only appears when Zadig asks for a token, so in proxy mode):
 * axe finds no serious or critical violation, empty, with a token it refuses itself and with one Zadig
 * refuses; its text has enough contrast in both themes. Every rule but contrast in every language and
 * theme: src/features/auth/token-dialog-a11y.test.tsx.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectEnoughContrast, expectNoSeriousViolations, startIn } from '../quality/support';

// axe walks the whole page several times: slow on a busy 2-core machine.
test.describe.configure({ timeout: 300_000 });

async function openDialog(page: Page) {
  await page.goto('/projects/yaml-demo/releases');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  return dialog;
}

async function refuseAToken(page: Page) {
  const dialog = page.getByRole('dialog');
  const input = dialog.getByRole('textbox').first();
  await input.fill('not-the-token');
  await input.press('Enter');
  await expect(dialog.getByRole('alert').or(dialog.locator('[aria-invalid="true"]')).first()).toBeVisible();
}

test('the token dialog is accessible, and has enough contrast in both themes', async ({ page, browser }) => {
  await startIn(page.context(), 'en-US', 'light');
  const dialog = await openDialog(page);
  await expectNoSeriousViolations(page, 'token dialog');

  // The token field has the focus, and Enter submits: a token with a space is refused at once.
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('has a space');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page, 'token dialog, a token with a space', '[role="dialog"]');

  await refuseAToken(page);
  await expectNoSeriousViolations(page, 'token dialog, token refused');

  const dark = await browser.newContext();
  await startIn(dark, 'en-US', 'dark');
  const darkPage = await dark.newPage();
  await openDialog(darkPage);
  await refuseAToken(darkPage);
  await expectEnoughContrast(darkPage, 'token dialog, token refused (dark)');
  await dark.close();
});
