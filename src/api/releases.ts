/**
 * The delivery-release writes (版本管理), one function each: they go to Zadig's routes through the
 * proxy's table. Versions are read from the console's own API (`versions.ts`).
 */
import { anyJson as json, apiRequest } from './client';
import type { CreateHelmReleaseRequest, CreateK8sReleaseRequest } from './schemas';

const BASE = '/openapi/delivery/releases';

export interface ReleaseRef {
  projectKey: string;
  id: string;
  /** The version name, when known (links from the list carry it); else it is looked up by id. */
  name?: string | undefined;
}

export async function deleteRelease(ref: ReleaseRef): Promise<void> {
  await apiRequest(`${BASE}/${encodeURIComponent(ref.id)}`, {
    method: 'DELETE',
    query: { projectKey: ref.projectKey },
    schema: json,
  });
}

/** Retry sends `id` and `projectKey` in the body (documented) and the query string (real servers). */
export async function retryRelease(ref: ReleaseRef): Promise<void> {
  const params = { id: ref.id, projectKey: ref.projectKey };
  await apiRequest(`${BASE}/retry`, { method: 'POST', query: params, body: params, schema: json });
}

export async function createK8sRelease(request: CreateK8sReleaseRequest): Promise<void> {
  await apiRequest(`${BASE}/k8s`, { method: 'POST', body: request, schema: json });
}

export async function createHelmRelease(request: CreateHelmReleaseRequest): Promise<void> {
  await apiRequest(`${BASE}/helm`, { method: 'POST', body: request, schema: json });
}
