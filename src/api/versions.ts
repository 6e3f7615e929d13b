/**
 * The console server's versions API (server/versions/source.ts, docs/versions-api.md): the only way the
 * browser reads a project's versions. A filtered page, one version by name, and a stream of changes;
 * every read goes through the API client (its token, its 401 dialog, its errors).
 */
import { createParser } from 'eventsource-parser';
import { apiRequest, buildUrl, openStream, type Schema } from './client';
import { ApiError } from './errors';
import type { ReleaseDetail, VersionEvent, VersionList, VersionQuery } from './model';

export type { IndexProgress, VersionEvent, VersionList, VersionQuery } from './model';

const enc = encodeURIComponent;
const projectPath = (projectKey: string) => `/api/projects/${enc(projectKey)}`;

/** The address of a list page: defaults left out, repeated filters repeated, in the URL's order. */
export function versionsUrl(projectKey: string, query: VersionQuery): string {
  const params = new URLSearchParams({ page: String(query.page), size: String(query.size) });
  if (query.q) params.set('q', query.q);
  query.status.forEach((s) => params.append('status', s));
  if (query.type) params.set('type', query.type);
  query.label.forEach((l) => params.append('label', l));
  return `${projectPath(projectKey)}/versions?${params.toString()}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

type Check = [field: string, expected: string, test: (v: unknown) => boolean];
const array: Check[2] = Array.isArray;
const text: Check[2] = (v) => typeof v === 'string';

/** Our own server's answer: checked only for the fields the pages rely on, naming the first amiss. */
function shaped<T>(checks: Check[]): Schema<T> {
  return {
    safeParse: (data) => {
      const body = isObject(data) ? data : {};
      const bad = isObject(data) ? checks.find(([field, , test]) => !test(body[field])) : ['', 'object'];
      if (!bad) return { success: true, data: data as T };
      const [field, expected] = bad;
      return {
        success: false,
        error: { issues: [{ code: 'invalid_type', expected, path: field ? [field] : [], message: '' }] },
      };
    },
  };
}

const listReader = shaped<VersionList>([
  ['items', 'array', array],
  ['total', 'number', (v) => typeof v === 'number'],
  ['labels', 'array', array],
  ['progress', 'object', isObject],
]);
const detailReader = shaped<ReleaseDetail>([
  ['services', 'array', array],
  ['name', 'string', text],
  ['id', 'string', text],
]);

export function listVersions(
  projectKey: string,
  query: VersionQuery,
  signal?: AbortSignal,
): Promise<VersionList> {
  return apiRequest(versionsUrl(projectKey, query), { schema: listReader, signal });
}

export function getVersion(projectKey: string, name: string, signal?: AbortSignal): Promise<ReleaseDetail> {
  return apiRequest(`${projectPath(projectKey)}/versions/${enc(name)}`, { schema: detailReader, signal });
}

/**
 * Reads the project's event stream until it ends (resolves) or `signal` aborts (rejects). `onOpen` is
 * called once the server has answered; a refusal is an ApiError (a 401 asks for a token first).
 */
export async function readVersionEvents(
  projectKey: string,
  onEvent: (event: VersionEvent) => void,
  signal: AbortSignal,
  onOpen: () => void = () => undefined,
): Promise<void> {
  const response = await openStream(buildUrl(`${projectPath(projectKey)}/version-events`), signal);
  if (!response.body) throw new ApiError({ status: 200, message: 'no stream', kind: 'invalid-response' });
  onOpen();
  const parser = createParser({
    onEvent: (message) => {
      let event: unknown;
      try {
        event = JSON.parse(message.data);
      } catch {
        return; // one unreadable event is skipped, the stream goes on
      }
      if (isObject(event) && typeof event.type === 'string') onEvent(event as VersionEvent);
    },
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    parser.feed(value);
  }
}
