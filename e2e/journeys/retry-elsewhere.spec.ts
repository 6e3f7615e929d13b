/**
 * A retry started in another tab first: this tab's Retry is refused by the server ("can't reCreate
 * version with status:retrying", as Zadig says in pkg/microservice/aslan/core/delivery/service/
 * version_v2.go). That is news, not an error: the page says so, follows the live status, and keeps
 * nothing once the version has finished.
 */
import { expect, test } from '@playwright/test';
import {
  createRetryableVersion,
  detailPath,
  findVersion,
  PROJECT,
  startInEnglish,
  waitForStatus,
} from '../release-helpers';
import { installClock, nextRead } from '../live-clock';

test.beforeEach(async ({ page }) => startInEnglish(page));

test('a retry already started elsewhere is shown as news and followed live, no red box', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // 48 images: the retry lasts a few seconds (400 ms per image, eight at a time).
  const failed = await createRetryableVersion(request, 'e2e-retry-elsewhere', 48);
  const name = failed.version_name;

  // This tab hears nothing of the other retry until it has shown its own refused Retry, so the button
  // is still there to click however fast the other retry runs: its event stream is refused (the page
  // polls instead) and, once `held` is set, its reads of the project's versions wait (then go to the
  // server as they are).
  let held: Promise<void> | null = null;
  let hear = () => {};
  await page.route(
    (url) => url.pathname === `/api/projects/${PROJECT}/version-events`,
    (route) => route.abort(),
  );
  await page.route(
    (url) => url.pathname.startsWith(`/api/projects/${PROJECT}/versions`),
    async (route) => {
      if (held) await held;
      await route.continue().catch(() => {}); // a read the page itself cancelled meanwhile
    },
  );

  await installClock(page);
  await page.goto(detailPath(failed));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
  const retryButton = page.getByRole('button', { name: 'Retry', exact: true });
  await expect(retryButton).toBeVisible();
  held = new Promise<void>((resolve) => (hear = resolve));

  // The other tab's retry reaches the server just before this tab's.
  await page.route(
    (url) => url.pathname.endsWith('/openapi/delivery/releases/retry'),
    async (route) => {
      const elsewhere = await request.post(
        `/openapi/delivery/releases/retry?id=${failed.id}&projectKey=${PROJECT}`,
      );
      expect(elsewhere.ok(), await elsewhere.text()).toBe(true);
      await route.continue();
    },
  );
  const refused = page.waitForResponse((r) => r.url().includes('/releases/retry'));
  await retryButton.click();
  expect((await refused).status()).toBe(400);

  const news = page.getByRole('status').filter({
    hasText: `Version ${name} is already being retried (started elsewhere); showing its live status.`,
  });
  // The notice shows only while the version runs, beside its live status.
  await expect(news).toBeVisible();
  await expect(page.getByText('Retrying', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(`Could not retry version ${name}`)).toHaveCount(0);
  await expect(page.getByText(/The server said/)).toHaveCount(0);
  hear();

  // Followed live to the end (the page's next read made to happen as soon as the server has finished);
  // nothing is left of the refusal.
  await waitForStatus(request, name, 'success');
  await nextRead(page, page.getByText('Success', { exact: true }).first());
  await expect(page.getByText('Success', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await expect(news).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await findVersion(request, name)).status).toBe('success');
});
