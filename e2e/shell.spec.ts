/** The app shell on the built app: language and theme switches (remembered), data source, `/`. */
import { expect, test } from '@playwright/test';
import { PROJECT, startInEnglish } from './release-helpers';

test.beforeEach(async ({ page }) => startInEnglish(page));

test('switches language, and the choice survives a reload', async ({ page }) => {
  await page.goto(`/projects/${PROJECT}/releases`);
  await expect(page.getByRole('heading', { level: 1, name: 'Versions' })).toBeVisible();
  await expect(page.getByText('Sandbox (demo data)')).toBeVisible();

  await page.getByRole('radiogroup', { name: 'Language' }).getByText('简体中文').click();
  await expect(page.getByRole('radio', { name: '简体中文' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1, name: '版本' })).toBeVisible();
  await expect(page.getByText('沙盒（演示数据）')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '版本' })).toBeVisible();
  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Versions' })).toBeVisible();
});

test('switches theme, and the choice survives a reload', async ({ page }) => {
  await page.goto(`/projects/${PROJECT}/releases`);
  await expect(page.getByRole('banner')).toBeVisible();
  const background = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('[role=banner], header')!).backgroundColor);
  const light = await background();
  await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(light);
  const dark = await background();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Switch to the light theme' })).toBeVisible();
  expect(await background()).toBe(dark);
  await page.getByRole('button', { name: 'Switch to the light theme' }).click();
  await expect.poll(background).toBe(light);
});

test('/ reopens the last project used; the picker switches projects', async ({ page }) => {
  await page.goto('/projects/helm-demo/releases');
  await expect(page.getByRole('heading', { level: 1, name: 'Versions' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/projects\/helm-demo\/releases$/);

  await page.getByRole('combobox', { name: 'Project' }).click();
  await page.getByRole('option', { name: /yaml-demo/ }).click();
  await expect(page).toHaveURL(/\/projects\/yaml-demo\/releases$/);
  await expect(page.getByText('Project yaml-demo')).toBeVisible();
});

test('in a narrow window the header keeps every control on screen, without sideways scrolling', async ({
  page,
}) => {
  for (const width of [800, 400]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(`/projects/${PROJECT}/releases`);
    await expect(page.getByRole('heading', { level: 1, name: 'Versions' })).toBeVisible();
    for (const control of [
      page.getByRole('link', { name: 'New version' }),
      page.getByRole('radiogroup', { name: 'Language' }),
      page.getByRole('button', { name: 'Switch to the dark theme' }),
    ]) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});
