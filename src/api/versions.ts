/**
 * The console server's versions API (server/versions/source.ts, docs/versions-api.md): the only way the
 * browser reads a project's versions. A filtered page, one version by name, and a stream of changes;
 * every read goes through the API client (its token, its 401 dialog, its errors).
 */
import { createParser } from 'eventsource-parser';
import { apiRequest, buildUrl, openStream, type Schema } from './client';
import { ApiError } from './errors';
import { fail, reader } from './read-list';
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
const tests = {
  array: Array.isArray,
  number: (v: unknown) => typeof v === 'number',
  string: (v: unknown) => typeof v === 'string',
  object: isObject,
};

/** Our own server's answer: checked only for the fields the pages rely on, naming the first amiss. */
function shaped<T>(checks: Record<string, keyof typeof tests>): Schema<T> {
  return reader((json) => {
    const body = isObject(json) ? json : fail([], 'object');
    const bad = Object.entries(checks).find(([field, expected]) => !tests[expected](body[field]));
    return bad ? fail([bad[0]], bad[1]) : (json as T);
  });
}

const listReader = shaped<VersionList>({
  items: 'array',
  total: 'number',
  labels: 'array',
  progress: 'object',
});
const detailReader = shaped<ReleaseDetail>({ services: 'array', name: 'string', id: 'string' });

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
