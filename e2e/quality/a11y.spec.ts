/**
 * Accessibility in the browser: axe (WCAG 2.1 A/AA and best practices) on the list, the detail, each
 * wizard step and each dialog: zero serious or critical violations, with colour contrast checked in both
 * themes (their colours differ: src/app/accessible-tokens.ts). One language here: text does not change
 * colours, and every other rule runs in every language × theme in the component tests
 * (src/features/releases/a11y-matrix.test.tsx, create/steps/a11y-matrix.test.tsx,
 * src/features/auth/token-dialog-a11y.test.tsx).
 */
import { expect, test, type Page } from '@playwright/test';
import {
  createFailedVersion,
  expectAccessibleInBothThemes,
  expectEnoughContrast,
  expectNoSeriousViolations,
  PROJECT,
  startIn,
  switchTheme,
  uniqueName,
} from './support';

const LIST = `/projects/${PROJECT}/releases`;

/**
 * The list searched for this spec's own version: other specs' versions come and go in the demo project
 * (a "Creating" tag once faded in under a dark-theme scan), this one stays as it is.
 */
async function openList(page: Page) {
  await page.goto(`${LIST}?q=${encodeURIComponent(failedName)}`);
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
}

let failedName = '';
let failedId = '';
test.beforeAll(async ({ request }) => {
  failedName = uniqueName('a11y-failed');
  failedId = (await createFailedVersion(request, failedName)).id;
});

// axe walks the whole page several times: slow on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });
test.beforeEach(async ({ context }) => {
  await startIn(context, 'en-US', 'light');
});

test('the version list', async ({ page }) => {
  await openList(page);
  await expectAccessibleInBothThemes(page, 'list');
});

test('the detail of a failed version, with its YAML open', async ({ page }) => {
  await page.goto(`${LIST}/${encodeURIComponent(failedId)}`);
  await expect(page.getByRole('heading', { name: failedName })).toBeVisible();
  await expectNoSeriousViolations(page, 'detail (light)');
  await page
    .getByRole('button', { name: /show yaml/i })
    .first()
    .click();
  await expect(
    page.getByRole('textbox').or(page.locator('[role="code"], pre, .cm-content')).first(),
  ).toBeVisible();
  await expectAccessibleInBothThemes(page, 'detail with YAML');
});

test('the delete confirmation dialog', async ({ page }) => {
  await openList(page);
  const dialog = page.getByRole('dialog');
  const open = async () => {
    await page.getByRole('button', { name: `Delete version ${failedName}` }).click();
    await expect(dialog).toBeVisible();
  };
  const cancel = async () => {
    await dialog.getByRole('button', { name: /cancel/i }).click();
    await expect(dialog).toBeHidden();
  };
  await open();
  await expectNoSeriousViolations(page, 'delete dialog (light)');
  // The dialog's mask covers the header's theme button: closed, switched, opened again.
  await cancel();
  await switchTheme(page, 'dark');
  await open();
  await expectEnoughContrast(page, 'delete dialog (dark)');
  await cancel();
});

test('each step of the create wizard', async ({ page }) => {
  // Ten scans of a heavy page: on a busy 2-core machine this takes minutes.
  test.setTimeout(300_000);
  await page.goto(`${LIST}/new`);
  const name = page.getByRole('textbox', { name: /Version name$/ });
  await expect(name).toBeVisible();
  await expectNoSeriousViolations(page, 'wizard step 1, empty (light)');
  await name.fill(uniqueName('a11y-new'));
  await page.getByRole('combobox', { name: 'Environment' }).click();
  // antd's listbox options are for screen readers; the visible item carries the title.
  await page.getByTitle('qa', { exact: true }).click();
  await expectNoSeriousViolations(page, 'wizard step 1, filled (light)');
  for (let step = 2; step <= 4; step++) {
    const next = page.getByRole('button', { name: 'Next', exact: true });
    await expect(next).toBeEnabled({ timeout: 15_000 });
    await next.click();
    await expect(page.getByRole('heading', { name: new RegExp(`^Step ${step} of 4`) })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page, `wizard step ${step} (light)`);
  }
  // Contrast in the dark theme, walking back (one switch for the four steps).
  await switchTheme(page, 'dark');
  for (let step = 4; step >= 1; step--) {
    await expect(page.getByRole('heading', { name: new RegExp(`^Step ${step} of 4`) })).toBeVisible();
    await expectEnoughContrast(page, `wizard step ${step} (dark)`);
    if (step > 1) await page.getByRole('button', { name: 'Back', exact: true }).click();
  }
});
