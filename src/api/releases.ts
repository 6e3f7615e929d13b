/** The delivery-release endpoints (版本管理), one function each. */
import { anyJson as json, apiRequest } from './client';
import { detailsByNameOnly, learnDetailsByNameOnly } from './detail-route';
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
  /** The version name, when known: needed by servers that only answer `/releases/detail?versionName=`. */
  name?: string | undefined;
}

/** A typed "version not found" comes from a server that has the route; gin's plain 404 does not. */
function isRouterNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.code === undefined;
}

/** The `/releases/:id` request that is finding out whether the server has that route, if any. */
let probing: Promise<void> | null = null;
/** The server answered a `/releases/:id` request: it has the route. */
let byIdAnswered = false;

/** How long other detail reads wait for the request finding out the route, at most (ms). */
const PROBE_WAIT_MS = 5_000;

/**
 * Settles when the request finding out the route has an answer (a router 404 is learned here, before
 * the waiting reads go on), is given up by its caller, or after `PROBE_WAIT_MS`: waiting is never longer
 * than asking.
 */
function probe(request: Promise<unknown>, signal: AbortSignal | undefined): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled: Promise<void> = Promise.race([
    request.then(
      () => undefined,
      (error: unknown) => {
        if (isRouterNotFound(error)) learnDetailsByNameOnly();
      },
    ),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, PROBE_WAIT_MS);
      signal?.addEventListener('abort', () => resolve(), { once: true });
    }),
  ]).finally(() => {
    clearTimeout(timer);
    if (probing === settled) probing = null;
  });
  return settled;
}

/**
 * A version's detail. Asks the documented `/releases/:id` first; servers that do not have that route
 * (real v4.0+) answer 404, and then `/releases/detail?projectKey=&versionName=` is asked. After the
 * first such 404 the server is known (see `detail-route.ts`) and only the second form is asked.
 */
export async function getRelease(ref: ReleaseRef, signal?: AbortSignal): Promise<ReleaseDetail> {
  const normaliseReleaseDetail = detailReader();
  let notFound: ApiError | null = null;
  // Until the route is known, one request finds out for all: details asked together (the wizard asks
  // up to 20) wait for the first instead of each earning its own 404.
  if (!detailsByNameOnly() && !byIdAnswered && probing) await probing;
  if (!detailsByNameOnly()) {
    try {
      const request = apiRequest(`${BASE}/${encodeURIComponent(ref.id)}`, {
        query: { projectKey: ref.projectKey },
        schema: json,
        signal,
      });
      if (!byIdAnswered && !probing) probing = probe(request, signal);
      const body = await request;
      byIdAnswered = true;
      return (await normaliseReleaseDetail)(body, ref);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404) throw error;
      if (isRouterNotFound(error)) learnDetailsByNameOnly();
      notFound = error;
    }
  }
  if (!ref.name) {
    // A link without the name (an old bookmark): the list knows the name of every id.
    const found = await findReleaseById(ref.projectKey, ref.id, signal);
    if (!found) throw notFound ?? versionNotFound();
    ref = { ...ref, name: found.name };
  }
  const body = await apiRequest(`${BASE}/detail`, {
    query: { projectKey: ref.projectKey, versionName: ref.name },
    schema: json,
    signal,
  });
  return (await normaliseReleaseDetail)(body, ref);
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
