/**
 * Comparing two versions on the built app and the sandbox server: from a version's detail (the previous
 * version preselected), from two rows of the list, the base changed with the picker, swap, reload, a
 * YAML diff side by side and unified, the Markdown copied, a version deleted meanwhile, and a version's
 * image list exported as CSV.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousViolations, startIn, tabTo } from './quality/support';
import {
  demoImage,
  waitForStatus,
  PROJECT,
  publishImage,
  startInEnglish,
  uniqueName,
  type Summary,
} from './release-helpers';

const BASE = '/openapi/delivery/releases';

interface Svc {
  name: string;
  tag: string;
  replicas: number;
}

/** A K8s YAML version with the given services (one image each, the tag in source and target). */
async function createVersion(
  request: APIRequestContext,
  name: string,
  services: Svc[],
  labels: string[],
  { publish = true }: { publish?: boolean } = {},
): Promise<Summary> {
  const { registryId, image } = await demoImage(request);
  const repo = image.slice(0, image.lastIndexOf(':'));
  // Published first, so that the versions copy their images as any other (and end as `success`);
  // unpublished, the copy finds no image and the version ends as `failed`.
  if (publish) for (const s of services) await publishImage(request, `${repo}:${s.tag}`);
  const res = await request.post(`${BASE}/k8s`, {
    data: {
      project_key: PROJECT,
      version_name: name,
      source: 'manual',
      desc: `compare spec ${name}`,
      labels,
      image_registry_id: registryId,
      services: services.map((s) => ({
        service_name: s.name,
        yaml_content: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${s.name}\nspec:\n  replicas: ${s.replicas}\n`,
        images: [
          {
            container_name: s.name,
            image_name: s.name,
            source_image: `${repo}:${s.tag}`,
            source_image_tag: s.tag,
            target_image: `harbor.demo.koderover.com/e2e/${s.name}:${s.tag}`,
            target_image_tag: s.tag,
            push_image: true,
          },
        ],
      })),
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
  // Finished before the next is made: which version is "the last release" is then known for sure.
  return waitForStatus(request, name, publish ? 'success' : 'failed');
}

/** Two versions: `api` changes tag and YAML, `gone` is removed, `fresh` is new, `same` does not change. */
async function createPair(request: APIRequestContext) {
  const a = await createVersion(
    request,
    uniqueName('e2e-cmp-a'),
    [
      { name: 'api', tag: 'build-101-main', replicas: 1 },
      { name: 'gone', tag: 'build-7', replicas: 1 },
      { name: 'same', tag: 'build-5', replicas: 1 },
    ],
    ['e2e'],
  );
  // One in between, so that the version before b is not a.
  const between = await createVersion(
    request,
    uniqueName('e2e-cmp-m'),
    [{ name: 'api', tag: 'build-110-main', replicas: 2 }],
    ['e2e'],
  );
  const b = await createVersion(
    request,
    uniqueName('e2e-cmp-b'),
    [
      { name: 'api', tag: 'build-117-main', replicas: 3 },
      { name: 'fresh', tag: 'build-1', replicas: 1 },
      { name: 'same', tag: 'build-5', replicas: 1 },
    ],
    ['e2e', 'GA'],
  );
  return { a, between, b };
}

const SUMMARY = '1 added · 1 removed · 1 changed · 1 unchanged · 3 images changed';

function servicesTable(page: Page) {
  return page.getByRole('table', { name: 'Changes by service' });
}

function serviceRow(page: Page, service: string) {
  return servicesTable(page).getByRole('row', { name: new RegExp(`^${service}\\b`) });
}

async function pick(page: Page, label: string, name: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(name);
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
}

/** The last version that succeeded before `name` (same type), as the list says. */
async function previousOf(request: APIRequestContext, name: string): Promise<string> {
  const res = await request.get(`${BASE}?projectKey=${PROJECT}&pageNum=1&pageSize=100`);
  const list = ((await res.json()) as { list: Array<{ version_name: string; type: string; status: string }> })
    .list;
  const at = list.findIndex((v) => v.version_name === name);
  return list.slice(at + 1).find((v) => v.type === 'K8SYaml' && v.status === 'success')!.version_name;
}

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
  const released = await createVersion(
    request,
    uniqueName('e2e-cmp-ok'),
    [{ name: 'api', tag: 'build-201', replicas: 1 }],
    ['e2e'],
  );
  const broken = uniqueName('e2e-cmp-bad');
  await createVersion(
    request,
    broken,
    [{ name: 'api', tag: `never-pushed-${broken}`, replicas: 1 }],
    ['e2e'],
    {
      publish: false,
    },
  );
  const head = await createVersion(
    request,
    uniqueName('e2e-cmp-new'),
    [{ name: 'api', tag: 'build-202', replicas: 1 }],
    ['e2e'],
  );

  await page.goto(`/projects/${PROJECT}/compare?head=${head.version_name}`);
  await expect(page.getByRole('group', { name: `Base version: ${released.version_name}` })).toBeVisible();
  await expect(
    page.getByText(
      `Compared with ${released.version_name}, the last successful version before ${head.version_name}.`,
    ),
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
  const before = await table.boundingBox();

  await tick(b).check();
  await expect(tick(b)).toBeChecked();
  expect(await table.boundingBox()).toEqual(before);
  await expect(page.getByRole('region', { name: 'Compare' })).toContainText(`${b.version_name} selected`);
  await tick(between).check();
  await expect(page.getByRole('link', { name: 'Compare the two selected versions' })).toBeVisible();
  expect(await table.boundingBox()).toEqual(before);

  // A third tick: nothing is dropped, and the bar says why the tick did not take.
  await tick(a).click();
  await expect(page.getByRole('alert')).toContainText(
    `Two versions at most: ${b.version_name}, ${between.version_name} are selected.`,
  );
  await expect(tick(a)).not.toBeChecked();
  await expect(tick(b)).toBeChecked();
  await expect(tick(between)).toBeChecked();
  expect(await table.boundingBox()).toEqual(before);

  // Unticking one lets the third in.
  await tick(b).uncheck();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await tick(a).check();
  await expect(page.getByRole('link', { name: 'Compare the two selected versions' })).toBeVisible();
  expect(await table.boundingBox()).toEqual(before);
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

test('a version deleted meanwhile: the comparison says which side failed and keeps the other', async ({
  page,
  request,
}) => {
  const { a, b } = await createPair(request);
  await page.goto(`/projects/${PROJECT}/compare?base=${a.version_name}&head=${b.version_name}`);
  await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();
  const res = await request.delete(`${BASE}/${b.id}?projectKey=${PROJECT}`);
  expect(res.ok()).toBe(true);
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
  expect(lines[0]).toBe('Service,Image,Source,Target');
  expect(lines).toContainEqual(
    expect.stringMatching(
      /^api,api,[^,]+:build-117-main,harbor\.demo\.koderover\.com\/e2e\/api:build-117-main$/,
    ),
  );
  expect(lines).toHaveLength(4);
});

for (const locale of ['en-US', 'zh-CN'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious on the comparison (${locale}, ${theme})`, async ({
      browser,
      request,
    }) => {
      const { a, b } = await createPair(request);
      const context = await browser.newContext();
      await startIn(context, locale, theme);
      const page = await context.newPage();
      await page.goto(`/projects/${PROJECT}/compare?base=${a.version_name}&head=${b.version_name}`);
      const diff = locale === 'en-US' ? 'Show YAML diff: api' : '查看 YAML 差异：api';
      await page.getByRole('button', { name: diff }).click();
      await expect(page.locator('.cm-mergeView')).toBeVisible();
      await expectNoSeriousViolations(page, `comparison ${locale} ${theme}`);
      await context.close();
    });
  }
}

test('the comparison works with the keyboard alone', async ({ page, request }) => {
  const { a, b } = await createPair(request);
  await page.goto(`/projects/${PROJECT}/compare?base=${a.version_name}&head=${b.version_name}`);
  await expect(page.getByRole('status').filter({ hasText: SUMMARY })).toBeVisible();
  const show = page.getByRole('button', { name: 'Show YAML diff: api' });
  await tabTo(page, show);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide diff: api' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('textbox', { name: `api · ${b.version_name}` })).toBeVisible();
  const swap = page.getByRole('button', { name: 'Swap base and compared version' });
  await tabTo(page, swap, { back: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`base=${b.version_name}.*head=${a.version_name}`));
  await tabTo(page, page.getByRole('switch', { name: 'Show unchanged services (1)' }));
  await page.keyboard.press('Space');
  await expect(serviceRow(page, 'same')).toContainText('Unchanged');
});
