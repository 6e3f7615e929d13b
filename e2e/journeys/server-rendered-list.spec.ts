/**
 * The list page the server renders (server/page-render.ts) is in the language and theme the user chose in
 * the app, from the next visit on: chosen in the app, then the list opened again; what the server sent is
 * read with scripts off, so that it is the server's page and not the app's.
 */
import { expect, test } from '@playwright/test';
import { PROJECT, startInEnglish } from '../release-helpers';

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
