/**
 * The list page the server renders (server/page-render.ts) is in the language and theme the user chose in
 * the app, from the next visit on: chosen in the app, then the list opened again; what the server sent is
 * read with scripts off, so that it is the server's page and not the app's. And Back to a list the
 * server rendered shows the versions as they are then, not as the page first had them.
 */
import { expect, test } from '@playwright/test';
import {
  createVersion,
  demoImage,
  PROJECT,
  startInEnglish,
  uniqueName,
  waitForStatus,
} from '../release-helpers';

test('a language and theme chosen in the app are the ones the server renders the list in next time', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await startInEnglish(page);
  await page.goto(`/projects/${PROJECT}/releases`);
  await expect(page.getByRole('heading', { name: 'Versions', level: 1 })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('简体中文').click();
  await page.getByRole('button', { name: '切换到深色主题' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // The same browser (its cookies) with scripts off: only what the server sent.
  const serverOnly = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    storageState: await context.storageState(),
  });
  try {
    const plain = await serverOnly.newPage();
    await plain.goto(`/projects/${PROJECT}/releases`);
    await expect(plain.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(plain.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(plain.getByRole('heading', { name: '版本', level: 1 })).toBeVisible();
    await expect(plain.getByRole('row').nth(1).getByRole('link').first()).toBeVisible();
  } finally {
    await serverOnly.close();
  }

  // Back in the app, the page it renders over the server's is the same: Chinese, dark, with its rows.
  await page.reload();
  await expect(page.locator('[data-server-render]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '版本', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('row').nth(1).getByRole('link').first()).toBeVisible();
});

test('Back to a list after leaving the app shows a version made meanwhile', async ({ page, request }) => {
  await startInEnglish(page);
  await page.goto(`/projects/${PROJECT}/releases`);
  await expect(page.locator('[data-server-render]')).toHaveCount(0);
  await expect(page.getByRole('row').nth(1).getByRole('link').first()).toBeVisible();

  // Away from the app (a page load of its own), while someone else creates a version.
  await page.goto('/api/health');
  const name = uniqueName('back');
  const { registryId, image } = await demoImage(request);
  await createVersion(request, { name, sources: [image], registryId });
  // Finished before the list is back: no change of it is on its way to tell the page.
  await waitForStatus(request, name, 'success');

  await page.goBack();
  // The page Back brings is the server's page of now (never one the browser kept): the answer it carries
  // for the app has the new version, so the app shows it at once, not at its next read.
  const carried = JSON.parse((await page.locator('#zrc-first-list').textContent()) ?? '{}') as {
    body: string;
  };
  const names = (JSON.parse(carried.body) as { items: { name: string }[] }).items.map((v) => v.name);
  expect(names).toContain(name);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
});
