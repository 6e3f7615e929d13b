/**
 * Two tabs writing versions of one project: each keeps its own draft. A reload of one brings back what
 * that tab was writing (not what the other typed last), and a create in one leaves the other's draft
 * to be offered back. Back from the created version into the wizard says it was created.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseEnvironment, PROJECT, startInEnglish, uniqueName } from '../release-helpers';

const NEW = `/projects/${PROJECT}/releases/new`;

async function basicsFromQa(page: Page, name: string) {
  await page.getByLabel(/Version name$/).fill(name);
  await chooseEnvironment(page, 'qa');
}

async function next(page: Page, step: string) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${step}`));
}

test('a reload or a create in one tab never takes the other tab’s draft', async ({ context }) => {
  const hotfix = uniqueName('e2e-tab-hotfix');
  const feature = uniqueName('e2e-tab-feature');
  const one = await context.newPage();
  const two = await context.newPage();
  await startInEnglish(one);
  await startInEnglish(two);

  await one.goto(NEW);
  await basicsFromQa(one, hotfix);
  await next(one, 'services');

  // The second tab is offered the first one's draft, says it is kept, and starts its own by typing.
  await two.goto(NEW);
  const offer = two.getByRole('region', { name: 'You have an unfinished draft' });
  await expect(offer).toContainText(hotfix);
  await expect(offer).toContainText('This draft comes from another tab or window');
  await two.getByLabel(/Version name$/).fill(feature);
  await expect(offer).toHaveCount(0);
  await expect(two.getByRole('region', { name: 'New draft started' })).toHaveCount(0);
  await two.getByLabel('Description').fill('feature notes');

  // A reload of the first tab reopens its own work.
  await one.reload();
  await expect(one).toHaveURL(/step=services/);
  await next(one, 'images');
  await next(one, 'review');
  await expect(one.getByText(hotfix).first()).toBeVisible();
  await one.getByRole('button', { name: 'Create version' }).click();
  await expect(one.getByRole('heading', { name: hotfix, exact: false }).first()).toBeVisible();
  // Back into the wizard: it says the version was created, not that a step cannot open.
  await one.goBack();
  await expect(one.getByRole('status').filter({ hasText: `Version ${hotfix} was created` })).toBeVisible();
  await expect(one.getByText(/cannot open yet/)).toHaveCount(0);
  await one.getByRole('link', { name: `Open version ${hotfix}` }).click();
  await expect(one.getByRole('heading', { name: hotfix, exact: false }).first()).toBeVisible();

  // The create removed the first tab's draft only: the second tab's is offered, as it was typed.
  await two.close();
  const three = await context.newPage();
  await startInEnglish(three);
  await three.goto(NEW);
  await expect(three.getByRole('region', { name: 'You have an unfinished draft' })).toContainText(feature);
  await three.getByRole('button', { name: 'Resume' }).click();
  await expect(three.getByLabel(/Version name$/)).toHaveValue(feature);
  await expect(three.getByLabel('Description')).toHaveValue('feature notes');
});
