/**
 * Accessibility of the API token dialog (it only appears when Zadig asks for a token, so in proxy mode):
 * axe finds no serious or critical violation, empty and after a refused token, in both themes.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, startIn, type Locale } from '../quality/support';

// axe walks the whole page several times: slow on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

for (const [locale, theme] of [
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
] as Array<[Locale, 'light' | 'dark']>) {
  test(`the token dialog is accessible (${locale}, ${theme})`, async ({ page, context }) => {
    await startIn(context, locale, theme);
    await page.goto('/projects/yaml-demo/releases');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    await expectNoSeriousViolations(page, `token dialog (${locale}, ${theme})`);
    const input = dialog.getByRole('textbox').first();
    await input.fill('not-the-token');
    await input.press('Enter');
    await expect(dialog.getByRole('alert').or(dialog.locator('[aria-invalid="true"]')).first()).toBeVisible();
    await expectNoSeriousViolations(page, `token dialog, token refused (${locale}, ${theme})`);
  });
}
