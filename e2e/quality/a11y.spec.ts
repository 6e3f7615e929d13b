/**
 * Accessibility: axe (WCAG 2.1 A/AA and best practices) on the list, the detail, each wizard step and
 * each dialog, in both themes (contrast differs) and both languages: zero serious or critical
 * violations.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  createFailedVersion,
  expectNoSeriousViolations,
  PROJECT,
  startIn,
  uniqueName,
  type Locale,
} from './support';

const LIST = `/projects/${PROJECT}/releases`;

async function openList(page: Page) {
  await page.goto(LIST);
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
}

const words = {
  'en-US': {
    next: 'Next',
    env: 'Environment',
    name: /Version name$/,
    delete: 'Delete version',
    retry: 'Retry version',
    showYaml: /show yaml/i,
    cancel: /cancel/i,
  },
  'zh-CN': {
    next: '下一步',
    env: '环境',
    name: /版本名称$/,
    delete: '删除版本',
    retry: '重试版本',
    showYaml: /显示 yaml|查看 yaml|展开 yaml/i,
    cancel: /取\s?消/,
  },
} as const;

let failedName = '';
let failedId = '';
test.beforeAll(async ({ request }) => {
  failedName = uniqueName('a11y-failed');
  failedId = (await createFailedVersion(request, failedName)).id;
});

for (const [locale, theme] of [
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
] as Array<[Locale, 'light' | 'dark']>) {
  const w = words[locale];
  test.describe(`${locale}, ${theme} theme`, () => {
    // axe walks the whole page several times: slow on a busy 2-core machine.
    test.describe.configure({ timeout: 180_000 });
    test.beforeEach(async ({ context }) => {
      await startIn(context, locale, theme);
    });

    test('the version list', async ({ page }) => {
      await openList(page);
      await expectNoSeriousViolations(page, `list (${locale}, ${theme})`);
    });

    test('the detail of a failed version, with its YAML open', async ({ page }) => {
      await page.goto(`${LIST}/${encodeURIComponent(failedId)}`);
      await expect(page.getByRole('heading', { name: failedName })).toBeVisible();
      await expectNoSeriousViolations(page, `detail (${locale}, ${theme})`);
      await page.getByRole('button', { name: w.showYaml }).first().click();
      await expect(
        page.getByRole('textbox').or(page.locator('[role="code"], pre, .cm-content')).first(),
      ).toBeVisible();
      await expectNoSeriousViolations(page, `detail with YAML (${locale}, ${theme})`);
    });

    test('the delete confirmation dialog', async ({ page }) => {
      await openList(page);
      await page.getByRole('button', { name: `${w.delete} ${failedName}` }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expectNoSeriousViolations(page, `delete dialog (${locale}, ${theme})`);
      await dialog.getByRole('button', { name: w.cancel }).click();
      await expect(dialog).toBeHidden();
    });

    test('each step of the create wizard', async ({ page }) => {
      await page.goto(`${LIST}/new`);
      const name = page.getByRole('textbox', { name: w.name });
      await expect(name).toBeVisible();
      await expectNoSeriousViolations(page, `wizard step 1, empty (${locale}, ${theme})`);
      await name.fill(uniqueName('a11y-new'));
      await page.getByRole('combobox', { name: w.env }).click();
      // antd's listbox options are for screen readers; the visible item carries the title.
      await page.getByTitle('qa', { exact: true }).click();
      await expectNoSeriousViolations(page, `wizard step 1, filled (${locale}, ${theme})`);
      for (let step = 2; step <= 4; step++) {
        const next = page.getByRole('button', { name: w.next, exact: true });
        await expect(next).toBeEnabled({ timeout: 15_000 });
        await next.click();
        await expect(page).toHaveURL(/[?&]step=/);
        await page.waitForLoadState('networkidle');
        await expectNoSeriousViolations(page, `wizard step ${step} (${locale}, ${theme})`);
      }
    });
  });
}
