/**
 * A version made from an environment: Zadig renders its YAML from the environment and takes the source
 * images from it (koderover/zadig pkg/microservice/aslan/core/delivery/service/openapi.go,
 * OpenAPICreateK8SDeliveryVersion), so the wizard shows both read-only, says where they come from, and
 * the created version holds the environment's YAML with the target image written in.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseEnvironment, startInEnglish, uniqueName } from './release-helpers';

test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ page }) => startInEnglish(page));

async function next(page: Page, to: string) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${to}`));
}

test('Review says the YAML is rendered from the environment, and the version holds it', async ({ page }) => {
  const name = uniqueName('e2e-env-yaml');
  await page.goto('/projects/yaml-demo/releases/new');
  await page.getByLabel(/Version name$/).fill(name);
  await chooseEnvironment(page, 'dev');
  await next(page, 'services');

  for (const other of ['order-service', 'user-service'])
    await page.getByRole('checkbox', { name: other }).uncheck();
  const origin = 'Rendered from environment dev when the version is created';
  await expect(page.getByText(origin)).toBeVisible();
  await page.getByRole('button', { name: 'YAML of storefront' }).click();
  await expect(page.getByText(/Zadig decides this itself .* shown read-only/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'YAML of storefront', exact: true })).toHaveCount(0);
  await next(page, 'images');

  await expect(page.getByText(/^Source images come from environment dev/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Source image of storefront / storefront' })).toHaveCount(0);
  const source = await page.getByLabel('Source image of storefront / storefront').textContent();
  expect(source).toMatch(/storefront:/);
  await expect(page.getByRole('textbox', { name: 'Target tag of storefront / storefront' })).toHaveValue(
    name,
  );
  await next(page, 'review');

  const row = page.getByRole('row').filter({ hasText: 'YAML from' });
  await expect(row).toContainText(origin);

  await page.getByRole('button', { name: 'Create version' }).click();
  await expect(page).toHaveURL(/\/releases\/[0-9a-f]{24}\?name=/, { timeout: 30_000 });
  const detail = await page.request.get(
    `/openapi/delivery/releases/detail?projectKey=yaml-demo&versionName=${name}`,
  );
  const stored = (await detail.json()) as {
    services: Array<{ yaml_content: string; images: Array<{ source_image: string; target_image: string }> }>;
  };
  const envYaml = await (
    await page.request.get(
      '/openapi/environments/service/yaml?projectKey=yaml-demo&envName=dev&serviceName=storefront',
    )
  ).text();
  const image = stored.services[0]!.images[0]!;
  expect(image.source_image).toBe(source);
  expect(stored.services[0]!.yaml_content).toBe(envYaml.replaceAll(image.source_image, image.target_image));
});
