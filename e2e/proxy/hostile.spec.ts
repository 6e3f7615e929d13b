/**
 * Hostile version content from a real Zadig, which accepts any version name (the sandbox refuses
 * names that cannot be image tags): names, labels, descriptions, service names and images carrying
 * HTML and script, path tricks, very long unbroken text and right-to-left text. The list, the detail
 * and the comparison show them as inert text: nothing runs (no dialog, no page error, no injected
 * element, nothing written to `window`), and the page keeps its layout (no sideways scrolling, the
 * heading and actions within the window). The page's CSP is bypassed so that it is the rendering,
 * not the policy, that keeps the payloads inert.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { FAKE_TOKEN, FAKE_ZADIG_URL, signedIn } from './support';

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const PROJECT = `hostile-${run}`;
const LONG = `v${'1234567890'.repeat(24)}-unbroken`;
const RTL = '\u202Eexe.gnp\u202C إصدار-١ مرحبا';

const VERSIONS = [
  {
    name: `<img src=x onerror="window.__pwned='name'">`,
    labels: [`<script>window.__pwned='label'</script>`, RTL],
    desc: `<svg onload="window.__pwned='desc'"></svg><a href="javascript:window.__pwned='link'">click me</a>`,
    service: `<b onmouseover="window.__pwned='svc'">svc</b>`,
  },
  {
    name: '../../etc/passwd',
    labels: ['../..', `javascript:window.__pwned='href'`],
    desc: `{{constructor.constructor('window.__pwned=1')()}} \${window.__pwned='tpl'}`,
    service: '../../etc',
  },
  {
    name: LONG,
    labels: [`label-${'x'.repeat(120)}`],
    desc: 'y'.repeat(600),
    service: `svc-${'z'.repeat(150)}`,
  },
  { name: RTL, labels: ['עברית', 'عربي'], desc: `${RTL} — نص عربي طويل `.repeat(8), service: 'rtl-svc' },
];

async function createHostile(request: APIRequestContext, baseURL: string, v: (typeof VERSIONS)[number]) {
  const image = `registry.example.com/${v.service.replace(/[^a-z0-9-]/gi, '') || 'x'}/cart`;
  const response = await request.post(`${baseURL}/openapi/delivery/releases/k8s`, {
    headers: { authorization: `Bearer ${FAKE_TOKEN}` },
    data: {
      project_key: PROJECT,
      version_name: v.name,
      source: 'manual',
      desc: v.desc,
      labels: v.labels,
      image_registry_id: '683047fe458904519c5f5c80',
      services: [
        {
          service_name: v.service,
          yaml_content: `# <script>window.__pwned='yaml'</script>\nmetadata:\n  name: "<img src=x onerror=window.__pwned='yaml2'>"\n`,
          images: [
            {
              container_name: v.service,
              image_name: `<i>${v.service}</i>`,
              source_image: `${image}:20251101-9-main`,
              source_image_tag: '20251101-9-main',
              target_image: `${image}:${v.name}`,
              target_image_tag: v.name,
              push_image: false,
            },
          ],
        },
      ],
    },
  });
  if (!response.ok()) throw new Error(`create ${v.name}: ${response.status()} ${await response.text()}`);
}

test.use({ bypassCSP: true });

test.beforeAll(async ({ request, baseURL }) => {
  const made = await request.post(`${FAKE_ZADIG_URL}/__fake/projects`, {
    data: { projectKey: PROJECT, count: 0 },
  });
  expect(made.ok()).toBe(true);
  for (const v of VERSIONS) await createHostile(request, baseURL!, v);
});

/** Records dialogs, page errors and console errors (dismissing dialogs). */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], errors: [] as string[], console: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') seen.console.push(message.text());
  });
  return seen;
}

