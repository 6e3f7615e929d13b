/**
 * Hostile content: versions whose labels, descriptions and YAML carry script and HTML payloads
 * (created through the sandbox API) are shown as text, and nothing runs. (The sandbox refuses names that
 * cannot be image tags, so the names here are plain; payloads ride in every free-text field.) The page's CSP is bypassed so
 * that it is the rendering itself, not the policy, that keeps the payloads inert.
 */
import { expect, test, type Page } from '@playwright/test';
import { createVersion, envImage, PROJECT, startIn, uniqueName } from './support';

const suffix = uniqueName('x').slice(2);
const PAYLOADS = {
  name1: `hostile-a${suffix}`,
  name2: `hostile-b${suffix}`,
  label1: `<b onmouseover=window.__pwned='label'>L</b>`,
  label2: `javascript:window.__pwned='href'`,
  desc1: `<svg onload="window.__pwned='desc'"></svg><a href="javascript:window.__pwned='link'">click me</a>`,
  desc2: `[click](javascript:window.__pwned='md') {{constructor.constructor('window.__pwned=1')()}}`,
  yaml: `# <script>window.__pwned='yaml'</script>\nmetadata:\n  name: "<img src=x onerror=window.__pwned='yaml2'>"\n`,
};

test.use({ bypassCSP: true });

const ids: string[] = [];
test.beforeAll(async ({ request }) => {
  const image = await envImage(request);
  ids.push(
    await createVersion(request, {
      name: PAYLOADS.name1,
      labels: [PAYLOADS.label1, PAYLOADS.label2],
      desc: PAYLOADS.desc1,
      yaml: PAYLOADS.yaml,
      sourceImage: image,
    }),
    await createVersion(request, { name: PAYLOADS.name2, desc: PAYLOADS.desc2, sourceImage: image }),
  );
});

/** Records dialogs (alert/confirm/prompt) and page errors; dismisses dialogs. */
function watch(page: Page) {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { dialogs, errors };
}

async function expectNothingRan(page: Page, seen: { dialogs: string[]; errors: string[] }) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  // No element the payloads could have injected.
  const injected = page.locator(
    'img[src="x"], svg[onload], [onmouseover], [onerror], [onload], a[href^="javascript:" i], b:text-is("L")',
  );
  await expect(injected).toHaveCount(0);
  // No script that could run holds a payload (the list's first answer rides in the page as data, in a
  // `type="application/json"` element the browser never runs, with its `<` escaped).
  expect(
    await page
      .locator('script:not([type="application/json"])')
      .evaluateAll((els) => els.filter((e) => e.textContent?.includes('__pwned')).length),
  ).toBe(0);
  expect(
    await page
      .locator('script[type="application/json"]')
      .evaluateAll((els) => els.filter((e) => e.textContent?.includes('<')).length),
  ).toBe(0);
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`${locale}`, () => {
    test.beforeEach(async ({ context }) => {
      await startIn(context, locale);
    });

    test('the list shows hostile labels, descriptions and YAML as text', async ({ page }) => {
      const seen = watch(page);
      await page.goto(`/projects/${PROJECT}/releases`);
      const row1 = page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: PAYLOADS.name1, exact: true }) });
      await expect(row1).toBeVisible();
      await expect(row1.getByText(PAYLOADS.label1, { exact: true })).toBeVisible();
      await expect(row1.getByText(PAYLOADS.label2, { exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: PAYLOADS.name2, exact: true })).toBeVisible();
      // Hover what a payload would hook into.
      await row1.getByText(PAYLOADS.label1, { exact: true }).hover();
      await row1.hover();
      await expectNothingRan(page, seen);
    });

    test('the detail shows the hostile version, its YAML and the delete dialog as text', async ({ page }) => {
      const seen = watch(page);
      await page.goto(`/projects/${PROJECT}/releases/${encodeURIComponent(ids[0]!)}`);
      await expect(page.getByRole('heading', { name: PAYLOADS.name1 })).toBeVisible();
      await expect(page.getByText(PAYLOADS.label1, { exact: true })).toBeVisible();
      await expect(page.getByText(PAYLOADS.desc1, { exact: true })).toBeVisible();
      await page
        .getByRole('button', { name: /show yaml|显示 yaml|查看 yaml/i })
        .first()
        .click();
      await expect(page.getByText(`# <script>window.__pwned='yaml'</script>`)).toBeVisible();
      await page.getByRole('button', { name: /(^|\s)(delete|删除)$/i }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText(PAYLOADS.name1).first()).toBeVisible();
      await dialog.getByRole('button', { name: /cancel|取\s?消/i }).click();
      await expectNothingRan(page, seen);
    });

    test('a version named with a script is shown as text in the detail', async ({ page }) => {
      const seen = watch(page);
      await page.goto(`/projects/${PROJECT}/releases/${encodeURIComponent(ids[1]!)}`);
      await expect(page.getByRole('heading', { name: PAYLOADS.name2 })).toBeVisible();
      await expect(page.getByText(PAYLOADS.desc2, { exact: true })).toBeVisible();
      await expect(page).toHaveTitle(/.*/);
      await expectNothingRan(page, seen);
    });
  });
}
