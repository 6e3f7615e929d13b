/**
 * Small HTTP helpers on plain node:http: a method + path router with `:params`, JSON/text answers,
 * Zadig-shaped error bodies, and a size-limited JSON body reader.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { MAX_BODY_BYTES } from '../src/api/schemas';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => void | Promise<void>;

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, path: string, handler: Handler): this {
    this.routes.push({ method, parts: path.split('/').filter(Boolean), handler });
    return this;
  }
  get(path: string, handler: Handler) {
    return this.add('GET', path, handler);
  }
  post(path: string, handler: Handler) {
    return this.add('POST', path, handler);
  }
  delete(path: string, handler: Handler) {
    return this.add('DELETE', path, handler);
  }

  /** The handler for a request (routes are tried in the order added), or why none matched. */
  match(
    method: string,
    pathname: string,
  ): { handler: Handler; params: Record<string, string> } | { error: 404 | 405 } {
    const parts = pathname.split('/').filter(Boolean);
    let pathMatched = false;
    for (const route of this.routes) {
      if (route.parts.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < parts.length; i++) {
        const want = route.parts[i]!;
        const got = parts[i]!;
        if (want.startsWith(':')) {
          try {
            params[want.slice(1)] = decodeURIComponent(got);
          } catch {
            ok = false;
            break;
          }
        } else if (want !== got) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      pathMatched = true;
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
        return { handler: route.handler, params };
      }
    }
    return { error: pathMatched ? 405 : 404 };
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, body: string, type = 'text/plain'): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** An error answered in one of Zadig's shapes. */
export class ZadigError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown> | null,
  ) {
    super(typeof body?.description === 'string' ? body.description : `HTTP ${status}`);
  }
}

/** 400 `{code:400, message:'Bad Request', description}` — a bad parameter; `description` names it. */
export function badRequest(description: string): ZadigError {
  return new ZadigError(400, { code: 400, message: 'Bad Request', description });
}

/** A typed Zadig error: `{type:'error', code, message, description, extra:{}}`. */
export function typedError(status: number, code: number, message: string, description = message): ZadigError {
  return new ZadigError(status, { type: 'error', code, message, description, extra: {} });
}

export function sendError(res: ServerResponse, err: ZadigError): void {
  if (err.body === null) {
    res.writeHead(err.status, { 'content-length': 0, 'cache-control': 'no-store' });
    res.end();
    return;
  }
  sendJson(res, err.status, err.body);
}

/** `services[0].images[1].source_image` from a zod issue path. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'body';
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A readable reason for one zod issue ("is required" rather than zod's type talk for missing fields). */
function issueReason(issue: z.core.$ZodIssue, input: unknown): string {
  const missing = issue.path.length > 0 && valueAt(input, issue.path) === undefined;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && missing) return 'is required';
  const generic = issue.message.startsWith('Invalid');
  if (issue.code === 'invalid_type' && generic) return `must be ${issue.expected}`;
  if (issue.code === 'invalid_value' && generic)
    return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Parses `input` with `schema`, or throws a 400 whose description names each bad field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const reasons = result.error.issues
    .slice(0, 10)
    .map((i) => `${fieldPath(i.path)}: ${issueReason(i, input)}`);
  throw badRequest(reasons.join('; '));
}

/**
 * Reads a JSON body of at most MAX_BODY_BYTES. Too large → 413 (the rest of the body is drained, not
 * stored); malformed → 400; empty → `undefined`.
 */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const tooLarge = () =>
      new ZadigError(413, {
        code: 413,
        message: 'Request Entity Too Large',
        description: `body: larger than ${limit} bytes`,
      });
    const declared = Number(req.headers['content-length'] ?? NaN);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > limit;
    let drained = 0;
    req.on('data', (chunk: Buffer) => {
      if (over) {
        drained += chunk.length;
        // stop reading a client that keeps sending far beyond the limit
        if (drained > 8 * limit) req.destroy();
        return;
      }
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => reject(over ? tooLarge() : badRequest('body: could not be read')));
    req.on('close', () => {
      if (over && !req.complete) reject(tooLarge());
    });
    req.on('end', () => {
      if (over) return reject(tooLarge());
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch (e) {
        reject(badRequest(`body: malformed JSON (${e instanceof Error ? e.message : 'parse error'})`));
      }
    });
  });
}

/** The query string as a plain object (first value of each key). */
export function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in out)) out[k] = v;
  return out;
}
