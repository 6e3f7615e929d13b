/**
 * `npm run screenshots`: starts the server on a fresh sandbox, drives the built app in Chromium and
 * pictures every page: the list of both projects (and its filtered-empty, error and delete-dialog
 * states), a missing project, the detail of a K8s YAML and a Helm version, a version that does not
 * exist, every wizard step for both kinds, the comparison of both kinds and the not-found page, in
 * English and Chinese, light and dark, at 1280×800 and 1920×1080.
 *
 * The whole set goes to screenshots/<size>/<locale>-<theme>/ (not committed: look at it after a change
 * of layout); the few the README shows are copied to docs/screenshots/ (committed).
 *
 * Env: SHOTS_DIST (a built app; without it the app is built afresh into a temp dir), SHOTS_PORT (4315),
 * SHOTS_ONLY (a substring: only the shots whose name contains it, e.g. `wizard` or `1920x1080/zh-CN-dark`;
 * `readme`: only the README's pictures).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { launch, networkQuiet, trackRequests } from './bench/browser';
import { freshBuild } from './fresh-build';
import { runScript, Scratch } from './harness';
import { compareShots } from './screenshots-compare';

const PORT = Number(process.env.SHOTS_PORT ?? 4315);
const BASE = `http://127.0.0.1:${PORT}`;
const ALL = 'screenshots';
const README = join('docs', 'screenshots');
const ONLY = process.env.SHOTS_ONLY ?? '';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const LOCALES = ['en-US', 'zh-CN'] as const;
const THEMES = ['light', 'dark'] as const;
type Locale = (typeof LOCALES)[number];

/** The README's pictures: the file in docs/screenshots and the shot (1280×800) it is a copy of. */
const README_SHOTS: Record<string, string> = {
  'en-US-list': '1280x800/en-US-light/01-list',
  'zh-CN-list': '1280x800/zh-CN-light/01-list',
  'en-US-detail': '1280x800/en-US-light/10-detail-yaml',
  'en-US-dark-detail': '1280x800/en-US-dark/10-detail-yaml',
  'en-US-wizard-1-basics': '1280x800/en-US-light/20-wizard-yaml-1-basics',
  'en-US-wizard-2-services': '1280x800/en-US-light/21-wizard-yaml-2-services',
  'en-US-wizard-3-images': '1280x800/en-US-light/22-wizard-yaml-3-images',
  'zh-CN-wizard-4-review': '1280x800/zh-CN-light/23-wizard-yaml-4-review',
};

const README_SOURCES = Object.values(README_SHOTS);

const scratch = new Scratch('shots');

async function startServer(staticDir: string) {
  await scratch.startConsole(PORT, {
    DATA_DIR: scratch.dir('data'),
    STATIC_DIR: staticDir,
    SANDBOX_PUSH_MS: '300',
  });
}

async function versionId(project: string, name: string): Promise<string> {
  const res = await fetch(`${BASE}/openapi/delivery/releases?projectKey=${project}&pageNum=1&pageSize=100`);
  const body = (await res.json()) as { list: Array<{ id: string; version_name: string }> };
  const hit = body.list.find((v) => v.version_name === name);
  if (!hit) throw new Error(`no version ${name} in ${project}`);
  return hit.id;
}

const WORDS = {
  'en-US': {
    name: 'Version name',
    env: 'Environment',
    next: 'Next',
    showYaml: /show yaml/i,
    showValues: /show values/i,
    diff: 'Show YAML diff: storefront',
    summary: /added ·/,
    deleteOf: (name: string) => `Delete version ${name}`,
    clear: 'Clear filters',
    notFound: /not found|does not exist|no version/i,
  },
  'zh-CN': {
    name: '版本名称',
    env: '环境',
    next: '下一步',
    showYaml: /查看 yaml/i,
    showValues: /查看 values/i,
    diff: '查看 YAML 差异：storefront',
    summary: /个新增 ·/,
    deleteOf: (name: string) => `删除版本 ${name}`,
    clear: '清除筛选',
    notFound: /不存在|找不到|没有/,
  },
} as const;

const seen: string[] = [];

async function main() {
  await startServer(freshBuild(process.env.SHOTS_DIST, () => scratch.dir('build')));
  const ids = {
    yaml: await versionId('yaml-demo', 'v1.9.1'),
    helm: await versionId('helm-demo', 'v2.8.0'),
  };
  const browser = await launch();

  for (const size of SIZES) {
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        const dir = `${size.width}x${size.height}/${locale}-${theme}`;
        const context = await browser.newContext({ viewport: size, locale, baseURL: BASE });
        await context.addInitScript(
          ([l, t]) => {
            localStorage.setItem('zrc.locale', l);
            localStorage.setItem('zrc.theme', t);
          },
          [locale, theme] as const,
        );
        const page = await context.newPage();
        trackRequests(page);
        await pagesOf(page, dir, locale, ids);
        await context.close();
      }
    }
  }
  // The README's pictures, from this run's shots.
  for (const [file, shot] of Object.entries(README_SHOTS)) {
    const from = join(ALL, `${shot}.png`);
    if (seen.includes(from)) copyFileSync(from, join(README, `${file}.png`));
  }
  if (!ONLY || ONLY === 'readme') await compareShots(browser, BASE, README);
  await browser.close();
  console.log(`${seen.length} screenshots in ${ALL}/`);
}

