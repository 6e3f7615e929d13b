/**
 * Every new page opens at its top (a version opened from far down the list shows its name, status and
 * actions); Back returns to the list where it was left.
 */
import { expect, test } from '@playwright/test';
import { createVersion, demoImage, PROJECT, startInEnglish, uniqueName } from './release-helpers';

const OWN_VERSIONS = 30;

test.beforeEach(async ({ page }) => startInEnglish(page));

test('a version opened from far down the list opens at its top; Back restores the list', async ({
  page,
  request,
}) => {
  // A list of its own (a name filter): versions other specs add meanwhile would push its last row off
  // the page while the test scrolls to it.
  const prefix = uniqueName('e2e-scroll');
  const { registryId } = await demoImage(request);
  for (let i = 0; i < OWN_VERSIONS; i++) {
    const name = `${prefix}-${String(i).padStart(2, '0')}`;
    await createVersion(request, {
      name,
      registryId,
      sources: [`harbor.demo.koderover.com/e2e/${name}:1.0`],
    });
  }
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(`/projects/${PROJECT}/releases?q=${prefix}&size=50`);
  const table = page.getByRole('table', { name: 'Versions' });
  const links = table.getByRole('link');
  // Settled (their images do not exist, so each fails): no row changes while the test scrolls.
  await expect(table.getByRole('row').filter({ hasText: 'Failed' })).toHaveCount(OWN_VERSIONS);
  const last = links.last();
  await last.scrollIntoViewIfNeeded();
  const listScroll = await page.evaluate(() => window.scrollY);
  expect(listScroll).toBeGreaterThan(200);
  const name = (await last.textContent()) ?? '';

  await last.click();
  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toBeVisible();
  await expect(heading).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

  await page.goBack();
  await expect(last).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(listScroll);

  // Forward opens the version again; a link from it to another page starts at the top too.
  await page.goForward();
  await expect(heading).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test('changing the page of the list keeps the list where it is', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(`/projects/${PROJECT}/releases?size=10`);
  const pager = page.getByRole('listitem', { name: '2' });
  await pager.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(0);
  await pager.click();
  await expect(page).toHaveURL(/page=2/);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('an address typed into the tab opens its page at the top; a reload keeps the place', async ({
  page,
}) => {
  // React Router keeps the place of every page opened from a typed address under one key: the list
  // typed after a version's page (also typed) once opened where that page was left, and a reload of
  // such a page lost its place.
  // Low, so that the list is taller than the window even before its rows arrive.
  await page.setViewportSize({ width: 1280, height: 300 });
  await page.goto(`/projects/${PROJECT}/releases?q=v1.9.1`);
  const href = await page.getByRole('link', { name: 'v1.9.1', exact: true }).getAttribute('href');
  const heading = page.getByRole('heading', { level: 1, name: 'v1.9.1' });
  const scrollY = () => page.evaluate(() => window.scrollY);
  await page.goto(href!);
  await expect(heading).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(scrollY).toBeGreaterThan(200);

  await page.goto(`/projects/${PROJECT}/releases`);
  await expect(page.getByRole('table', { name: 'Versions' }).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Versions' })).toBeInViewport();
  expect(await scrollY()).toBe(0);

  await page.goto(href!);
  await expect(heading).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(scrollY).toBeGreaterThan(200);
  await page.reload();
  await expect(heading).toBeAttached();
  await expect.poll(scrollY).toBeGreaterThan(200);
});
