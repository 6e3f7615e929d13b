/**
 * Comparing two versions on the built app and the sandbox server: from a version's detail (the previous
 * version preselected), from two rows of the list, the base changed with the picker, swap, reload, a
 * YAML diff side by side and unified, the Markdown copied, and a version deleted meanwhile.
 * Layout and export: compare-layout.spec.ts; accessibility: compare-a11y.spec.ts.
 */
import { expect, test } from '@playwright/test';
import {
  BASE,
  createPair,
  passedOver,
  pick,
  postVersion,
  previousOf,
  serviceRow,
  sourceRepo,
  SUMMARY,
} from './compare-helpers';
import { PROJECT, publishImage, startInEnglish, uniqueName, waitForStatus } from './release-helpers';

// Each test first makes its versions and waits for them to finish: two minutes on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => startInEnglish(page));

test('compares from the detail with the previous version, then another base from the picker', async ({
  page,
  request,
}) => {
  const { a, b } = await createPair(request);
  await page.goto(`/projects/${PROJECT}/releases/${b.id}?name=${b.version_name}`);
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${PROJECT}/compare\\?head=${b.version_name}&headId=`));
  await expect(page.getByRole('heading', { level: 1, name: 'Compare versions' })).toBeVisible();
  // The previous version is preselected (another test may have made one in between).
  const previous = await previousOf(request, b.version_name);
  await expect(page.getByRole('group', { name: `Base version: ${previous}` })).toBeVisible();

  await pick(page, 'Base version', a.version_name);
  await expect(page).toHaveURL(new RegExp(`base=${a.version_name}`));
  await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();
  await expect(serviceRow(page, 'api')).toContainText('Changed');
  await expect(serviceRow(page, 'api')).toContainText(':build-101-main');
  await expect(serviceRow(page, 'api')).toContainText(':build-117-main');
  await expect(serviceRow(page, 'fresh')).toContainText('New');
  await expect(serviceRow(page, 'gone')).toContainText('Removed');
  // Unchanged services fold away until asked for.
  await expect(serviceRow(page, 'same')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Show unchanged services (1)' }).click();
  await expect(serviceRow(page, 'same')).toContainText('Unchanged');
  // Header differences: labels and description.
  const header = page.getByRole('table', { name: 'Version differences' });
  await expect(header.getByText('+ GA')).toBeVisible();

  // The YAML diff, side by side, then unified.
  await page.getByRole('button', { name: 'Show YAML diff: api' }).click();
  await expect(page.getByRole('textbox', { name: `api · ${b.version_name}` })).toContainText('replicas: 3');
  await expect(page.getByRole('textbox', { name: `api · ${a.version_name}` })).toContainText('replicas: 1');
  await page.getByText('Unified', { exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Diff of api' })).toContainText('replicas: 3');

  // Swap: new and removed change places; a reload shows the same comparison.
  await page.getByRole('button', { name: 'Swap base and compared version' }).click();
  await expect(page).toHaveURL(new RegExp(`base=${b.version_name}.*head=${a.version_name}`));
  await expect(serviceRow(page, 'fresh')).toContainText('Removed');
  await expect(serviceRow(page, 'gone')).toContainText('New');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();
  await expect(serviceRow(page, 'fresh')).toContainText('Removed');
});

test('without a base, compares with the last version that succeeded, passing over a failed one, and says so', async ({
  page,
  request,
}) => {
  // Made back to back, then waited for: a version another spec makes meanwhile cannot fall between them.
  const source = await sourceRepo(request);
  for (const tag of ['build-201', 'build-202']) await publishImage(request, `${source.repo}:${tag}`);
  const released = uniqueName('e2e-cmp-ok');
  const broken = uniqueName('e2e-cmp-bad');
  const head = uniqueName('e2e-cmp-new');
  await postVersion(request, released, [{ name: 'api', tag: 'build-201', replicas: 1 }], ['e2e'], source);
  await postVersion(
    request,
    broken,
    [{ name: 'api', tag: `never-pushed-${broken}`, replicas: 1 }],
    ['e2e'],
    source,
  );
  await postVersion(request, head, [{ name: 'api', tag: 'build-202', replicas: 1 }], ['e2e'], source);
  await waitForStatus(request, released, 'success');
  await waitForStatus(request, broken, 'failed');
  await waitForStatus(request, head, 'success');
  expect(await passedOver(request, head)).toEqual({ previous: released, between: [broken] });

  await page.goto(`/projects/${PROJECT}/compare?head=${head}`);
  await expect(page.getByRole('group', { name: `Base version: ${released}` })).toBeVisible();
  await expect(
    page.getByText(`Compared with ${released}, the last successful version before ${head}.`),
  ).toBeVisible();
  await expect(serviceRow(page, 'api')).toContainText(':build-201');
});

test('compares two versions selected on the list, and copies the comparison as Markdown', async ({
  page,
  request,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { a, b } = await createPair(request);
  await page.goto(`/projects/${PROJECT}/releases?q=e2e-cmp-`);
  // Newest first on the list: b is chosen first, yet the older (a) becomes the base.
  await page.getByRole('checkbox', { name: `Select ${b.version_name} to compare` }).check();
  await page.getByRole('checkbox', { name: `Select ${a.version_name} to compare` }).check();
  await page.getByRole('link', { name: 'Compare the two selected versions' }).click();
  // The older of the two is the base.
  await expect(page).toHaveURL(new RegExp(`base=${a.version_name}&baseId=${a.id}&head=${b.version_name}`));
  await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();

  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(page.getByText('Comparison copied as Markdown')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(`# Version comparison: \`${a.version_name}\` → \`${b.version_name}\` (${PROJECT})`);
  expect(text).toContain(SUMMARY);
  expect(text).toMatch(/\| api \| Changed \| api \| `[^`]+:build-101-main` → `[^`]+:build-117-main` \|/);
  expect(text).toContain('| fresh | New |');
  expect(text).not.toContain('| same |');
});

test('a version deleted meanwhile: said at once, and after a reload the comparison says which side failed and keeps the other', async ({
  page,
  request,
}) => {
  const { a, b } = await createPair(request);
  await page.goto(`/projects/${PROJECT}/compare?base=${a.version_name}&head=${b.version_name}`);
  await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();
  const res = await request.delete(`${BASE}/${b.id}?projectKey=${PROJECT}`);
  expect(res.ok()).toBe(true);
  // Said at once on its side (the page follows the project's changes); what was read stays.
  const head = page.getByRole('group', { name: `Compared version: ${b.version_name}` });
  await expect(head.getByRole('alert')).toHaveText(`Version ${b.version_name} was deleted`);
  await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: `Could not load the compared version ${b.version_name}` }),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: `Base version: ${a.version_name}` })).toContainText('Success');
  // Choosing another version for the failed side compares again.
  await pick(page, 'Compared version', a.version_name);
  await expect(
    page.getByRole('status').filter({ hasText: /0 added · 0 removed · 0 changed · 3 unchanged/ }),
  ).toBeVisible();
});