async function pagesOf(page: Page, dir: string, locale: Locale, ids: { yaml: string; helm: string }) {
  const w = WORDS[locale];
  /** `pointer`: leave the pointer where the last click was, as a user's would be. */
  const shot = async (name: string, fullPage = false, pointer = false) => {
    const file = join(ALL, dir, `${name}.png`);
    // No hover colour on the button just clicked.
    if (!pointer) await page.mouse.move(0, 0);
    // Each picture shows its page from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await networkQuiet(page);
    await page.evaluate(() => document.fonts.ready);
    // Let antd's enter animations finish.
    await page.waitForTimeout(400);
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage });
    seen.push(file);
    console.log(`  ${file}`);
  };
  const wanted = (name: string) =>
    !ONLY ||
    (ONLY === 'readme'
      ? README_SOURCES.some((shot) => shot.startsWith(`${dir}/`) && shot.includes(name))
      : `${dir}/${name}`.includes(ONLY));

  if (wanted('01-list')) {
    await page.goto('/projects/yaml-demo/releases');
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await shot('01-list');
  }
  if (wanted('02-list-helm')) {
    await page.goto('/projects/helm-demo/releases');
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await shot('02-list-helm');
  }
  if (wanted('03-list-project-picker')) {
    await page.goto('/projects/yaml-demo/releases');
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await page.locator('header').getByRole('combobox').first().click();
    await expect(page.getByRole('listbox')).toBeVisible();
    await shot('03-list-project-picker', false, true);
    await page.keyboard.press('Escape');
  }
  if (wanted('04-list-filtered-empty')) {
    await page.goto('/projects/yaml-demo/releases?q=no-such-version&status=failed');
    await expect(page.getByRole('button', { name: w.clear }).first()).toBeVisible();
    await shot('04-list-filtered-empty');
  }
  if (wanted('05-list-delete-dialog')) {
    await page.goto('/projects/yaml-demo/releases?q=v1.9.1');
    await page.getByRole('button', { name: w.deleteOf('v1.9.1'), exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('05-list-delete-dialog', false, true);
    await page.keyboard.press('Escape');
  }
  if (wanted('06-list-error')) {
    await page.route('**/api/projects/*/versions?*', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({
          code: 500,
          message: 'Internal Server Error',
          description: 'database is down',
        }),
      }),
    );
    await page.goto('/projects/yaml-demo/releases');
    await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 30_000 });
    await shot('06-list-error');
    await page.unrouteAll();
  }
  if (wanted('07-project-missing')) {
    await page.goto('/projects/no-such-project/releases');
    await expect(page.getByRole('heading', { name: /no-such-project/ })).toBeVisible();
    await shot('07-project-missing');
  }
  if (wanted('10-detail-yaml')) {
    await page.goto(`/projects/yaml-demo/releases/${ids.yaml}`);
    await expect(page.getByRole('heading', { name: 'v1.9.1' })).toBeVisible();
    await page.getByRole('button', { name: w.showYaml }).first().click();
    await expect(page.locator('.cm-content').first()).toBeVisible();
    await shot('10-detail-yaml');
    await shot('10-detail-yaml-full', true);
  }
  if (wanted('11-detail-helm')) {
    await page.goto(`/projects/helm-demo/releases/${ids.helm}`);
    await expect(page.getByRole('heading', { name: 'v2.8.0' })).toBeVisible();
    await page.getByRole('button', { name: w.showValues }).first().click();
    await expect(page.locator('.cm-content').first()).toBeVisible();
    await shot('11-detail-helm');
    await shot('11-detail-helm-full', true);
  }
  if (wanted('12-detail-missing')) {
    await page.goto('/projects/yaml-demo/releases/000000000000000000000000?name=v0.0.0-gone');
    await expect(page.getByRole('heading').filter({ hasText: w.notFound }).first()).toBeVisible();
    await shot('12-detail-missing');
  }
  for (const kind of ['yaml', 'helm'] as const) {
    if (!wanted(`wizard-${kind}`)) continue;
    const project = kind === 'yaml' ? 'yaml-demo' : 'helm-demo';
    await page.goto(`/projects/${project}/releases/new`);
    await page.getByRole('textbox', { name: w.name }).fill(kind === 'yaml' ? 'v1.12.0' : 'v2.9.0');
    await page.getByRole('combobox', { name: w.env }).click();
    await page.getByTitle(kind === 'yaml' ? 'qa' : 'staging', { exact: true }).click();
    const n = kind === 'yaml' ? 20 : 30;
    await shot(`${n}-wizard-${kind}-1-basics`);
    for (const [i, step] of (['services', 'images', 'review'] as const).entries()) {
      await page.getByRole('button', { name: w.next, exact: true }).click();
      await page.waitForURL(new RegExp(`[?&]step=${step}`));
      await shot(`${n + i + 1}-wizard-${kind}-${i + 2}-${step}`);
    }
    await shot(`${n + 3}-wizard-${kind}-4-review-full`, true);
  }
  if (wanted('40-compare-yaml')) {
    await page.goto('/projects/yaml-demo/compare?base=v1.10.0&head=v1.11.0');
    await expect(page.getByRole('status').filter({ hasText: w.summary })).toBeVisible();
    await page.getByRole('button', { name: w.diff }).click();
    await expect(page.locator('.cm-mergeView')).toBeVisible();
    await shot('40-compare-yaml');
    await shot('40-compare-yaml-full', true);
  }
  if (wanted('41-compare-helm')) {
    await page.goto('/projects/helm-demo/compare?base=v2.7.0&head=v2.8.0');
    await expect(page.getByRole('status').filter({ hasText: w.summary })).toBeVisible();
    await shot('41-compare-helm');
    await shot('41-compare-helm-full', true);
  }
  if (wanted('50-not-found')) {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading').first()).toBeVisible();
    await shot('50-not-found');
  }
}

runScript(main, scratch);
