/** Shared by the list, detail and shell specs: versions made through the real sandbox API. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const PROJECT = 'yaml-demo';
const BASE = '/openapi/delivery/releases';

/** A name no other spec (or earlier run on the same server) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/** English, light theme, set once per test (a switch made by the test survives reloads). */
export async function startInEnglish(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.setItem('zrc.locale', 'en-US');
      localStorage.setItem('zrc.theme', 'light');
      sessionStorage.setItem('e2e-init', '1');
    }
  });
}

interface EnvDetail {
  registry_id: string;
  services: { service_name: string; containers: { name: string; image: string; image_name: string }[] }[];
}

/** The registry and a source image the sandbox can copy (one the demo environment runs). */
export async function demoImage(request: APIRequestContext): Promise<{ registryId: string; image: string }> {
  const res = await request.get(`/openapi/environments/dev?projectKey=${PROJECT}`);
  expect(res.ok()).toBe(true);
  const env = (await res.json()) as EnvDetail;
  const image = env.services[0]?.containers[0]?.image;
  if (!image) throw new Error('the demo environment has no image');
  return { registryId: env.registry_id, image };
}

export interface NewVersion {
  name: string;
  /** Source images: one per image of the version. */
  sources: string[];
  registryId: string;
  /** Its labels (default `e2e`). */
  labels?: string[];
}

/** Creates a K8s YAML version by hand (one service, one container per source image). */
export async function createVersion(request: APIRequestContext, version: NewVersion): Promise<void> {
  const images = version.sources.map((source, i) => {
    const tag = source.split(':').pop() ?? 'latest';
    return {
      container_name: `c${i}`,
      image_name: `app${i}`,
      source_image: source,
      source_image_tag: tag,
      target_image: `harbor.demo.koderover.com/e2e/${version.name}-${i}:v1`,
      target_image_tag: 'v1',
      push_image: true,
    };
  });
  const res = await request.post(`${BASE}/k8s`, {
    data: {
      project_key: PROJECT,
      version_name: version.name,
      source: 'manual',
      desc: 'made by the list/detail browser tests',
      labels: version.labels ?? ['e2e'],
      image_registry_id: version.registryId,
      services: [
        {
          service_name: 'e2e-app',
          yaml_content: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: e2e-app\n`,
          images,
        },
      ],
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
}

export interface Summary {
  id: string;
  version_name: string;
  status: string;
}

export async function findVersion(request: APIRequestContext, name: string): Promise<Summary> {
  for (let page = 1; page <= 20; page++) {
    const res = await request.get(`${BASE}?projectKey=${PROJECT}&pageNum=${page}&pageSize=100`);
    const body = (await res.json()) as { list: Summary[]; total: number };
    const found = body.list.find((v) => v.version_name === name);
    if (found) return found;
    if (page * 100 >= body.total) break;
  }
  throw new Error(`version ${name} not found`);
}

export async function waitForStatus(
  request: APIRequestContext,
  name: string,
  status: string,
  timeout = 30_000,
): Promise<Summary> {
  let last: Summary | undefined;
  await expect
    .poll(
      async () => {
        last = await findVersion(request, name);
        return last.status;
      },
      { timeout },
    )
    .toBe(status);
  return last!;
}

export async function publishImage(request: APIRequestContext, image: string): Promise<void> {
  const res = await request.post('/sandbox/images', { data: { image } });
  expect(res.ok(), await res.text()).toBe(true);
}

/**
 * The open dialog once its opening animation has finished, as a user sees it before pressing one of
 * its buttons (a click on a dialog still zooming in from nothing can miss its button).
 */
/** The wizard's Basics: picks `env` in the Environment field (English UI), as a user types and confirms it. */
export async function chooseEnvironment(page: Page, env: string): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Environment', exact: true });
  await field.click();
  await field.fill(env);
  await page.keyboard.press('Enter');
}

export async function openedDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveCSS('opacity', '1');
  await expect(dialog).toHaveCSS('transform', 'none');
  return dialog;
}

export function detailPath(summary: Summary): string {
  return `/projects/${PROJECT}/releases/${summary.id}?name=${encodeURIComponent(summary.version_name)}`;
}

/**
 * A failed version that a retry makes succeed: made with `images` source images that do not exist (so
 * it fails), which are then published. Each copy takes SANDBOX_PUSH_MS, eight at a time: more images
 * make the retry last longer.
 */
export async function createRetryableVersion(
  request: APIRequestContext,
  prefix: string,
  images = 1,
): Promise<Summary> {
  const { registryId } = await demoImage(request);
  const name = uniqueName(prefix);
  const sources = Array.from(
    { length: images },
    (_, i) => `harbor.demo.koderover.com/e2e/${name}-src${i}:1.0`,
  );
  await createVersion(request, { name, registryId, sources });
  const failed = await waitForStatus(request, name, 'failed');
  await Promise.all(sources.map((source) => publishImage(request, source)));
  return failed;
}
