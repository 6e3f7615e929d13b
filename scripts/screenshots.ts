/**
 * `npm run screenshots`: starts the server on a fresh sandbox, drives the built app in Chromium and
 * writes docs/screenshots/*.png (1280×800) of the list, a version's detail and each wizard step, in
 * English and Chinese (light), plus the list and detail in the dark theme, so the README's pictures
 * stay current.
 *
 * Env: SHOTS_DIST (a built app; without it the app is built afresh into a temp dir), SHOTS_PORT (4315).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { launch } from './bench/browser';
import { freshBuild } from './fresh-build';
import { compareShots } from './screenshots-compare';

const PORT = Number(process.env.SHOTS_PORT ?? 4315);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = join('docs', 'screenshots');
const PROJECT = 'yaml-demo';
const DETAIL_VERSION = 'v1.9.1';

const temp: string[] = [];
let server: ChildProcess | null = null;

function cleanup() {
  if (server && server.exitCode === null) server.kill('SIGTERM');
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
}

function tempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `zrc-shots-${prefix}-`));
  temp.push(dir);
  return dir;
}

async function startServer(staticDir: string) {
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: tempDir('data'),
      STATIC_DIR: staticDir,
      SANDBOX_PUSH_MS: '300',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function versionId(name: string): Promise<string> {
  const res = await fetch(`${BASE}/openapi/delivery/releases?projectKey=${PROJECT}&pageNum=1&pageSize=100`);
  const body = (await res.json()) as { list: Array<{ id: string; version_name: string }> };
  const hit = body.list.find((v) => v.version_name === name);
  if (!hit) throw new Error(`no version ${name}`);
  return hit.id;
}

async function shot(page: Page, file: string) {
  // No hover colour on the button just clicked.
  await page.mouse.move(0, 0);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  // Let antd's enter animations finish.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${file}.png`) });
  console.log(`  ${file}.png`);
}

const WORDS = {
  'en-US': { name: 'Version name', env: 'Environment', next: 'Next', showYaml: /show yaml/i },
  'zh-CN': { name: '版本名称', env: '环境', next: '下一步', showYaml: /查看 yaml/i },
} as const;

async function main() {
  mkdirSync(OUT, { recursive: true });
  await startServer(freshBuild(process.env.SHOTS_DIST, () => tempDir('build')));
  const detailId = await versionId(DETAIL_VERSION);
  const browser = await launch();
  const runs: Array<{ locale: 'en-US' | 'zh-CN'; theme: 'light' | 'dark'; wizard: boolean }> = [
    { locale: 'en-US', theme: 'light', wizard: true },
    { locale: 'zh-CN', theme: 'light', wizard: true },
    { locale: 'en-US', theme: 'dark', wizard: false },
  ];
  for (const { locale, theme, wizard } of runs) {
    const w = WORDS[locale];
    const prefix = theme === 'dark' ? `${locale}-dark` : locale;
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale,
      baseURL: BASE,
    });
    await context.addInitScript(
      ([l, t]) => {
        localStorage.setItem('zrc.locale', l);
        localStorage.setItem('zrc.theme', t);
      },
      [locale, theme] as const,
    );
    const page = await context.newPage();

    await page.goto(`/projects/${PROJECT}/releases`);
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await shot(page, `${prefix}-list`);

    await page.goto(`/projects/${PROJECT}/releases/${detailId}`);
    await expect(page.getByRole('heading', { name: DETAIL_VERSION })).toBeVisible();
    await page.getByRole('button', { name: w.showYaml }).first().click();
    await shot(page, `${prefix}-detail`);

    if (wizard) {
      await page.goto(`/projects/${PROJECT}/releases/new`);
      await page.getByRole('textbox', { name: w.name }).fill('v1.12.0');
      await page.getByRole('combobox', { name: w.env }).click();
      await page.getByTitle('qa', { exact: true }).click();
      await shot(page, `${prefix}-wizard-1-basics`);
      for (const [i, step] of (['services', 'images', 'review'] as const).entries()) {
        await page.getByRole('button', { name: w.next, exact: true }).click();
        await page.waitForURL(new RegExp(`[?&]step=${step}`));
        await shot(page, `${prefix}-wizard-${i + 2}-${step}`);
      }
    }
    await context.close();
  }
  await compareShots(browser, BASE, OUT);
  await browser.close();
}

main()
  .then(() => {
    cleanup();
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error);
    cleanup();
    process.exit(1);
  });
