/**
 * Helpers for the quality specs: versions created through the sandbox's own API (no mocked network),
 * the language and theme a page starts in, keyboard navigation, and accessibility scans.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import {
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';

export const PROJECT = 'yaml-demo';
export const REGISTRY_ID = '6650a1c2e4b0f1a2b3c4d5e6';
export const IMAGE_HOST = 'harbor.demo.koderover.com/mall';
const RELEASES = '/openapi/delivery/releases';

export type Locale = 'zh-CN' | 'en-US';

/** Makes every page of the context start in `locale` (and the light theme unless told otherwise). */
export async function startIn(context: BrowserContext, locale: Locale, theme: 'light' | 'dark' = 'light') {
  await context.addInitScript(
    ([l, t]) => {
      localStorage.setItem('zrc.locale', l);
      localStorage.setItem('zrc.theme', t);
    },
    [locale, theme] as const,
  );
}

/** A name no other spec uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** The image the `qa` environment runs for `service` (it exists in the sandbox registry). */
export async function envImage(request: APIRequestContext, service = 'storefront'): Promise<string> {
  const res = await request.get(`/openapi/environments/qa?projectKey=${PROJECT}`);
  expect(res.ok()).toBe(true);
  const env = (await res.json()) as {
    services: Array<{ service_name: string; containers: Array<{ name: string; image: string }> }>;
  };
  const found = env.services.find((s) => s.service_name === service)?.containers[0]?.image;
  if (!found) throw new Error(`no ${service} in qa`);
  return found;
}

export interface NewVersion {
  name: string;
  desc?: string;
  labels?: string[];
  yaml?: string;
  /** Source image; one that does not exist makes the version fail (and retryable). */
  sourceImage: string;
  service?: string;
}

/** Creates a K8s version from the `qa` environment through the API; returns its id. */
export async function createVersion(request: APIRequestContext, v: NewVersion): Promise<string> {
  const service = v.service ?? 'storefront';
  const tag = v.sourceImage.slice(v.sourceImage.lastIndexOf(':') + 1);
  const res = await request.post(`${RELEASES}/k8s`, {
    data: {
      project_key: PROJECT,
      version_name: v.name,
      // Manual: from an environment Zadig (and the sandbox) take the source image from the environment
      // (koderover/zadig .../delivery/service/openapi.go), so a missing one could not be asked for.
      source: 'manual',
      desc: v.desc ?? '',
      labels: v.labels ?? [],
      image_registry_id: REGISTRY_ID,
      services: [
        {
          service_name: service,
          yaml_content: v.yaml ?? `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${service}\n`,
          images: [
            {
              container_name: service,
              image_name: service,
              source_image: v.sourceImage,
              source_image_tag: tag,
              target_image: `${IMAGE_HOST}/${service}:q1`,
              target_image_tag: 'q1',
              push_image: true,
            },
          ],
        },
      ],
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await findVersion(request, v.name)).id;
}

export async function findVersion(
  request: APIRequestContext,
  name: string,
): Promise<{ id: string; status: string }> {
  for (let page = 1; page <= 20; page++) {
    const res = await request.get(`${RELEASES}?projectKey=${PROJECT}&pageNum=${page}&pageSize=100`);
    const body = (await res.json()) as { list: Array<{ id: string; version_name: string; status: string }> };
    const hit = body.list.find((item) => item.version_name === name);
    if (hit) return hit;
    if (body.list.length < 100) break;
  }
  throw new Error(`version ${name} not found`);
}

export async function waitForStatus(request: APIRequestContext, name: string, statuses: string[]) {
  await expect
    .poll(async () => (await findVersion(request, name)).status, { timeout: 20_000 })
    .toMatch(new RegExp(`^(${statuses.join('|')})$`));
}

/** A failed version (its source image does not exist yet) and the image that would let it succeed. */
export async function createFailedVersion(request: APIRequestContext, name: string) {
  const missing = `${IMAGE_HOST}/storefront:${name.replace(/[^A-Za-z0-9_.-]/g, '-')}`;
  const id = await createVersion(request, { name, sourceImage: missing, labels: ['quality'] });
  await waitForStatus(request, name, ['failed']);
  return { id, missing };
}

export async function publishImage(request: APIRequestContext, image: string) {
  const res = await request.post('/sandbox/images', { data: { image } });
  expect(res.status(), await res.text()).toBe(200);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) {
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${target.toString()} with the keyboard in ${max} presses`);
}

/** Waits for the page's resting state: no pointer over a button, enter animations finished. */
async function settle(page: Page) {
  // A pointer left over a button after a click would scan its hover colours.
  await page.mouse.move(0, 0);
  // Its tooltip stays open for a moment after the pointer leaves (antd's leave delay) and then fades out:
  // a scan in that moment reads the fading text (CI: the theme button's "Switch to the light theme" at
  // #636363 on #1a1a1a). Wait until every tooltip has finished leaving.
  await expect(page.locator('.ant-tooltip:not(.ant-tooltip-hidden)')).toHaveCount(0);
  // Other specs' versions change status while a scan runs (the list shows the project's newest): without
  // colour transitions a tag is scanned in its old colours or its new ones, never half-way between.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
  // A help text fading in would be scanned at its faint start.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]),
  );
}

function expectNone(violations: Result[], what: string, kind: string) {
  const report = violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 12)
          .map(
            (n) =>
              `    ${n.target.join(' ')}  ${n.html.slice(0, 140)}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
          )
          .join('\n'),
    )
    .join('\n');
  expect(violations.length, `${what}: ${kind}\n${report}`).toBe(0);
}

