/**
 * Keyboard alone: open a version, retry a failed one, delete one and create one, without the mouse,
 * once in English and once in Chinese (the main flows run in both languages).
 */
import { expect, test, type Page } from '@playwright/test';
import {
  createFailedVersion,
  PROJECT,
  publishImage,
  startIn,
  tabTo,
  uniqueName,
  waitForStatus,
  type Locale,
} from './support';
import { installClock, nextRead } from '../live-clock';

const LIST = `/projects/${PROJECT}/releases`;

const words = {
  'en-US': {
    retry: 'Retry version',
    delete: 'Delete version',
    confirm: /^delete$/i,
    newVersion: 'New version',
    name: /Version name$/,
    env: 'Environment',
    next: 'Next',
    create: 'Create version',
    success: 'Success',
    steps: { services: /Services/, images: /Images & registry/, review: /Review & create/ },
    headings: {
      services: 'Step 2 of 4: Services',
      images: 'Step 3 of 4: Images & registry',
      review: 'Step 4 of 4: Review & create',
    },
  },
  'zh-CN': {
    retry: '重试版本',
    delete: '删除版本',
    confirm: /^删\s?除$/,
    newVersion: '新建版本',
    name: /版本名称$/,
    env: '环境',
    next: '下一步',
    create: '创建版本',
    success: '成功',
    steps: { services: /服务/, images: /镜像与仓库/, review: /确认并创建/ },
    headings: {
      services: '第 2 步（共 4 步）：服务',
      images: '第 3 步（共 4 步）：镜像与仓库',
      review: '第 4 步（共 4 步）：确认并创建',
    },
  },
} as const;

/** The list filtered to `q`: versions other specs add meanwhile do not move or replace its rows. */
async function openList(page: Page, q: string) {
  await page.goto(`${LIST}?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  // Start from the top of the document, as a keyboard user arriving on the page.
  await page.locator('body').focus();
}

for (const locale of ['en-US', 'zh-CN'] as Locale[]) {
  const w = words[locale];
  test.describe(locale, () => {
    test.beforeEach(async ({ context }) => {
      await startIn(context, locale);
    });

    test('closing the delete dialog gives the focus back to the button that opened it', async ({ page }) => {
      await openList(page, 'v1.9.0');
      const del = page.getByRole('button', { name: `${w.delete} v1.9.0` });
      await tabTo(page, del);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(del).toBeFocused();
    });

    test('keyboard opens a version from the list', async ({ page }) => {
      await openList(page, 'v1.9.0');
      const link = page.getByRole('row').nth(1).getByRole('link').first();
      const name = (await link.textContent())!.trim();
      await tabTo(page, link);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
      await expect(page).toHaveURL(/\/releases\/[^/?]+/);
    });

    test('keyboard retries a failed version until it succeeds', async ({ page, request }) => {
      const name = uniqueName(`kb-retry-${locale}`);
      const { missing } = await createFailedVersion(request, name);
      await publishImage(request, missing);
      await installClock(page);
      await openList(page, name);
      const retry = page.getByRole('button', { name: `${w.retry} ${name}` });
      await tabTo(page, retry);
      await page.keyboard.press('Enter');
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
      // Once the server has finished, the list's next read (at its live pace) happens now.
      await waitForStatus(request, name, ['success']);
      await nextRead(page, row.getByText(w.success, { exact: true }));
      await expect(row.getByText(w.success, { exact: true })).toBeVisible({ timeout: 20_000 });
    });

    test('keyboard deletes a version through its confirmation dialog', async ({ page, request }) => {
      const name = uniqueName(`kb-delete-${locale}`);
      await createFailedVersion(request, name);
      await openList(page, name);
      await tabTo(page, page.getByRole('button', { name: `${w.delete} ${name}` }));
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await tabTo(page, dialog.getByRole('button', { name: w.confirm }), { max: 10 });
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
      // Focus is back on the page, not lost.
      expect(await page.evaluate(() => document.activeElement !== null)).toBe(true);
    });

    test('keyboard creates a version with the wizard', async ({ page, request }) => {
      // Each step starts with the focus on its heading, so reaching Next tabs through every field.
      test.slow();
      const name = uniqueName(`kb-new-${locale}`);
      await openList(page, 'v1.9.0');
      await tabTo(page, page.getByRole('link', { name: w.newVersion }).first());
      await page.keyboard.press('Enter');
      const nameField = page.getByRole('textbox', { name: w.name });
      await expect(nameField).toBeVisible();
      await tabTo(page, nameField);
      await page.keyboard.type(name);
      await tabTo(page, page.getByRole('combobox', { name: w.env }));
      // Open the list and wait for the environments to be there before choosing one.
      await page.keyboard.press('ArrowDown');
      await expect(page.getByTitle('qa', { exact: true }).first()).toBeVisible();
      await page.keyboard.type('qa');
      await page.keyboard.press('Enter');
      for (const step of ['services', 'images', 'review'] as const) {
        // Let the step load what it derives (services, registries) before going on: the steps bar
        // offers the next step once nothing blocks it.
        await page.waitForLoadState('networkidle');
        await expect(page.getByRole('navigation').getByRole('button', { name: w.steps[step] })).toBeVisible();
        const next = page.getByRole('button', { name: w.next, exact: true });
        await expect(next).toBeEnabled({ timeout: 15_000 });
        await tabTo(page, next, { max: 200 });
        await page.keyboard.press('Enter');
        // One press is enough: the new step shows at once and the focus lands on its heading.
        await expect(page).toHaveURL(new RegExp(`[?&]step=${step}`));
        await expect(page.getByRole('heading', { name: w.headings[step] })).toBeFocused();
      }
      const create = page.getByRole('button', { name: w.create });
      await expect(create).toBeEnabled();
      await tabTo(page, create, { max: 200 });
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible({ timeout: 20_000 });
      await waitForStatus(request, name, ['creating', 'success']);
    });
  });
}
