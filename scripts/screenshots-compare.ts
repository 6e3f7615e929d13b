/**
 * The comparison's README pictures, called by `npm run screenshots` (scripts/screenshots.ts): the demo
 * `yaml-demo` v1.10.0 → v1.11.0 with one YAML diff open, in both languages and both themes, and the
 * Helm project's v2.7.0 → v2.8.0 (chart versions and values keys).
 */
import { join } from 'node:path';
import { expect, type Browser } from '@playwright/test';
import { networkQuiet, trackRequests } from './bench/browser';

const WORDS = {
  'en-US': { diff: 'Show YAML diff: storefront', summary: /added ·/ },
  'zh-CN': { diff: '查看 YAML 差异：storefront', summary: /个新增 ·/ },
} as const;

export async function compareShots(browser: Browser, base: string, outDir: string): Promise<void> {
  const runs = [
    { locale: 'en-US', theme: 'light', helm: true },
    { locale: 'zh-CN', theme: 'light', helm: false },
    { locale: 'en-US', theme: 'dark', helm: false },
    { locale: 'zh-CN', theme: 'dark', helm: false },
  ] as const;
  for (const { locale, theme, helm } of runs) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale,
      baseURL: base,
    });
    await context.addInitScript(
      ([l, t]) => {
        localStorage.setItem('zrc.locale', l);
        localStorage.setItem('zrc.theme', t);
      },
      [locale, theme] as const,
    );
    const page = await context.newPage();
    trackRequests(page);
    const shot = async (file: string, fullPage = false) => {
      await page.mouse.move(0, 0);
      await networkQuiet(page);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(outDir, `${file}.png`), fullPage });
      console.log(`  ${file}.png`);
    };
    const name = theme === 'dark' ? `compare-${locale}-dark` : `compare-${locale}`;
    await page.goto('/projects/yaml-demo/compare?base=v1.10.0&head=v1.11.0');
    await expect(page.getByRole('status').filter({ hasText: WORDS[locale].summary })).toBeVisible();
    await page.getByRole('button', { name: WORDS[locale].diff }).click();
    await expect(page.locator('.cm-mergeView')).toBeVisible();
    await shot(name, true);
    if (helm) {
      await page.goto('/projects/helm-demo/compare?base=v2.7.0&head=v2.8.0');
      await expect(page.getByRole('status').filter({ hasText: WORDS[locale].summary })).toBeVisible();
      await shot(`compare-helm-${locale}`, true);
    }
    await context.close();
  }
}
