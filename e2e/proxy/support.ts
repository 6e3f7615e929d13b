/**
 * Shared bits of the proxy-mode browser tests: the app runs in proxy mode in front of the fake Zadig
 * (e2e/proxy/fake-zadig), which wants an API token that the browser supplies.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { FAKE_READONLY_TOKEN, FAKE_TOKEN } from './fake-zadig/tokens';

export { FAKE_READONLY_TOKEN, FAKE_TOKEN };

export const FAKE_ZADIG_URL = `http://127.0.0.1:${process.env.E2E_FAKE_ZADIG_PORT ?? 4193}`;

/** Opens pages in English with a token already entered in this tab (as the dialog would keep it). */
export async function signedIn(page: Page, token: string = FAKE_TOKEN): Promise<void> {
  await page.addInitScript(
    ([t]) => {
      localStorage.setItem('zrc.locale', 'en-US');
      if (!sessionStorage.getItem('zrc.token.set')) {
        sessionStorage.setItem('zrc.token', t!);
        sessionStorage.setItem('zrc.token.set', '1');
      }
    },
    [token],
  );
}

export async function inEnglish(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('zrc.locale', 'en-US'));
}

export interface FakeRequest {
  method: string;
  url: string;
  auth: 'user' | 'read-only' | 'none' | 'wrong';
}

/** Every request the fake Zadig received (through the app's proxy). */
export async function fakeRequests(request: APIRequestContext): Promise<FakeRequest[]> {
  const response = await request.get(`${FAKE_ZADIG_URL}/__fake/requests`);
  return (await response.json()) as FakeRequest[];
}

/** The fake's stored version, as real Zadig keeps it (with id). */
export async function fakeVersion(
  request: APIRequestContext,
  projectKey: string,
  versionName: string,
): Promise<{ id: string; status: string } | null> {
  const response = await request.get(`${FAKE_ZADIG_URL}/__fake/versions`, {
    params: { projectKey, versionName },
  });
  return response.ok() ? ((await response.json()) as { id: string; status: string }) : null;
}

/** Waits until the fake Zadig has finished the version (`success` or `failed`). */
export async function fakeReaches(
  request: APIRequestContext,
  versionName: string,
  status: 'success' | 'failed',
  projectKey = 'yaml-demo',
): Promise<void> {
  await expect
    .poll(async () => (await fakeVersion(request, projectKey, versionName))?.status, { timeout: 15_000 })
    .toBe(status);
}

/** A K8s YAML version created through the app's own `/openapi` proxy (as a script would). */
export async function createK8sVersion(
  request: APIRequestContext,
  baseURL: string,
  name: string,
  sourceImage = 'registry.example.com/shop/cart:20251101-9-main',
): Promise<void> {
  const tag = sourceImage.slice(sourceImage.lastIndexOf(':') + 1);
  const response = await request.post(`${baseURL}/openapi/delivery/releases/k8s`, {
    headers: { authorization: `Bearer ${FAKE_TOKEN}` },
    data: {
      project_key: 'yaml-demo',
      version_name: name,
      source: 'manual',
      image_registry_id: '683047fe458904519c5f5c80',
      services: [
        {
          service_name: 'cart',
          yaml_content: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\n`,
          images: [
            {
              container_name: 'cart',
              image_name: 'cart',
              source_image: sourceImage,
              source_image_tag: tag,
              target_image: `registry.example.com/release/cart:${name}`,
              target_image_tag: name,
              push_image: true,
            },
          ],
        },
      ],
    },
  });
  if (!response.ok()) throw new Error(`create ${name}: ${response.status()} ${await response.text()}`);
}
