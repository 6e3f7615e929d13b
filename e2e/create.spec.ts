/**
 * The create wizard on the built app and the real sandbox server: K8s from an environment, Helm by hand,
 * a clone of an existing version (each until the version reaches `success`), a duplicate name shown on
 * the name field, and a reload in the middle that keeps the draft.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

// Each test walks the whole wizard (some twice, or until the version succeeds): 30–40 s on a busy
// two-core machine, so the default minute is too close.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.setItem('zrc.locale', 'en-US');
      localStorage.setItem('zrc.theme', 'light');
      sessionStorage.setItem('e2e-init', '1');
    }
  });
});

/** Picks an option of a searchable antd select by typing it. */
async function pick(page: Page, label: string, text: string) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(text);
  await page.keyboard.press('Enter');
}

/** Chooses an option of a button-style radio group by its visible text. */
async function choose(page: Page, group: string, option: string) {
  await page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click();
  await expect(page.getByRole('radio', { name: option })).toBeChecked();
}

/** Next, then wait until the wizard shows the step after (a second click must not land on the old one). */
const STEP_TITLES = { services: 'Services', images: 'Images & registry', review: 'Review & create' } as const;

async function next(page: Page, to: keyof typeof STEP_TITLES) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${to}`));
  await expect(page.getByRole('region', { name: STEP_TITLES[to], exact: true })).toBeVisible();
}

async function statusOf(request: APIRequestContext, projectKey: string, name: string): Promise<string> {
  const res = await request.get(`/openapi/delivery/releases?projectKey=${projectKey}&pageNum=1&pageSize=100`);
  const body = (await res.json()) as { list: Array<{ version_name: string; status: string }> };
  return body.list.find((v) => v.version_name === name)?.status ?? 'missing';
}

/** Creates (double-clicking, to show it is sent once), opens the new version, and waits for `success`. */
async function expectCreatedAndSucceeds(page: Page, projectKey: string, name: string) {
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/openapi\/delivery\/releases\/(k8s|helm)$/.test(r.url()))
      posts.push(r.url());
  });
  await page.getByRole('button', { name: 'Create version' }).dblclick();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectKey}/releases/[0-9a-f]{24}\\?name=${name}$`));
  expect(posts).toHaveLength(1);
  await expect(page.getByRole('heading', { name, exact: false }).first()).toBeVisible();
  await expect.poll(() => statusOf(page.request, projectKey, name), { timeout: 30_000 }).toBe('success');
  // The draft is gone after success.
  expect(
    await page.evaluate((key) => localStorage.getItem(`zrc.create-draft.${key}`), projectKey),
  ).toBeNull();
}

test('creates a K8s version from an environment and it reaches success', async ({ page }) => {
  const name = `e2e-k8s-env-${run}`;
  await page.goto('/projects/yaml-demo/releases/new');
  await expect(page.getByRole('radio', { name: 'K8s YAML' })).toBeChecked();
  await page.getByLabel(/Version name$/).fill(name);
  await pick(page, 'Environment', 'qa');
  await page.getByLabel('Labels').fill('e2e');
  await page.keyboard.press('Enter');
  await next(page, 'services');

  await expect(page.getByRole('checkbox', { name: 'storefront' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'order-service' })).toBeChecked();
  // Leave one service out.
  await page.getByRole('checkbox', { name: 'user-service' }).uncheck();
  await next(page, 'images');

  await expect(page).toHaveURL(/step=images/);
  await expect(page.getByRole('combobox', { name: 'Target image registry' })).toBeVisible();
  await page.getByLabel('One tag for every image').fill(`v-${run}`);
  await page.getByRole('button', { name: 'Apply to all images' }).click();
  await expect(page.getByLabel('Target tag of storefront / storefront')).toHaveValue(`v-${run}`);
  await next(page, 'review');

  await expect(page).toHaveURL(/step=review/);
  await page.getByRole('button', { name: /Request JSON/ }).click();
  const json = JSON.parse((await page.getByLabel('Request JSON', { exact: true }).textContent()) ?? '{}');
  expect(json).toMatchObject({
    project_key: 'yaml-demo',
    version_name: name,
    source: 'from_env',
    env_name: 'qa',
  });
  expect(json.services.map((s: { service_name: string }) => s.service_name)).toEqual([
    'storefront',
    'order-service',
  ]);
  expect(json.services[0].images[0].target_image).toBe(`harbor.demo.koderover.com/mall/storefront:v-${run}`);

  await page
    .getByRole('button', { name: /storefront/ })
    .first()
    .click();
  await expect(page.getByLabel('storefront: As stored (target images written in)')).toContainText(
    `harbor.demo.koderover.com/mall/storefront:v-${run}`,
  );
  await expectCreatedAndSucceeds(page, 'yaml-demo', name);
});

