/**
 * Versions to compare, made through the sandbox's own API (each finished before the next is made), and
 * the comparison page's parts, for the compare specs.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { demoImage, waitForStatus, PROJECT, publishImage, uniqueName, type Summary } from './release-helpers';

export const BASE = '/openapi/delivery/releases';

interface Svc {
  name: string;
  tag: string;
  replicas: number;
}

/** A K8s YAML version with the given services (one image each, the tag in source and target). */
export async function createVersion(
  request: APIRequestContext,
  name: string,
  services: Svc[],
  labels: string[],
  { publish = true }: { publish?: boolean } = {},
): Promise<Summary> {
  const { repo, registryId } = await sourceRepo(request);
  // Published first, so that the versions copy their images as any other (and end as `success`);
  // unpublished, the copy finds no image and the version ends as `failed`.
  if (publish) for (const s of services) await publishImage(request, `${repo}:${s.tag}`);
  await postVersion(request, name, services, labels, { repo, registryId });
  // Finished before the next is made: which version is "the last release" is then known for sure.
  return waitForStatus(request, name, publish ? 'success' : 'failed');
}

/** The demo registry and the repository of the demo image, whose tags the versions copy. */
export async function sourceRepo(request: APIRequestContext) {
  const { registryId, image } = await demoImage(request);
  return { registryId, repo: image.slice(0, image.lastIndexOf(':')) };
}

/** Asks the sandbox for the version (it starts copying; nothing waits for it to finish). */
export async function postVersion(
  request: APIRequestContext,
  name: string,
  services: Svc[],
  labels: string[],
  { repo, registryId }: { repo: string; registryId: string },
): Promise<void> {
  const res = await request.post(`${BASE}/k8s`, {
    data: {
      project_key: PROJECT,
      version_name: name,
      source: 'manual',
      desc: `compare spec ${name}`,
      labels,
      image_registry_id: registryId,
      services: services.map((s) => ({
        service_name: s.name,
        yaml_content: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${s.name}\nspec:\n  replicas: ${s.replicas}\n`,
        images: [
          {
            container_name: s.name,
            image_name: s.name,
            source_image: `${repo}:${s.tag}`,
            source_image_tag: s.tag,
            target_image: `harbor.demo.koderover.com/e2e/${s.name}:${s.tag}`,
            target_image_tag: s.tag,
            push_image: true,
          },
        ],
      })),
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
}

/** Two versions: `api` changes tag and YAML, `gone` is removed, `fresh` is new, `same` does not change. */
export async function createPair(request: APIRequestContext) {
  const a = await createVersion(
    request,
    uniqueName('e2e-cmp-a'),
    [
      { name: 'api', tag: 'build-101-main', replicas: 1 },
      { name: 'gone', tag: 'build-7', replicas: 1 },
      { name: 'same', tag: 'build-5', replicas: 1 },
    ],
    ['e2e'],
  );
  // One in between, so that the version before b is not a.
  const between = await createVersion(
    request,
    uniqueName('e2e-cmp-m'),
    [{ name: 'api', tag: 'build-110-main', replicas: 2 }],
    ['e2e'],
  );
  const b = await createVersion(
    request,
    uniqueName('e2e-cmp-b'),
    [
      { name: 'api', tag: 'build-117-main', replicas: 3 },
      { name: 'fresh', tag: 'build-1', replicas: 1 },
      { name: 'same', tag: 'build-5', replicas: 1 },
    ],
    ['e2e', 'GA'],
  );
  return { a, between, b };
}

export const SUMMARY = '1 added · 1 removed · 1 changed · 1 unchanged · 3 images changed';

export function servicesTable(page: Page) {
  return page.getByRole('table', { name: 'Changes by service' });
}

export function serviceRow(page: Page, service: string) {
  return servicesTable(page).getByRole('row', { name: new RegExp(`^${service}\\b`) });
}

export async function pick(page: Page, label: string, name: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(name);
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
}

/** The last version that succeeded before `name` (same type), as the list says. */
export async function previousOf(request: APIRequestContext, name: string): Promise<string> {
  return (await passedOver(request, name)).previous;
}

/** The last version that succeeded before `name` (same type), and the names listed between the two. */
export async function passedOver(request: APIRequestContext, name: string) {
  const res = await request.get(`${BASE}?projectKey=${PROJECT}&pageNum=1&pageSize=100`);
  const list = ((await res.json()) as { list: Array<{ version_name: string; type: string; status: string }> })
    .list;
  const older = list.slice(list.findIndex((v) => v.version_name === name) + 1);
  const at = older.findIndex((v) => v.type === 'K8SYaml' && v.status === 'success');
  return { previous: older[at]!.version_name, between: older.slice(0, at).map((v) => v.version_name) };
}
