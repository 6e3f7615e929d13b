/**
 * Journey in one tab on a sandbox that wants an API token (`SANDBOX_TOKEN`): a token prompt in the
 * middle of the create wizard costs nothing. Signing out and in again keeps the half-filled form and
 * its step; a token that expires before Create asks for the new one, and the version is created once,
 * announced and opened as after any create.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseEnvironment, uniqueName } from '../release-helpers';
import { ownServer, type OwnServer } from './own-server';

/** Inside this engineer's port range, away from the shared test server and server-restart's. */
const PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4180) + 2;
const FIRST = 'e2e-first-token';
const SECOND = 'e2e-second-token';

// Two walks through the wizard and a server restart: minutes on a busy two-core machine.
test.describe.configure({ timeout: 240_000 });

// One server for the file (its start is the slow part of a test): the first test keeps its token, the
// last one changes it; versions have names of their own.
let server: OwnServer;
test.beforeAll(async () => {
  server = ownServer(PORT);
  await server.start({ SANDBOX_TOKEN: FIRST });
});
test.afterAll(async () => server.dispose());
test.beforeEach(async ({ page }) => {
  await page.addInitScript((token) => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.setItem('zrc.locale', 'en-US');
      localStorage.setItem('zrc.theme', 'light');
      sessionStorage.setItem('zrc.token', token);
      sessionStorage.setItem('e2e-init', '1');
    }
  }, FIRST);
});

const STEP_TITLES = { services: 'Services', images: 'Images & registry', review: 'Review & create' } as const;

async function next(page: Page, to: keyof typeof STEP_TITLES) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${to}`));
  await expect(page.getByRole('region', { name: STEP_TITLES[to], exact: true })).toBeVisible();
}

async function startWizard(page: Page, name: string) {
  await page.goto(`${server.url}/projects/yaml-demo/releases/new`);
  await page.getByLabel(/Version name$/).fill(name);
  await chooseEnvironment(page, 'qa');
  await page.getByLabel('Description').fill('typed before the token prompt');
  await next(page, 'services');
  await expect(page.getByRole('checkbox', { name: 'storefront' })).toBeChecked();
}

async function connect(page: Page, token: string) {
  const dialog = page.getByRole('dialog', { name: 'Connect to Zadig: API token' });
  // The dialog's code loads the first time it is needed (from a server that may have just restarted).
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await dialog.getByLabel('API token').fill(token);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  // The token is checked with the server first.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
}

test('sign out and in again on Services: the form and its step are as they were', async ({ page }) => {
  const name = uniqueName('e2e-wizard-signout');
  await startWizard(page, name);
  await page.getByRole('checkbox', { name: 'order-service' }).uncheck();

  await page.getByRole('button', { name: /Sign out/ }).click();
  await connect(page, FIRST);

  await expect(page).toHaveURL(/step=services/);
  const services = page.getByRole('region', { name: 'Services', exact: true });
  await expect(services).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'order-service' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'storefront' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'You have an unfinished draft' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel(/Version name$/)).toHaveValue(name);
  await expect(page.getByLabel('Description')).toHaveValue('typed before the token prompt');
});

test('the token expires before Create: after Connect the version is created once and opened', async ({
  page,
}) => {
  const name = uniqueName('e2e-wizard-expired');
  await startWizard(page, name);
  await next(page, 'images');
  await next(page, 'review');

  // The token expires: the server now wants another one.
  await server.stop();
  await server.start({ SANDBOX_TOKEN: SECOND });

  const posts: number[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && /\/openapi\/delivery\/releases\/k8s$/.test(r.url()))
      posts.push(r.status());
  });
  await page.getByRole('button', { name: 'Create version' }).click();
  await connect(page, SECOND);

  // Sent again, then looked up and opened: seconds on a busy two-core machine.
  await expect(page.getByText(`Version ${name} created`)).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(new RegExp(`/projects/yaml-demo/releases/[0-9a-f]{24}\\?name=${name}$`), {
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name, exact: false }).first()).toBeVisible();
  // Create reads the project's history again first (useHistoryRecheck in wizard-queries.ts): that read meets the
  // expired token and asks for one; the version is then sent once, with the new token.
  expect(posts).toEqual([200]);
  expect(await page.evaluate(() => localStorage.getItem('zrc.create-draft.yaml-demo'))).toBeNull();
});
