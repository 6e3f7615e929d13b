/**
 * Journey in one tab: a draft is offered back, the user types a new version name into the fresh form
 * (neither Resume nor Discard) and reloads. What was typed last must come back; the earlier draft was
 * replaced, as the offer said it would be.
 */
import { expect, test } from '@playwright/test';
import { PROJECT, startInEnglish, uniqueName } from '../release-helpers';

test.beforeEach(async ({ page }) => startInEnglish(page));

const NEW = `/projects/${PROJECT}/releases/new`;

test('type beside an old draft → reload: the last thing typed is offered back', async ({ page }) => {
  const older = uniqueName('e2e-draft-old');
  const newer = uniqueName('e2e-draft-new');
  const offer = page.getByRole('region', { name: 'You have an unfinished draft' });

  await page.goto(NEW);
  await page.getByLabel(/Version name$/).fill(older);
  await page.reload();
  await expect(offer).toContainText(older);
  await expect(offer).toContainText('Typing in the form below starts a new draft that replaces this one.');

  // Neither Resume nor Discard: type into the fresh form.
  await page.getByLabel(/Version name$/).fill(newer);
  const note = page.getByRole('region', { name: 'New draft started' });
  await expect(note).toContainText(older);
  await expect(offer).toHaveCount(0);

  await page.reload();
  await expect(offer).toContainText(newer);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByLabel(/Version name$/)).toHaveValue(newer);
});

test('the replaced draft can be brought back on the same page', async ({ page }) => {
  const older = uniqueName('e2e-draft-old');
  const offer = page.getByRole('region', { name: 'You have an unfinished draft' });
  await page.goto(NEW);
  await page.getByLabel(/Version name$/).fill(older);
  await page.reload();
  await expect(offer).toContainText(older);

  await page.getByLabel('Description').fill('a new idea');
  await page.getByRole('button', { name: 'Bring back the earlier draft' }).click();
  await expect(page.getByLabel(/Version name$/)).toHaveValue(older);
  await expect(page.getByRole('region', { name: 'New draft started' })).toHaveCount(0);
  // The brought-back draft is the stored one: a reload (the URL now names its step) reopens it as it was.
  await expect(page).toHaveURL(/step=basics/);
  await page.reload();
  await expect(page.getByLabel(/Version name$/)).toHaveValue(older);
  await expect(page.getByLabel('Description')).not.toHaveValue('a new idea');
  await expect(offer).toHaveCount(0);
});
