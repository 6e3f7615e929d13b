import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const [locale, theme] of [
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
] as const) {
  test(`the token dialog is accessible, with an error shown (${locale}, ${theme})`, async ({ page }) => {
    await page.addInitScript(
      ([l, t]) => {
        localStorage.setItem('zrc.locale', l!);
        localStorage.setItem('zrc.theme', t!);
      },
      [locale, theme],
    );
    await page.goto('/projects/yaml-demo/releases');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // The token field has focus, and Enter submits.
    await expect(dialog.getByRole('textbox')).toBeFocused();
    await page.keyboard.type('has a space');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .include('[role="dialog"]')
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`)).toEqual(
      [],
    );
  });
}