async function expectInert(page: Page, seen: ReturnType<typeof watch>) {
  // Hover everything a payload could hang a handler on.
  for (const el of await page.locator('main b, main i, main a, main .ant-tag').all()) {
    if (await el.isVisible()) await el.hover({ force: true, timeout: 2000 }).catch(() => undefined);
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(seen.console.filter((m) => /pwned|script|onerror|Refused/i.test(m))).toEqual([]);
  await expect(
    page.locator(
      'main img[src="x"], main svg[onload], main [onmouseover], main [onerror], main [onload], main script, a[href^="javascript:" i], main b:text-is("svc"), main i:text-is("rtl-svc")',
    ),
  ).toHaveCount(0);
}

/** Nothing pushes the page sideways; `what` stays inside the window. */
async function expectLayoutHolds(page: Page, what: ReturnType<Page['locator']>[]) {
  const { scroll, width, wide } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The innermost elements reaching past the window, to say what pushed the page.
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !Array.from(el.children).some((c) => c.getBoundingClientRect().right > width + 1))
      .slice(0, 5)
      .map((el) => `${el.tagName}.${el.className} "${(el.textContent ?? '').slice(0, 40)}"`);
    return { scroll: document.documentElement.scrollWidth, width, wide };
  });
  expect(scroll, `the page scrolls sideways: ${wide.join(' | ')}`).toBeLessThanOrEqual(width);
  for (const locator of what) {
    const box = await locator.boundingBox();
    expect(box, 'visible').not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
  }
}

test('the list shows hostile names, labels and descriptions as text', async ({ page }) => {
  await signedIn(page);
  const seen = watch(page);
  await page.goto(`/projects/${PROJECT}/releases`);
  for (const v of VERSIONS) {
    await expect(page.getByRole('link', { name: v.name, exact: true })).toBeVisible();
    for (const label of v.labels) await expect(page.getByText(label, { exact: true }).first()).toBeAttached();
  }
  await expectInert(page, seen);
  await expectLayoutHolds(page, [
    page.getByRole('heading', { level: 1 }),
    page.getByRole('navigation', { name: 'Pages' }),
  ]);
});

for (const [i, v] of VERSIONS.entries()) {
  test(`the detail of hostile version #${i + 1} shows it as text and keeps its layout`, async ({ page }) => {
    await signedIn(page);
    const seen = watch(page);
    await page.goto(`/projects/${PROJECT}/releases`);
    await page.getByRole('link', { name: v.name, exact: true }).click();
    const heading = page.getByRole('heading', { name: v.name, exact: true });
    await expect(heading).toBeVisible();
    await expect(page.getByText(v.desc.trim(), { exact: false }).first()).toBeAttached();
    await expect(page.getByText(v.service, { exact: true }).first()).toBeVisible();
    // The YAML, with its script, as text.
    await page
      .getByRole('button', { name: /show yaml/i })
      .first()
      .click();
    await expect(page.getByText(`# <script>window.__pwned='yaml'</script>`)).toBeVisible();
    await expectInert(page, seen);
    await expectLayoutHolds(page, [page.getByRole('button', { name: 'Delete', exact: true })]);
    // A long name is cut or wrapped, never pushed out of the window.
    const box = await heading.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1281);
  });
}

test('the comparison of two hostile versions shows both as text', async ({ page }) => {
  await signedIn(page);
  const seen = watch(page);
  const [base, head] = [VERSIONS[0]!, VERSIONS[2]!];
  const params = new URLSearchParams({ base: base.name, head: head.name });
  await page.goto(`/projects/${PROJECT}/compare?${params.toString()}`);
  await expect(page.getByRole('status').filter({ hasText: /added ·/ })).toBeVisible();
  await expect(page.getByRole('link', { name: base.name, exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: head.name, exact: true }).first()).toBeVisible();
  await expectInert(page, seen);
  await expectLayoutHolds(page, [page.getByRole('heading', { level: 1 })]);

  // Path tricks and right-to-left text, the other pair.
  const other = new URLSearchParams({ base: VERSIONS[1]!.name, head: VERSIONS[3]!.name });
  await page.goto(`/projects/${PROJECT}/compare?${other.toString()}`);
  await expect(page.getByRole('status').filter({ hasText: /added ·/ })).toBeVisible();
  await expect(page.getByRole('link', { name: VERSIONS[1]!.name, exact: true }).first()).toBeVisible();
  await expectInert(page, seen);
  await expectLayoutHolds(page, [page.getByRole('heading', { level: 1 })]);
});
