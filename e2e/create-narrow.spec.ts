/**
 * The wizard in a phone-wide window (375 px), as the shell spec checks the header at 400 px: the Images
 * step of a K8s and of a Helm project keeps every image field, its error, the Push switch and the row's
 * buttons on screen, and the page does not scroll sideways.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseEnvironment, startInEnglish, uniqueName } from './release-helpers';

test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ page }) => startInEnglish(page));

const WIDTH = 375;

async function next(page: Page, to: string) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${to}`));
}

for (const { project, service } of [
  { project: 'yaml-demo', service: 'storefront' },
  { project: 'helm-demo', service: 'payment-gateway' },
]) {
  test(`the Images step of ${project} fits a ${WIDTH} px window`, async ({ page }) => {
    await page.setViewportSize({ width: WIDTH, height: 800 });
    await page.goto(`/projects/${project}/releases/new`);
    await page.getByLabel(/Version name$/).fill(uniqueName('e2e-narrow'));
    await chooseEnvironment(page, 'dev');
    await next(page, 'services');
    // What the user waits for before going on: the services, and for Helm their chart versions with the
    // project's history beside them (which, arriving, moves Next further down a narrow window).
    await expect(page.getByRole('checkbox', { name: service })).toBeChecked();
    if (project === 'helm-demo')
      await expect(page.getByText(/^Latest \S+ in the project is/).first()).toBeVisible();
    await next(page, 'images');

    const tag = page.getByRole('textbox', { name: `Target tag of ${service} / `, exact: false }).first();
    await expect(tag).toBeVisible();
    // An empty tag shows its error under the field: it must fit too.
    await tag.fill('');
    const error = page.getByText('Enter a tag.').first();
    await expect(error).toBeVisible();
    const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await scrollWidth()).toBeLessThanOrEqual(WIDTH);
    const row = page.getByRole('group', { name: new RegExp(`^Container of ${service} /`) }).first();
    for (const control of [
      tag,
      error,
      row.getByRole('switch', { name: /^Push image of / }),
      row.getByRole('button', { name: /^More fields of / }),
      row.getByRole('button', { name: /^Remove image / }),
    ]) {
      await control.scrollIntoViewIfNeeded();
      await expect(control).toBeInViewport({ ratio: 1 });
      // Reached by scrolling down only, never sideways.
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
    }
    expect(await scrollWidth()).toBeLessThanOrEqual(WIDTH);
  });
}
