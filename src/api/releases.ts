/** The delivery-release endpoints (版本管理), one function each. */
import { anyJson as json, apiRequest } from './client';
import { ApiError } from './errors';
import { loadNormalisers } from './load-normalisers';
import type { ReleaseDetail, ReleasePage } from './model';
import { normaliseReleasePage } from './read-list';
import type { CreateHelmReleaseRequest, CreateK8sReleaseRequest } from './schemas';

const BASE = '/openapi/delivery/releases';

/**
 * The detail's reader (zod) loads with the first detail asked for, beside its request: the version
 * list's first load does without it.
 */
function detailReader() {
  const loading = loadNormalisers().then((m) => m.normaliseReleaseDetail);
  loading.catch(() => undefined); // a failed request may leave it unread; it is awaited when used
  return loading;
}

export interface ListReleasesParams {
  projectKey: string;
  page: number;
  size: number;
}

export async function listReleases(params: ListReleasesParams, signal?: AbortSignal): Promise<ReleasePage> {
  const body = await apiRequest(BASE, {
    query: { projectKey: params.projectKey, pageNum: params.page, pageSize: params.size },
    schema: json,
    signal,
  });
  return normaliseReleasePage(body);
}

export interface ReleaseRef {
  projectKey: string;
  id: string;
  /** The version name, when known (links from the list carry it); else it is looked up by id. */
  name?: string | undefined;
}

/**
 * A version's detail, read by name at `/releases/detail?projectKey=&versionName=`: the only detail
 * route of every Zadig from v4.0.0 to v5.0.0 (`pkg/microservice/aslan/core/delivery/handler/router.go`,
 * `OpenAPIRouter`; `GET /:id` answers gin's 405 there). Every reader of one version (the detail page,
 * delete, compare, clone, the version index, the wizard's history) comes through here. A ref without
 * the name (an old id-only link) has its name looked up in the list first.
 */
export async function getRelease(ref: ReleaseRef, signal?: AbortSignal): Promise<ReleaseDetail> {
  const normaliseReleaseDetail = detailReader();
  const name = ref.name || (await nameOfId(ref.projectKey, ref.id, signal));
  const body = await apiRequest(`${BASE}/detail`, {
    query: { projectKey: ref.projectKey, versionName: name },
    schema: json,
    signal,
  });
  return (await normaliseReleaseDetail)(body, ref);
}

/** The name of the version with this id, from the list (newest first); a typed not-found when none. */
async function nameOfId(projectKey: string, id: string, signal?: AbortSignal): Promise<string> {
  const found = await findReleaseById(projectKey, id, signal);
  if (!found) throw versionNotFound();
  return found.name;
}

function versionNotFound(): ApiError {
  return new ApiError({ status: 404, message: 'version not found', kind: 'not-found' });
}

/** Finds a version's list entry by id, newest first, scanning up to `maxPages` pages of 100. */
export async function findReleaseById(
  projectKey: string,
  id: string,
  signal?: AbortSignal,
  maxPages = 20,
): Promise<ReleasePage['items'][number] | null> {
  for (let page = 1; page <= maxPages; page++) {
    const result = await listReleases({ projectKey, page, size: 100 }, signal);
    const found = result.items.find((item) => item.id === id);
    if (found) return found;
    if (page * 100 >= result.total || result.items.length === 0) return null;
  }
  return null;
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

/**
 * Finds a version by name, newest first (create answers without an id). Scans up to `maxPages` pages
 * of 100.
 */
export async function findReleaseByName(
  projectKey: string,
  name: string,
  maxPages = 20,
): Promise<ReleasePage['items'][number] | null> {
  for (let page = 1; page <= maxPages; page++) {
    const result = await listReleases({ projectKey, page, size: 100 });
    const found = result.items.find((item) => item.name === name);
    if (found) return found;
    if (page * 100 >= result.total || result.items.length === 0) return null;
  }
  return null;
}
