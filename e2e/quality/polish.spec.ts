/**
 * The look of the pages, measured in the browser on the real sandbox: label tags apart, image chips
 * whole (full reference on hover and on the clipboard), service cards' columns lined up, a balanced
 * summary, the project picker showing whole names, retry with its word and not a spinner's icon, no
 * tooltip over the delete dialog, help texts clear of the next label, one "Clear filters", and where
 * the focus lands in the wizard. Both languages where words are involved. Nothing here changes data.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PROJECT, startIn, type Locale } from './support';

const WORDS = {
  'en-US': {
    retryOf: (n: string) => `Retry version ${n}`,
    deleteOf: (n: string) => `Delete version ${n}`,
    retry: 'Retry',
    clear: 'Clear filters',
    search: 'Search by version name',
    name: /Version name$/,
    env: 'Environment',
    next: 'Next',
    step3: 'Step 3 of 4: Images & registry',
    project: 'Project',
  },
  'zh-CN': {
    retryOf: (n: string) => `重试版本 ${n}`,
    deleteOf: (n: string) => `删除版本 ${n}`,
    retry: '重试',
    clear: '清除筛选',
    search: '按版本名称搜索',
    name: /版本名称$/,
    env: '环境',
    next: '下一步',
    step3: '第 3 步（共 4 步）：镜像与仓库',
    project: '项目',
  },
} as const;

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

async function openDetail(page: Page, project: string, name: string) {
  await page.goto(`/projects/${project}/releases?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

for (const locale of ['en-US', 'zh-CN'] as const satisfies Locale[]) {
  const w = WORDS[locale];
  test.describe(locale, () => {
    test.beforeEach(async ({ context }) => startIn(context, locale));

    test('list: label tags apart, retry says its word with its own icon, no tooltip over the delete dialog', async ({
      page,
    }) => {
      await page.goto(`/projects/${PROJECT}/releases?q=v1.10.1`);
      const row = page.getByRole('row').filter({ hasText: 'v1.10.1' });
      const tags = row.locator('.ant-tag', { hasText: /^(hotfix|紧急修复)$/ });
      await expect(tags).toHaveCount(2);
      const [a, b] = [await box(tags.nth(0)), await box(tags.nth(1))];
      // Side by side or one under the other, never touching.
      const apart = b.x >= a.x + a.width + 4 || b.y >= a.y + a.height + 2;
      expect(apart, `tags at ${JSON.stringify([a, b])}`).toBe(true);

      await page.goto(`/projects/${PROJECT}/releases?q=v1.9.1`);
      const retry = page.getByRole('button', { name: w.retryOf('v1.9.1') });
      await expect(retry).toHaveText(w.retry);
      // Not the circular arrow that the spinning "Creating" status uses.
      await expect(retry.locator('[data-icon="retry"]')).toHaveCount(1);
      await expect(retry.locator('.anticon-redo, .anticon-reload, .anticon-sync')).toHaveCount(0);

      const del = page.getByRole('button', { name: w.deleteOf('v1.9.1') });
      await del.hover();
      const tooltip = page.getByRole('tooltip');
      await expect(tooltip).toBeVisible();
      // The pointer stays on the button while the dialog opens, as a user's does.
      await del.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(tooltip).toBeHidden();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    test('the delete dialog title ends in the language’s own question mark', async ({ page }) => {
      await page.goto(`/projects/${PROJECT}/releases?q=v1.9.1`);
      await page.getByRole('button', { name: w.deleteOf('v1.9.1') }).click();
      const title = page.getByRole('dialog').locator('.ant-modal-title');
      await expect(title).toHaveText(locale === 'zh-CN' ? /？$/ : /\?$/);
      await page.keyboard.press('Escape');
    });

    test('a filter that matches nothing offers one "Clear filters", which clears them', async ({ page }) => {
      await page.goto(`/projects/${PROJECT}/releases?q=no-such-version-at-all&status=failed`);
      const clear = page.getByRole('button', { name: w.clear });
      await expect(clear).toHaveCount(1);
      await clear.click();
      await expect(page).toHaveURL(new RegExp(`/projects/${PROJECT}/releases$`));
      // The unfiltered list is back (other tests add versions meanwhile, so no particular one is named).
      await expect(page.getByRole('textbox', { name: w.search })).toHaveValue('');
      await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
    });

    test('detail: image references whole with the full reference on hover and copy; columns line up; summary balanced', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openDetail(page, PROJECT, 'v1.9.1');
      const source = 'harbor.demo.koderover.com/mall/order-service:hotfix-pay-timeout-1';
      const chip = page.locator('.zrc-image-chip-ref', { hasText: 'order-service:hotfix-pay-timeout-1' });
      await expect(chip).toHaveAttribute('title', source);
      // Whole, never cut: where its column is narrow it wraps at its seams (e2e/image-references.spec.ts).
      await expect(chip).toHaveText(source);
      expect(await chip.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      await page
        .getByRole('button', { name: locale === 'en-US' ? `Copy image ${source}` : `复制镜像 ${source}` })
        .click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(source);

      // The Push, Status and Error columns sit at the same place in every service's card.
      const tables = page.getByRole('table');
      await expect(tables).toHaveCount(2);
      for (const col of [3, 4, 5]) {
        const xs = await Promise.all(
          [0, 1].map(async (t) => (await box(tables.nth(t).getByRole('columnheader').nth(col))).x),
        );
        expect(Math.abs(xs[0]! - xs[1]!), `column ${col}`).toBeLessThan(1);
      }

      // The summary's columns are equally wide.
      const items = page.locator('.zrc-summary > .zrc-summary-item:not(.zrc-summary-wide)');
      const widths = await items.evaluateAll((els) =>
        els.slice(0, 3).map((e) => e.getBoundingClientRect().width),
      );
      expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(1);
    });

    test('compare: image references stay whole chips, the changed tag marked, the full reference on hover', async ({
      page,
    }) => {
      await page.goto(`/projects/${PROJECT}/compare?base=v1.10.0&head=v1.11.0`);
      const chips = page.locator('table .zrc-image-chip-ref');
      await expect(chips.first()).toBeVisible();
      expect(await chips.count()).toBeGreaterThan(3);
      for (const chip of await chips.all()) {
        const title = (await chip.getAttribute('title')) ?? '';
        expect(title).toMatch(/^[\w.-]+(:\d+)?\/.+[:@].+/);
        expect((await chip.textContent())?.replace(/\s*(was|now|原为|现为)\s*/g, '')).toBe(title);
        const height = (await box(chip)).height;
        const line = await chip.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
        expect(height, title).toBeLessThan(line * 1.8);
      }
      await expect(chips.locator('ins mark').first()).toBeVisible();
    });

    test('the project picker shows the whole project name', async ({ page }) => {
      await page.goto('/projects/helm-demo/releases');
      const picker = page.getByRole('banner').locator('.ant-select').first();
      const shown = picker.locator('.ant-select-content, .ant-select-selection-item').first();
      await expect(shown).toContainText('helm-demo');
      expect(await shown.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    });

    test('wizard: one focus on step 1 (the name), the heading on step 3, help texts clear of the next label', async ({
      page,
    }) => {
      await page.goto(`/projects/${PROJECT}/releases/new`);
      const name = page.getByRole('textbox', { name: w.name });
      await expect(name).toBeFocused();
      // Help under the name keeps a gap before the next field's label.
      const help = page.locator('.ant-form-item-with-help').first();
      const helpText = help.locator('.ant-form-item-explain');
      const nextLabel = page.locator('.ant-form-item').nth(2).locator('label').first();
      const gap = (await box(nextLabel)).y - ((await box(helpText)).y + (await box(helpText)).height);
      expect(gap).toBeGreaterThanOrEqual(8);

      await name.fill(`polish-${Date.now().toString(36)}`);
      await page.getByRole('combobox', { name: w.env, exact: true }).click();
      await page.getByTitle('qa', { exact: true }).click();
      for (const step of ['services', 'images']) {
        await page.getByRole('button', { name: w.next, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`step=${step}`));
      }
      // Step 3 starts at its heading, not in an optional field such as "One tag for every image".
      await expect(page.getByRole('heading', { name: w.step3 })).toBeFocused();
    });
  });
}
