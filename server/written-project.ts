/**
 * The project of a write the proxy forwards, so that the versions index reads it again at once
 * (`VersionSource.touched`). Where Zadig reads the project, per route
 * (pkg/microservice/aslan/core/delivery/handler/openapi.go):
 * - `POST /openapi/delivery/releases/k8s`, `/helm`: the JSON body's `project_key`
 *   (service/openapi.go `OpenAPICreateK8SDeliveryVersionV2Request`, `...HelmDeliveryVersionV2Request`);
 * - `POST /openapi/delivery/releases/retry`: the query's `projectKey` (`c.Query("projectKey")`);
 * - `DELETE /openapi/delivery/releases/:id`: the query's `projectKey`.
 * The request body streams on to Zadig unchanged; a copy of a create's body is kept to read the field.
 */
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { consoleCall } from './console-api';

const CREATE = /^\/openapi\/delivery\/releases\/(k8s|helm)$/;
/** A create body larger than this is not read for its project (Zadig's own limit is larger still). */
const MAX_COPY = 16 * 1024 * 1024;

const copies = new WeakMap<FastifyRequest, Buffer[]>();

/** The project a forwarded write names, or null (a read, another route, or no project named). */
export function writtenProject(method: string, rawUrl: string, body?: Buffer): string | null {
  const url = new URL(rawUrl, 'http://console');
  const call = consoleCall(method, url.pathname);
  if (!call?.write) return null;
  if (!CREATE.test(url.pathname)) return url.searchParams.get('projectKey') || null;
  try {
    const parsed: unknown = JSON.parse(body?.toString('utf8') ?? '');
    const key = (parsed as { project_key?: unknown } | null)?.project_key;
    return typeof key === 'string' && key !== '' ? key : null;
  } catch {
    return null;
  }
}

/**
 * Calls `touched(project)` after each write the proxy forwarded that Zadig answered with a success.
 * Registered on the app before the proxy, so that its hooks see the proxy's requests.
 */
export function trackWrites(app: FastifyInstance, touched: (project: string) => void): void {
  app.addHook('preParsing', async (req, _reply, payload) => {
    const path = req.url.split('?')[0] ?? '';
    if (req.method !== 'POST' || !CREATE.test(path)) return payload;
    const chunks: Buffer[] = [];
    let size = 0;
    copies.set(req, chunks);
    const copy = new PassThrough();
    (payload as Readable).on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_COPY) chunks.push(chunk);
      else chunks.length = 0;
    });
    (payload as Readable).pipe(copy);
    return copy;
  });
  app.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode < 200 || reply.statusCode >= 300 || req.method === 'GET') return;
    const chunks = copies.get(req);
    const project = writtenProject(req.method, req.url, chunks ? Buffer.concat(chunks) : undefined);
    if (project) touched(project);
  });
}