/**
 * An axe scan run in the page itself. By default @axe-core/playwright runs axe in every frame and then
 * opens a new blank page to combine the results: about 1 s more per scan on a quiet machine (a full scan
 * of the list, 3.7 s → 1.9 s), several on a busy one. The console's pages have no frames.
 */
const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);

/**
 * Runs axe (WCAG 2.x A/AA rules and best practices) on the page or a part of it; fails on serious or
 * critical violations. The component tests (src/test/axe.ts) run the same rules, all but contrast, in
 * every language and theme; the browser specs run them once per page, with contrast.
 */
export async function expectNoSeriousViolations(page: Page, what: string, include?: string) {
  await settle(page);
  let builder = axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  // A whole page also needs one main heading and headings that do not skip levels (screen reader users
  // move by headings), although axe rates these moderate.
  const outline = include ? [] : ['page-has-heading-one', 'heading-order'];
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical' || outline.includes(v.id),
  );
  expectNone(serious, what, 'serious/critical accessibility violations (or a broken heading outline)');
  return results;
}

/** Colour contrast alone (WCAG 1.4.3), for the second theme of a page whose other rules were scanned. */
export async function expectEnoughContrast(page: Page, what: string, include?: string) {
  await settle(page);
  let builder = axe(page).withRules(['color-contrast']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  expectNone(results.violations, what, 'text below WCAG AA contrast');
}

/**
 * Scans the page as it is (every rule, light theme), then switches to the dark theme with the header's
 * button and checks contrast there (the themes' colours differ: src/app/accessible-tokens.ts), and
 * switches back. Language does not change colours; the component tests check every language.
 */
export async function expectAccessibleInBothThemes(page: Page, what: string) {
  await expectNoSeriousViolations(page, `${what} (light)`);
  await switchTheme(page, 'dark');
  await expectEnoughContrast(page, `${what} (dark)`);
  await switchTheme(page, 'light');
}

/** Switches the theme with the header's button (English page), and waits until the page shows it. */
export async function switchTheme(page: Page, to: 'light' | 'dark') {
  const name = to === 'dark' ? 'Switch to the dark theme' : 'Switch to the light theme';
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', to);
}
