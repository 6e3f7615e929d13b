/**
 * The version detail on the built app and the sandbox server: opened from the list, a `creating`
 * version watched until it finishes (no reload), its YAML in the viewer, delete then back to the list.
 */
import { expect, test } from '@playwright/test';
import {
  createVersion,
  demoImage,
  detailPath,
  findVersion,
  openedDialog,
  PROJECT,
  startInEnglish,
  uniqueName,
  waitForStatus,
} from './release-helpers';
import { installClock, nextRead } from './live-clock';
import { LIVE_INTERVAL } from '../src/features/releases/live-intervals';

test.beforeEach(async ({ page }) => startInEnglish(page));

test('opens a version from the list and shows its summary, images and YAML', async ({ page }) => {
  // A demo version at rest, found by name: "the first row" could be another worker's, deleted meanwhile.
  const name = 'v1.10.0';
  await page.goto(`/projects/${PROJECT}/releases?q=${name}`);
  const link = page.getByRole('table', { name: 'Versions' }).getByRole('link', { name, exact: true });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/releases/[^/?]+\\?name=${name.replace(/\./g, '\\.')}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(page.getByText(/\d+ of \d+ images pushed/).first()).toBeVisible();

  const toggle = page.getByRole('button', { name: /^Show YAML: / }).first();
  const service = ((await toggle.getAttribute('aria-label')) ?? '').replace('Show YAML: ', '');
  await toggle.click();
  const code = page.getByRole('textbox', { name: `YAML of ${service}` });
  await expect(code).toBeVisible();
  await expect(code).toContainText('apiVersion');
  await expect(page.getByRole('button', { name: 'Download' })).toBeVisible();

  // A deep link (reload) shows the same version.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

const IMAGES = 400;

test('watches a creating version finish without a reload', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { registryId, image } = await demoImage(request);
  const name = uniqueName('e2e-live');
  // Many images so that the copy is still under way when the page shows, on a busy machine too: at the
  // sandbox's pace (8 copies at a time, 400 ms each, shared with other specs' versions) ~20 s. With 240
  // (~12 s) it once finished before a page slowed down by other workers had shown.
  await createVersion(request, { name, registryId, sources: Array.from({ length: IMAGES }, () => image) });
  const version = await findVersion(request, name);
  await installClock(page);
  await page.goto(detailPath(version));
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // Hundreds of image rows: the first render may be slow on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Updating live')).toBeVisible();
  await expect(page.getByText(new RegExp(`^\\d+ of ${IMAGES} images pushed$`))).toBeVisible();
  // The notice is watched for from now on: it closes by itself seconds after it opens.
  const ready = page.getByText(`Version ${name} is ready`);
  const announced = expect(ready).toBeVisible({ timeout: 90_000 });
  // Once the server has finished, the page's next read (every 5 s while in flight) happens now.
  await waitForStatus(request, name, 'success', 90_000);
  await nextRead(page, ready, LIVE_INTERVAL);
  await announced;
  await expect(page.getByText(`${IMAGES} of ${IMAGES} images pushed`)).toBeVisible();
  await expect(page.getByText('Updating live')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
    true,
  );
});

test('deletes from the detail, then the list no longer shows it', async ({ page, request }) => {
  const { registryId, image } = await demoImage(request);
  const name = uniqueName('e2e-del');
  await createVersion(request, { name, registryId, sources: [image] });
  const version = await waitForStatus(request, name, 'success');

  await page.goto(detailPath(version));
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = await openedDialog(page);
  await expect(dialog.getByText(`Delete version ${name}?`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();

  await expect(page).toHaveURL(new RegExp(`/projects/${PROJECT}/releases$`));
  await expect(page.getByRole('table', { name: 'Versions' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  await expect(findVersion(request, name)).rejects.toThrow(/not found/);
});

test('an unknown id shows a not-found page with a way back', async ({ page }) => {
  await page.goto(`/projects/${PROJECT}/releases/000000000000000000000000?name=nope-${Date.now()}`);
  await expect(page.getByRole('heading', { name: 'Version not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to versions' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${PROJECT}/releases$`));
});

test('on a phone-wide window the image tables scroll sideways instead of squeezing their columns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const name = 'v1.10.0';
  await page.goto(`/projects/${PROJECT}/releases?q=${name}`);
  await page.getByRole('link', { name, exact: true }).click();
  const table = page.getByRole('table', { name: /^Images of / }).first();
  await expect(table).toBeVisible();
  const widths = await table.evaluate((t) => ({
    table: t.getBoundingClientRect().width,
    header: Math.min(...Array.from(t.querySelectorAll('th'), (th) => th.getBoundingClientRect().width)),
    page: document.documentElement.scrollWidth,
  }));
  expect(widths.table).toBeGreaterThanOrEqual(720);
  // Each header has room for a word, and only the table scrolls, not the page.
  expect(widths.header).toBeGreaterThanOrEqual(60);
  expect(widths.page).toBeLessThanOrEqual(375);
});
