/**
 * A page's code is fetched when the user points at (or focuses) a link to it, so the click waits for the
 * page's data only: a version's detail from the list, the wizard from "New version".
 */
import { expect, test, type Page } from '@playwright/test';
import { PROJECT, startInEnglish } from '../release-helpers';

/** The addresses of the scripts of a page's chunk requested from now on. */
function chunkRequests(page: Page, chunk: RegExp): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (chunk.test(new URL(request.url()).pathname)) seen.push(request.url());
  });
  return seen;
}

test('pointing at a version fetches its page’s code before the click; the click needs no more of it', async ({
  page,
}) => {
  await startInEnglish(page);
  await page.goto(`/projects/${PROJECT}/releases`);
  const link = page.getByRole('row').nth(1).getByRole('link').first();
  await expect(link).toBeVisible();
  const detailCode = /\/assets\/release-detail-page-[^/]*\.js$/;
  const requested = chunkRequests(page, detailCode);
  expect(requested).toEqual([]);

  // The list's event stream keeps the network busy: wait for the page's code itself to have arrived.
  const loaded = page.waitForResponse((r) => detailCode.test(new URL(r.url()).pathname));
  await link.hover();
  await expect.poll(() => requested.length).toBe(1);
  await (await loaded).finished();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/releases\/[^/?]+\?name=/);
  expect(requested).toHaveLength(1);
});

test('focusing "New version" from the keyboard fetches the wizard’s code', async ({ page }) => {
  await startInEnglish(page);
  await page.goto(`/projects/${PROJECT}/releases`);
  const newVersion = page.getByRole('link', { name: 'New version' }).first();
  await expect(newVersion).toBeVisible();
  const requested = chunkRequests(page, /\/assets\/create-release-page-[^/]*\.js$/);
  await newVersion.focus();
  await expect.poll(() => requested.length).toBe(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Basics' })).toBeVisible();
  expect(requested).toHaveLength(1);
});
