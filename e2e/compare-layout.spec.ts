/**
 * The comparison's layout and the image-list export: ticking versions on the list never moves the
 * table, image rows line up as one grid, and a version's image list downloads as CSV from its detail.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { createPair, serviceRow, SUMMARY } from './compare-helpers';
import { PROJECT, startInEnglish, type Summary } from './release-helpers';

// Each test first makes its versions and waits for them to finish: two minutes on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => startInEnglish(page));

test('ticking versions never moves the table, and a third tick is refused with a reason', async ({
  page,
  request,
}) => {
  const { a, between, b } = await createPair(request);
  // No filter: the newest versions, page 1, without the progress line of a filtered read.
  await page.goto(`/projects/${PROJECT}/releases`);
  const tick = (v: Summary) => page.getByRole('checkbox', { name: `Select ${v.version_name} to compare` });
  await expect(tick(b)).toBeVisible();
  const table = page.getByRole('table');
  // Where the table starts in the document and how wide it is: its height follows other workers'
  // versions (the list is live and the project shared, and a click may scroll to a row they pushed
  // down), its place must not follow the selection bar.
  const place = () =>
    table.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width };
    });
  const before = await place();

  await tick(b).check();
  await expect(tick(b)).toBeChecked();
  expect(await place()).toEqual(before);
  await expect(page.getByRole('region', { name: 'Compare' })).toContainText(`${b.version_name} selected`);
  await tick(between).check();
  await expect(page.getByRole('link', { name: 'Compare the two selected versions' })).toBeVisible();
  expect(await place()).toEqual(before);

  // A third tick: nothing is dropped, and the bar says why the tick did not take.
  await tick(a).click();
  await expect(page.getByRole('alert')).toContainText(
    `Two versions at most: ${b.version_name}, ${between.version_name} are selected.`,
  );
  await expect(tick(a)).not.toBeChecked();
  await expect(tick(b)).toBeChecked();
  await expect(tick(between)).toBeChecked();
  expect(await place()).toEqual(before);

  // Unticking one lets the third in.
  await tick(b).uncheck();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await tick(a).check();
  await expect(page.getByRole('link', { name: 'Compare the two selected versions' })).toBeVisible();
  expect(await place()).toEqual(before);
});

test('image rows read as one aligned grid: base → compared on one line, the service and its badge once', async ({
  page,
  request,
}) => {
  const { a, b } = await createPair(request);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/projects/${PROJECT}/compare?base=${a.version_name}&head=${b.version_name}`);
  await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();
  const api = serviceRow(page, 'api');
  await expect(api.getByText('api', { exact: true })).toHaveCount(1);
  await expect(api.getByText('Changed', { exact: true })).toHaveCount(1);

  // Source and target: the base and the compared reference side by side, the changed part marked.
  const top = async (l: ReturnType<Page['locator']>) => Math.round((await l.boundingBox())!.y);
  const left = async (l: ReturnType<Page['locator']>) => Math.round((await l.boundingBox())!.x);
  for (const n of [0, 1]) {
    const was = api.getByRole('deletion').nth(n);
    const now = api.getByRole('insertion').nth(n);
    await expect(was).toHaveText('01');
    await expect(now).toHaveText('17');
    expect(await top(now)).toBe(await top(was));
    expect(await left(now)).toBeGreaterThan(await left(was));
  }
  // A new service: its compared references start where every other compared reference starts.
  const fresh = serviceRow(page, 'fresh');
  await expect(fresh.getByText('New', { exact: true })).toHaveCount(1);
  const freshSource = fresh.getByTitle(/:build-1$/).first();
  const apiSource = api.getByTitle(/:build-117-main$/).first();
  expect(await left(freshSource)).toBe(await left(apiSource));

  // Helm: the chart version base → compared on one line.
  await page.goto('/projects/helm-demo/compare?base=v2.7.0&head=v2.8.0');
  const chart = serviceRow(page, 'notification');
  await expect(chart.getByRole('deletion').last()).toHaveText('7');
  expect(await top(chart.getByRole('insertion').last())).toBe(await top(chart.getByRole('deletion').last()));
});

test('exports a version’s image list as CSV from its detail', async ({ page, request }) => {
  const { b } = await createPair(request);
  await page.goto(`/projects/${PROJECT}/releases/${b.id}?name=${b.version_name}`);
  await page.getByRole('button', { name: 'Export images' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${b.version_name}-images.csv`);
  const csv = await readFile((await file.path())!, 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  // The second column holds the container's name, as the version's page calls it.
  expect(lines[0]).toBe('Service,Container,Source,Target');
  expect(lines).toContainEqual(
    expect.stringMatching(
      /^api,api,[^,]+:build-117-main,harbor\.demo\.koderover\.com\/e2e\/api:build-117-main$/,
    ),
  );
  expect(lines).toHaveLength(4);
});
