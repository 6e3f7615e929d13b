/**
 * The wizard's step lives in the URL: a reload reopens the step the URL names with the draft as it was,
 * Back/Forward move between steps, and a step that cannot open yet is corrected with a note. A project
 * the server does not have says so, as the list page does.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  chooseEnvironment,
  createVersion,
  demoImage,
  PROJECT,
  startInEnglish,
  uniqueName,
  waitForStatus,
} from './release-helpers';

test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ page }) => startInEnglish(page));

const NEW = `/projects/${PROJECT}/releases/new`;
const STEP_TITLES = { services: 'Services', images: 'Images & registry', review: 'Review & create' } as const;

function stepRegion(page: Page, step: keyof typeof STEP_TITLES) {
  return page.getByRole('region', { name: STEP_TITLES[step], exact: true });
}

async function next(page: Page, to: keyof typeof STEP_TITLES) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${to}`));
  await expect(stepRegion(page, to)).toBeVisible();
}

test('reload on Images reopens Images with the draft; Back and Forward move between steps', async ({
  page,
}) => {
  const name = uniqueName('e2e-step-reload');
  await page.goto(NEW);
  await page.getByLabel(/Version name$/).fill(name);
  await chooseEnvironment(page, 'qa');
  await next(page, 'services');
  await page.getByRole('checkbox', { name: 'order-service' }).uncheck();
  await next(page, 'images');

  await page.reload();
  await expect(page).toHaveURL(/step=images/);
  await expect(stepRegion(page, 'images')).toBeVisible();
  // The draft is the form being edited, not an offer.
  await expect(page.getByRole('region', { name: 'You have an unfinished draft' })).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/step=services/);
  await expect(stepRegion(page, 'services')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'order-service' })).not.toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\/releases\/new$/);
  await expect(page.getByLabel(/Version name$/)).toHaveValue(name);
  await page.goForward();
  await expect(stepRegion(page, 'services')).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/step=images/);
  await expect(stepRegion(page, 'images')).toBeVisible();
});

test('a step the form cannot open yet: the URL says the step shown, and a note says why', async ({
  page,
}) => {
  await page.goto(`${NEW}?step=images`);
  await expect(page.getByLabel(/Version name$/)).toBeVisible();
  await expect(page).toHaveURL(/step=basics/);
  await expect(
    page.getByRole('status').filter({ hasText: 'The step “Images & registry” cannot open yet' }),
  ).toContainText('This is “Basics”, the furthest step that can open');
});

test('a project the server does not have: the wizard says so, as the list does, with a way back', async ({
  page,
}) => {
  await page.goto('/projects/nope/releases/new');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Project nope does not exist');
  await expect(page.getByLabel(/Version name$/)).toHaveCount(0);
  await alert.getByRole('link', { name: /yaml-demo/ }).click();
  await expect(page).toHaveURL(/\/projects\/yaml-demo\/releases$/);
});

test('a version to start from that is gone: the wizard names it and offers a blank version', async ({
  page,
}) => {
  const gone = uniqueName('e2e-gone');
  await page.goto(`${NEW}?from=000000000000000000000000&name=${gone}`);
  await expect(page.getByText(`Version ${gone} to start from was not found`)).toBeVisible();
  await page.getByRole('link', { name: 'Start a blank version' }).click();
  await expect(page).toHaveURL(new RegExp(`${NEW}$`));
  await expect(page.getByRole('textbox', { name: /Version name/ })).toBeVisible();
});

test('a base version deleted while the wizard is open: Create goes back to Basics and marks it (zh-CN)', async ({
  page,
}) => {
  const base = uniqueName('e2e-base-gone');
  const { registryId, image } = await demoImage(page.request);
  await createVersion(page.request, { name: base, registryId, sources: [image] });
  const { id } = await waitForStatus(page.request, base, 'success');
  await page.goto(`${NEW}?from=${id}&name=${base}`);
  // In Chinese: the server's English words must not reach the user.
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('简体中文').click();
  await page.getByLabel(/版本名称$/).fill(uniqueName('e2e-from-gone'));
  for (const step of ['services', 'images', 'review']) {
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`step=${step}`));
  }
  // Another tab deletes the base version.
  const deleted = await page.request.delete(`/openapi/delivery/releases/${id}?projectKey=${PROJECT}`);
  expect(deleted.ok()).toBe(true);

  await page.getByRole('button', { name: '创建版本' }).click();
  await expect(page).toHaveURL(/step=basics/);
  await expect(page.getByRole('combobox', { name: '基础版本' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(`要基于的版本 ${base} 已不存在`, { exact: false })).toBeVisible();
  await expect(page.getByText(/does not exist in project/)).toHaveCount(0);
});
