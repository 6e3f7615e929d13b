/**
 * The wizard never reuses a released image tag by default: target tags follow the new version's name
 * (from a version, from an environment), a target another version already pushed is flagged on its
 * field and on Review with that version's name, and Create then needs an explicit confirmation. Version
 * names that cannot be an image tag are refused with the rule, in both languages.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseEnvironment, uniqueName } from './release-helpers';

async function startIn(page: Page, locale: 'en-US' | 'zh-CN') {
  await page.addInitScript((l) => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.setItem('zrc.locale', l);
      localStorage.setItem('zrc.theme', 'light');
      sessionStorage.setItem('e2e-init', '1');
    }
  }, locale);
}

async function next(page: Page, step: string, label: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${step}`));
}

test('a clone’s target tags follow the new name; reusing a pushed tag is flagged and needs confirmation', async ({
  page,
}) => {
  await startIn(page, 'en-US');
  const name = uniqueName('e2e-safe');
  // Other specs add versions to this project, so v1.9.0 is found by name rather than on page 1.
  await page.goto('/projects/yaml-demo/releases?q=v1.9.0');
  await page.getByRole('link', { name: 'v1.9.0', exact: true }).click();
  await page.getByRole('link', { name: 'Create from this version' }).click();
  await expect(page.getByRole('combobox', { name: 'Base version' })).toBeVisible();
  await page.getByLabel(/Version name$/).fill(name);
  await next(page, 'services', 'Next');
  await next(page, 'images', 'Next');

  const tag = page.getByLabel('Target tag of storefront / storefront');
  await expect(tag).toHaveValue(name);
  await expect(page.getByText(/^Target tags follow the version name until you change them/)).toBeVisible();
  await expect(page.getByText(/already pushed by version/)).toHaveCount(0);

  // By hand, back to the tag v1.9.0 released: flagged on the field, with the version that owns it.
  await tag.fill('v1.9.0');
  await expect(
    page.getByText(
      /storefront:v1\.9\.0 was already pushed by version v1\.9\.0; pushing again overwrites it\./,
    ),
  ).toBeVisible();
  await next(page, 'review', 'Next');

  await expect(page.getByText('1 target image was already pushed by other versions')).toBeVisible();
  const create = page.getByRole('button', { name: 'Create version' });
  await expect(create).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Overwrite these image tags anyway' }).check();
  await expect(create).toBeEnabled();

  // The other images kept following the name.
  await page.getByRole('button', { name: /Request JSON/ }).click();
  const json = JSON.parse((await page.getByLabel('Request JSON', { exact: true }).textContent()) ?? '{}') as {
    services: Array<{ service_name: string; images: Array<{ target_image_tag: string }> }>;
  };
  for (const s of json.services) {
    for (const img of s.images)
      expect(img.target_image_tag).toBe(s.service_name === 'storefront' ? 'v1.9.0' : name);
  }
});

test('from an environment, target tags are the version name, not the build tags', async ({ page }) => {
  await startIn(page, 'en-US');
  const name = uniqueName('e2e-env');
  await page.goto('/projects/yaml-demo/releases/new');
  await page.getByLabel(/Version name$/).fill(name);
  await chooseEnvironment(page, 'qa');
  await next(page, 'services', 'Next');
  await next(page, 'images', 'Next');
  await expect(page.getByLabel('Target tag of storefront / storefront')).toHaveValue(name);
  // Renaming the version moves the tags with it.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByLabel(/Version name$/).fill(`${name}-b`);
  await next(page, 'services', 'Next');
  await next(page, 'images', 'Next');
  await expect(page.getByLabel('Target tag of storefront / storefront')).toHaveValue(`${name}-b`);

  // A tag changed by hand stops following; typed back to the name, it follows the next rename again.
  const tag = page.getByLabel('Target tag of storefront / storefront');
  await tag.fill('hand-made');
  await tag.fill(`${name}-b`);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByLabel(/Version name$/).fill(`${name}-c`);
  await next(page, 'services', 'Next');
  await next(page, 'images', 'Next');
  await expect(tag).toHaveValue(`${name}-c`);
});

for (const [locale, rule, required] of [
  ['en-US', /A version name may hold only letters, digits/, 'Enter a version name.'],
  ['zh-CN', /版本名称只能包含字母、数字/, '请输入版本名称。'],
] as const) {
  test(`a version name that cannot be a tag is refused with the rule (${locale})`, async ({ page }) => {
    await startIn(page, locale);
    await page.goto('/projects/yaml-demo/releases/new');
    const field = page.getByRole('textbox', { name: locale === 'en-US' ? 'Version name' : '版本名称' });
    // Nothing is counted as a problem before the user has done anything.
    await expect(page.getByText(/\d+ (problems?|个问题)/)).toHaveCount(0);
    for (const bad of ['bad name!', '../../etc', '-lead']) {
      await field.fill(bad);
      await expect(page.getByText(rule).first()).toBeVisible();
    }
    await field.fill('');
    await expect(page.getByText(required).first()).toBeVisible();
  });
}
