import { expect, test } from '@playwright/test';
import { bigVersionName, counts, projectKeyFor, resetCounts, seedProject } from './big-project';
import { signedIn } from './support';

/**
 * The create wizard on a Zadig that answers like a real one: it reads a bounded part of a big project's
 * history (or the version index, when one is known) and says when it looked at only part of it.
 */
test.describe('the wizard on a project of many versions', () => {
  test.beforeEach(async ({ page }) => signedIn(page));

  test('opening it on 10,000 versions reads 2 list pages and at most 20 details, and says the name check is partial', async ({
    page,
    request,
  }) => {
    const projectKey = projectKeyFor('wizard bounded');
    await seedProject(request, { projectKey, count: 10_000 });

    await page.goto(`/projects/${projectKey}/releases/new`);
    const name = page.getByRole('region', { name: 'Basics' }).getByRole('textbox', { name: 'Version name' });
    await expect(name).toBeVisible();
    await expect(
      page.getByRole('note').filter({ hasText: 'Checked the latest 200 of 10,000 versions for this name' }),
    ).toBeVisible();

    // A name among the versions read is refused at once; one deeper is not known to be taken.
    await name.fill(bigVersionName(10_000, 150));
    await expect(page.getByText('The project already has a version with this name').first()).toBeVisible();
    await name.fill('brand-new-name');
    await expect(name).toHaveAttribute('aria-invalid', 'false');

    const seen = await counts(request, projectKey);
    console.log(`wizard requests (${test.info().title.slice(0, 40)}…): ${JSON.stringify(seen)}`);
    expect(seen.byRoute.list).toBeLessThanOrEqual(2);
    expect(seen.listPageSizes).toEqual({ '100': seen.byRoute.list });
    expect(seen.byRoute.detail ?? 0).toBeLessThanOrEqual(20);
    expect(seen.byRoute['by-id'] ?? 0).toBeLessThanOrEqual(1);
    // Besides these, only the project list, registries and environments (one request each).
    expect(
      seen.total - (seen.byRoute.list ?? 0) - (seen.byRoute.detail ?? 0) - (seen.byRoute['by-id'] ?? 0),
    ).toBeLessThanOrEqual(4);
  });

  test('with the version index built, it reads page 1 only and checks names against the whole history', async ({
    page,
    request,
  }, testInfo) => {
    testInfo.setTimeout(90_000);
    const projectKey = projectKeyFor('wizard with index');
    const count = 1_000;
    await seedProject(request, { projectKey, count, failed: [900] });
    // A filter builds the project's index (kept in the browser).
    await page.goto(`/projects/${projectKey}/releases?status=failed`);
    await expect(page.getByRole('link', { name: bigVersionName(count, 900), exact: true })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });

    await resetCounts(request, projectKey);
    await page.getByRole('link', { name: 'New version' }).first().click();
    const name = page.getByRole('region', { name: 'Basics' }).getByRole('textbox', { name: 'Version name' });
    await expect(name).toBeVisible();
    // The oldest version of the project, ten pages deep: known from the index.
    await name.fill(bigVersionName(count, count - 1));
    await expect(page.getByText('The project already has a version with this name').first()).toBeVisible();
    await expect(page.getByRole('note')).toHaveCount(0);
    const seen = await counts(request, projectKey);
    console.log(`wizard requests (${test.info().title.slice(0, 40)}…): ${JSON.stringify(seen)}`);
    expect(seen.byRoute.list ?? 0).toBeLessThanOrEqual(1);
    expect(seen.byRoute.detail ?? 0).toBeLessThanOrEqual(20);
  });
});
