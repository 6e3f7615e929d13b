import { expect, test } from '@playwright/test';
import {
  bigVersionName,
  counts,
  listReads,
  projectKeyFor,
  resetCounts,
  seedProject,
  SERVER,
} from './big-project';
import { signedIn } from './support';

/**
 * The create wizard on a Zadig that answers like a real one, with 10,000 versions in the project: the
 * typed name is checked against the whole project through the console server's index of it (Zadig is
 * not read again for it), and while the server is still reading the project the wizard says the check
 * covered only part of it.
 */
const COUNT = 10_000;
const TAKEN = 'The project already has a version with this name';

test.describe('the wizard on a project of many versions', () => {
  test.beforeEach(async ({ page }) => signedIn(page));

  test('once the server has read the project, a name 9,000 versions deep is refused, a new one accepted, with few Zadig requests', async ({
    page,
    request,
  }, testInfo) => {
    testInfo.setTimeout(120_000);
    const projectKey = projectKeyFor('wizard whole history');
    await seedProject(request, { projectKey, count: COUNT });
    // The list page has the server read the whole project (its progress bar goes when it has).
    await page.goto(`/projects/${projectKey}/releases`);
    await expect(page.getByRole('link', { name: bigVersionName(COUNT, 0), exact: true })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });

    await resetCounts(request, projectKey);
    const countedFrom = Date.now();
    // The name checks the page asks of the console server (its list, filtered by the name).
    const checks: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === `/api/projects/${projectKey}/versions` && url.searchParams.has('q'))
        checks.push(url.searchParams.get('q') ?? '');
    });
    await page.getByRole('link', { name: 'New version' }).first().click();
    const name = page.getByRole('region', { name: 'Basics' }).getByRole('textbox', { name: 'Version name' });
    await expect(name).toBeVisible();
    await expect(page.getByRole('note')).toHaveCount(0);

    // Far beyond the newest versions the wizard opened with: known from the server's index.
    const deep = bigVersionName(COUNT, 9_000);
    await name.fill(deep);
    await expect(page.getByText(TAKEN).first()).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveValue(deep);
    await expect(page.getByRole('note')).toHaveCount(0);

    // A new name is valid while it is being checked: wait for the check's answer, then for the field.
    const checked = page.waitForResponse((r) => new URL(r.url()).searchParams.get('q') === 'brand-new-name');
    await name.fill('brand-new-name');
    expect((await checked).ok()).toBe(true);
    await expect(name).toHaveAttribute('aria-invalid', 'false');
    await expect(page.getByText(TAKEN)).toHaveCount(0);

    const seen = await counts(request, projectKey);
    const elapsedMs = Date.now() - countedFrom;
    console.log(`wizard requests (${test.info().title.slice(0, 40)}…): ${JSON.stringify(seen)}`);
    console.log(`name checks asked of the console server: ${JSON.stringify(checks)}`);
    // Each name typed is one read of the console server's list (its matches are one page); nothing
    // else is checked, whatever react-query reads again.
    expect([...new Set(checks)]).toEqual([deep, 'brand-new-name']);
    expect(checks.length).toBeLessThanOrEqual(4);
    // The project is not read again for the name check: Zadig's list is read only by the server's
    // look at page 1 once per interval (however long this took on a busy machine) and by the
    // authorisation reads of the callers (once per token and project, again after their time to live).
    const reads = listReads(seen);
    expect(reads.index).toBeLessThanOrEqual(Math.ceil(elapsedMs / SERVER.refreshMs) + 1);
    expect(reads.auth).toBeLessThanOrEqual(Math.ceil(elapsedMs / SERVER.authTtlMs) + 1);
    expect(reads.other).toBe(0);
    // The details of the latest versions (the images they pushed), read once.
    expect(seen.byRoute.detail ?? 0).toBeLessThanOrEqual(20);
    // Besides these, only the project list and the registries.
    expect(seen.total - (seen.byRoute.list ?? 0) - (seen.byRoute.detail ?? 0)).toBeLessThanOrEqual(4);
    expect(seen.unrouted).toBe(0);
  });

  test('on a first visit, while the server is still reading the project, it says the name check is partial', async ({
    page,
    request,
  }, testInfo) => {
    testInfo.setTimeout(120_000);
    const projectKey = projectKeyFor('wizard partial');
    await seedProject(request, { projectKey, count: COUNT });
    // The server's first answer comes after Zadig's first page, and the wizard opens with it: the note
    // is there from the start and says how much of the project the server had read then.
    await page.goto(`/projects/${projectKey}/releases/new`);
    const name = page.getByRole('region', { name: 'Basics' }).getByRole('textbox', { name: 'Version name' });
    await expect(name).toBeVisible({ timeout: 60_000 });
    const note = page.getByRole('note').filter({ hasText: /versions for this name/ });
    await expect(note).toHaveText(
      /^Checked the latest [\d,]+ of 10,000 versions for this name; if an older version has it, Zadig refuses it on Create\.$/,
    );
    const checked = Number(
      (/latest ([\d,]+) of/.exec((await note.textContent()) ?? '')?.[1] ?? '').replace(/,/g, ''),
    );
    console.log(`wizard first visit: the name check covered ${checked} of ${COUNT} versions`);
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThan(COUNT);
  });
});
