/**
 * Image references on a version's page are never cut into text that reads as another image: at 1280
 * and 1920 px every reference in the image tables (Helm and K8s) shows whole (wrapped at its seams),
 * and its full text is on hover.
 */
import { expect, test, type Page } from '@playwright/test';
import { startInEnglish } from './release-helpers';

test.beforeEach(async ({ page }) => startInEnglish(page));

/**
 * A demo version at rest in each project (other workers create and delete versions in the same
 * projects, so "the first row" could be one of theirs, gone by the time it is opened).
 */
const DEMO_VERSION: Record<string, string> = { 'helm-demo': 'v2.8.0', 'yaml-demo': 'v1.10.0' };

/** Opens a demo version of a project from its list, found by name. */
async function openDemoVersion(page: Page, project: string): Promise<void> {
  const name = DEMO_VERSION[project]!;
  await page.goto(`/projects/${project}/releases?q=${encodeURIComponent(name)}`);
  await page.getByRole('table', { name: 'Versions' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Every reference chip in the image tables: its shown text, its title, whether anything is hidden. */
async function chips(page: Page) {
  const tables = page.getByRole('table', { name: /^Images of / });
  await expect(tables.first()).toBeVisible();
  await expect(tables.first().locator('code[title]').first()).toBeVisible();
  return tables.locator('code[title]').evaluateAll((codes) =>
    codes.map((code) => {
      const el = code as HTMLElement;
      const hidden = [el, ...Array.from(el.querySelectorAll<HTMLElement>('span'))].some(
        (node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflow !== 'visible',
      );
      return { text: el.textContent ?? '', title: el.title, hidden };
    }),
  );
}

for (const width of [1280, 1920]) {
  for (const project of ['helm-demo', 'yaml-demo']) {
    test(`${project} at ${width} px: every image reference shows whole`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openDemoVersion(page, project);
      const found = await chips(page);
      expect(found.length).toBeGreaterThan(0);
      for (const chip of found) {
        expect(chip.text).toBe(chip.title);
        expect(chip.hidden, `${chip.title} is cut`).toBe(false);
      }
    });
  }
}
