/**
 * What the URL names must exist and match: a project the server does not have is said so (with other
 * projects to choose), on the list, on a version and on a comparison; a version opened under another
 * project's URL moves to its own project, a status no filter offers is ignored, and a version retried
 * under a Failed filter stays on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { createVersion, demoImage, findVersion, PROJECT, uniqueName, waitForStatus } from './release-helpers';

async function startIn(page: Page, locale: 'en-US' | 'zh-CN') {
  await page.addInitScript((l) => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.setItem('zrc.locale', l);
      localStorage.setItem('zrc.theme', 'light');
      sessionStorage.setItem('e2e-init', '1');
    }
  }, locale);
}

/**
 * Holds the projects read (the one that tells a missing project from a missing version) until the page
 * has had `reads` answers of the version read and two frames to show them, as on a cold open where the
 * projects read is slower. Returns what the page ever showed matching `shown`, recorded from the start.
 */
async function projectsReadLast(page: Page, versionRead: RegExp, shown: RegExp, reads = 1) {
  await page.addInitScript((source) => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    const pattern = new RegExp(source);
    new MutationObserver(() => {
      const match = pattern.exec(document.body?.innerText ?? '');
      if (match) seen.push(match[0]);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, shown.source);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/openapi/projects/project?**', async (route) => {
    await held;
    await route.continue();
  });
  let answered = 0;
  void page
    .waitForResponse((response) => versionRead.test(response.url()) && ++answered === reads)
    .then(() =>
      page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
    )
    .finally(release);
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

for (const [locale, title, choose] of [
  ['en-US', 'Project no-such-project does not exist', 'Choose a project'],
  ['zh-CN', '项目 no-such-project 不存在', '选择项目'],
] as const) {
  test(`a project that does not exist is said so, with projects to choose (${locale})`, async ({ page }) => {
    await startIn(page, locale);
    await page.goto('/projects/no-such-project/releases');
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const picker = page.getByRole('navigation', { name: choose });
    await expect(picker.getByRole('link', { name: /yaml-demo/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /New version|新建版本/ })).toHaveCount(0);
    await picker.getByRole('link', { name: /yaml-demo/ }).click();
    await expect(page).toHaveURL(/\/projects\/yaml-demo\/releases$/);
  });
}

test('a compare link for a project that does not exist says so, not that each version is missing', async ({
  page,
}) => {
  await startIn(page, 'en-US');
  // Each side read twice, as on a version's page.
  const seen = await projectsReadLast(page, /\/versions\/[ab]$/, /version [ab]\b/, 4);
  await page.goto('/projects/no-such-project/compare?base=a&head=b');
  await expect(page.getByRole('heading', { name: 'Project no-such-project does not exist' })).toBeVisible();
  expect(await seen()).toEqual([]);
  await expect(
    page.getByRole('navigation', { name: 'Choose a project' }).getByRole('link', { name: /yaml-demo/ }),
  ).toBeVisible();
  await expect(page.getByText(/version [ab]\b/)).toHaveCount(0);
});

test('a version link for a project that does not exist says so, not that the version is missing', async ({
  page,
}) => {
  await startIn(page, 'en-US');
  // Two reads: the route's, then the page's own (a query that failed is read again when a page shows it).
  const seen = await projectsReadLast(page, /\/versions\/v1$/, /Version not found|has no version/, 2);
  await page.goto('/projects/no-such-project/releases/abc123?name=v1');
  await expect(page.getByRole('heading', { name: 'Project no-such-project does not exist' })).toBeVisible();
  expect(await seen()).toEqual([]);
  await expect(
    page.getByRole('navigation', { name: 'Choose a project' }).getByRole('link', { name: /yaml-demo/ }),
  ).toBeVisible();
  await expect(page.getByText('Version not found')).toHaveCount(0);
  await expect(page.getByText(/has no version/)).toHaveCount(0);
});

test('an address whose project is blank says so, with projects to choose', async ({ page }) => {
  await startIn(page, 'en-US');
  await page.goto('/projects/%20/releases');
  await expect(page.getByRole('heading', { name: 'The address names no project' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Choose a project' }).getByRole('link', { name: /yaml-demo/ }),
  ).toBeVisible();
});

test('a version id opened under another project’s URL says that project has no such version, and keeps it', async ({
  page,
  request,
}) => {
  // Zadig reads a version only by project and name (no v4.0–v5.0 routes GET /releases/:id:
  // pkg/microservice/aslan/core/delivery/handler/router.go), so an id is looked up in the URL's project.
  await startIn(page, 'en-US');
  const { registryId, image } = await demoImage(request);
  const name = uniqueName('e2e-own');
  await createVersion(request, { name, registryId, sources: [image] });
  const summary = await findVersion(request, name);
  await page.goto(`/projects/helm-demo/releases/${summary.id}`);
  await expect(page.getByRole('heading', { name: 'Version not found', level: 1 })).toBeVisible();
  await expect(page.getByText(`Project helm-demo has no version ${summary.id}`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to versions' })).toHaveAttribute(
    'href',
    '/projects/helm-demo/releases',
  );
  // Under its own project the same link opens it.
  await page.goto(`/projects/${PROJECT}/releases/${summary.id}`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  // The sandbox refuses deleting it under the wrong project, and keeps it.
  const wrong = await request.delete(`/openapi/delivery/releases/${summary.id}?projectKey=helm-demo`);
  expect(wrong.status()).toBe(404);
  expect(await findVersion(request, name)).toMatchObject({ id: summary.id });
});

test('?status=bogus is ignored: no filter chip, every version listed', async ({ page }) => {
  await startIn(page, 'en-US');
  await page.goto(`/projects/${PROJECT}/releases?status=bogus`);
  await expect(page.getByText(/^\d+ versions$/)).toBeVisible();
  await expect(page.getByText('bogus')).toHaveCount(0);
  await expect(page.getByText('No version matches the filters')).toHaveCount(0);
});

test('a version retried under a Failed filter stays in the list, never vanishing', async ({
  page,
  request,
}) => {
  await startIn(page, 'en-US');
  const { registryId } = await demoImage(request);
  const name = uniqueName('e2e-keep');
  // A source the registry lacks: the version fails, and fails again after the retry.
  await createVersion(request, {
    name,
    registryId,
    sources: [`harbor.demo.koderover.com/e2e/${name}-src:1.0`],
  });
  await waitForStatus(request, name, 'failed');

  await page.goto(`/projects/${PROJECT}/releases?status=failed&q=${name}`);
  const link = page.getByRole('link', { name, exact: true });
  await expect(link).toBeVisible();
  // Recorded on every change of the page, so a short-lived "Retrying" (the sandbox fails the copy again
  // within half a second) is seen however briefly it shows.
  await page.evaluate((n) => {
    const w = window as unknown as { vanished: boolean; sawRetrying: boolean };
    w.vanished = false;
    w.sawRetrying = false;
    const rowOf = () =>
      Array.from(document.querySelectorAll('tr')).find((tr) =>
        Array.from(tr.querySelectorAll('a')).some((a) => a.textContent === n),
      );
    new MutationObserver(() => {
      const row = rowOf();
      if (!row) w.vanished = true;
      else if (Array.from(row.querySelectorAll('*')).some((e) => e.textContent === 'Retrying'))
        w.sawRetrying = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, name);
  const row = page.getByRole('row').filter({ has: link });
  const retried = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /\/releases\/retry/.test(r.url()),
  );
  await row.getByRole('button', { name: `Retry version ${name}` }).click();
  expect((await retried).ok()).toBe(true);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { sawRetrying: boolean }).sawRetrying))
    .toBe(true);
  await waitForStatus(request, name, 'failed');
  await expect(row.getByText('Failed', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { vanished: boolean }).vanished)).toBe(false);
});