test('creates a Helm version by hand and it reaches success', async ({ page }) => {
  const name = `e2e-helm-manual-${run}`;
  await page.goto('/projects/helm-demo/releases/new');
  await expect(page.getByRole('radio', { name: 'Helm chart' })).toBeChecked();
  await page.getByLabel(/Version name$/).fill(name);
  await choose(page, 'Source', 'Manual');
  await next(page, 'services');

  await pick(page, 'Add from template', 'ledger');
  const chart = page.getByLabel('Chart version');
  // Suggested: the next patch of the chart's latest version in the project.
  await expect(chart).toHaveValue(/^\d+\.\d+\.\d+$/);
  const suggested = await chart.inputValue();
  await expect(
    page.getByText(
      new RegExp(`Latest [\\w-]+ in the project is .*; suggested ${suggested.replace(/\./g, '\\.')}\\.`),
    ),
  ).toBeVisible();
  await next(page, 'images');

  await page.getByLabel('Chart repository').fill(`charts-${run}`);
  // Templates carry no values paths: the ones the environments run ledger with are filled in, and
  // they are optional (Zadig 4.2+ take the template's), so nothing blocks the step.
  await page.getByRole('button', { name: 'More fields of ledger / ledger' }).click();
  await expect(page.getByLabel('Tag path of ledger / ledger')).toHaveValue('image.tag');
  await expect(page.getByLabel('Repository path of ledger / ledger')).toHaveValue('image.repo');
  await page.getByLabel('Tag path of ledger / ledger').fill('');
  await expect(page.getByLabel('Tag path of ledger / ledger')).toHaveAttribute(
    'placeholder',
    'e.g. image.tag',
  );
  await expect(page.getByText(/Cannot continue yet/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Use image.repository / image.tag' }).click();
  await expect(page.getByLabel('Tag path of ledger / ledger')).toHaveValue('image.tag');
  await next(page, 'review');

  await expect(page.getByText('Manual', { exact: true })).toBeVisible();
  await expectCreatedAndSucceeds(page, 'helm-demo', name);
});

test('clones an existing version with only a new name', async ({ page }) => {
  const name = `e2e-clone-${run}`;
  // Other specs add versions to this project, so v1.9.0 is found by name rather than on page 1.
  await page.goto('/projects/yaml-demo/releases?q=v1.9.0');
  await page.getByRole('link', { name: 'v1.9.0', exact: true }).click();
  await page.getByRole('link', { name: 'Create from this version' }).click();
  await expect(page).toHaveURL(/releases\/new\?from=[0-9a-f]{24}&name=v1\.9\.0/);
  await expect(page.getByRole('radio', { name: 'From a version' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Base version' })).toBeVisible();
  await page.getByLabel(/Version name$/).fill(name);
  await next(page, 'services');
  await expect(page.getByRole('checkbox', { name: 'storefront' })).toBeChecked();
  await next(page, 'images');
  await next(page, 'review');
  await page.getByRole('button', { name: /Request JSON/ }).click();
  const json = JSON.parse((await page.getByLabel('Request JSON', { exact: true }).textContent()) ?? '{}');
  expect(json).toMatchObject({
    source: 'from_version',
    original_version_name: 'v1.9.0',
    original_version: 'v1.9.0',
    version_name: name,
  });
  await expectCreatedAndSucceeds(page, 'yaml-demo', name);
});

test('shows a name that is already taken on the name field', async ({ page }) => {
  await page.goto('/projects/yaml-demo/releases/new');
  const nameField = page.getByLabel(/Version name$/);
  await nameField.fill('v1.9.0');
  await expect(
    page.getByText('The project already has a version with this name; choose another name.').first(),
  ).toBeVisible();
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await nameField.fill(`e2e-free-${run}`);
  await expect(nameField).toHaveAttribute('aria-invalid', 'false');
});

test('shows the server’s duplicate-name answer on the name field', async ({ page }) => {
  const name = `e2e-race-${run}`;
  await page.goto('/projects/yaml-demo/releases/new');
  await page.getByLabel(/Version name$/).fill(name);
  await pick(page, 'Environment', 'dev');
  await next(page, 'services');
  await next(page, 'images');
  await next(page, 'review');
  // Someone else takes the name after the wizard read the list.
  const other = await page.request.get(
    '/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=1',
  );
  expect(other.ok()).toBe(true);
  await page.getByRole('button', { name: /Request JSON/ }).click();
  const body = JSON.parse((await page.getByLabel('Request JSON', { exact: true }).textContent()) ?? '{}');
  const taken = await page.request.post('/openapi/delivery/releases/k8s', { data: body });
  expect(taken.ok()).toBe(true);

  await page.getByRole('button', { name: 'Create version' }).click();
  await expect(page).toHaveURL(/step=basics/);
  await expect(page.getByLabel(/Version name$/)).toHaveValue(name);
  await expect(page.getByLabel(/Version name$/)).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('The project already has a version with this name; choose another name.').first(),
  ).toBeVisible();
});

test('keeps the draft across a reload in the middle', async ({ page }) => {
  const name = `e2e-draft-${run}`;
  await page.goto('/projects/yaml-demo/releases/new');
  await page.getByLabel(/Version name$/).fill(name);
  await pick(page, 'Environment', 'qa');
  await page.getByLabel('Description').fill('typed before the reload');
  await next(page, 'services');
  await expect(page.getByRole('checkbox', { name: 'storefront' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'order-service' }).uncheck();

  // A reload in the middle reopens the step the URL names with the draft as it was.
  await page.reload();
  await expect(page).toHaveURL(/step=services/);
  await expect(page.getByRole('region', { name: 'Services', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'You have an unfinished draft' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'order-service' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'storefront' })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel(/Version name$/)).toHaveValue(name);
  await expect(page.getByLabel('Description')).toHaveValue('typed before the reload');

  // Opened afresh (no step in the URL), the draft is offered back; Resume goes to its step.
  await page.goto('/projects/yaml-demo/releases/new');
  await expect(page.getByRole('region', { name: 'You have an unfinished draft' })).toContainText(name);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page).toHaveURL(/step=basics/);
  await expect(page.getByLabel(/Version name$/)).toHaveValue(name);

  // Discard removes it: no offer when the wizard is opened again.
  await page.goto('/projects/yaml-demo/releases/new');
  await page.getByRole('button', { name: 'Discard' }).click();
  await page.reload();
  await expect(page.getByLabel(/Version name$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'You have an unfinished draft' })).toHaveCount(0);
});

test('shows a server failure without losing anything typed, and Create works again', async ({ page }) => {
  const name = `e2e-fail-${run}`;
  await page.goto('/projects/yaml-demo/releases/new');
  await page.getByLabel(/Version name$/).fill(name);
  await pick(page, 'Environment', 'qa');
  await page.getByLabel('Description').fill('kept after a failure');
  await next(page, 'services');
  await next(page, 'images');
  await page.getByLabel('One tag for every image').fill(`fail-${run}`);
  await page.getByRole('button', { name: 'Apply to all images' }).click();
  await next(page, 'review');

  await page.route('**/openapi/delivery/releases/k8s', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ code: 500, message: 'Internal Error: ', description: 'database is locked' }),
    }),
  );
  await page.getByRole('button', { name: 'Create version' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not create the version' });
  await expect(alert).toContainText('database is locked');
  await expect(page).toHaveURL(/step=review/);

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Target tag of storefront / storefront')).toHaveValue(`fail-${run}`);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel(/Version name$/)).toHaveValue(name);
  await expect(page.getByLabel('Description')).toHaveValue('kept after a failure');

  await page.unroute('**/openapi/delivery/releases/k8s');
  await next(page, 'services');
  await next(page, 'images');
  await next(page, 'review');
  await expectCreatedAndSucceeds(page, 'yaml-demo', name);
});

test('?type= overrides the project type and switching type keeps the common fields', async ({ page }) => {
  await page.goto('/projects/yaml-demo/releases/new?type=helm');
  await expect(page.getByRole('radio', { name: 'Helm chart' })).toBeChecked();
  await expect(page.getByText(/This project deploys with k8s/)).toBeVisible();
  await page.getByLabel(/Version name$/).fill(`e2e-type-${run}`);
  await page.getByLabel('Description').fill('common fields survive');
  await choose(page, 'Version type', 'K8s YAML');
  await expect(page.getByText(/This project deploys with/)).toHaveCount(0);
  await expect(page.getByLabel(/Version name$/)).toHaveValue(`e2e-type-${run}`);
  await expect(page.getByLabel('Description')).toHaveValue('common fields survive');
});
