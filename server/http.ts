/**
 * Small helpers shared by the server's routes: JSON/text answers on a Fastify reply, Zadig-shaped error
 * bodies, the field path a 400 names, and a size-limited JSON body reader.
 */
import type { IncomingMessage } from 'node:http';
import type { FastifyReply } from 'fastify';
import { MAX_BODY_BYTES } from '../src/api/schemas';

/** A JSON answer exactly as written (no schema serializer), never cached. */
export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(body));
}

export function sendText(
  reply: FastifyReply,
  status: number,
  body: string,
  type = 'text/plain',
): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type(`${type}; charset=utf-8`).send(body);
}

/**
 * An error answered in one of Zadig's shapes. Its message (for the log) is the body's description,
 * or `logText` when the log should say more than the user is told.
 */
export class ZadigError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown> | null,
    logText?: string,
  ) {
    super(logText ?? (typeof body?.description === 'string' ? body.description : `HTTP ${status}`));
  }
}

/** 400 `{code:400, message:'Bad Request', description}` — a bad parameter; `description` names it. */
export function badRequest(description: string): ZadigError {
  return new ZadigError(400, { code: 400, message: 'Bad Request', description });
}

/**
 * 500 `{code:500, message:'Internal Error: ', description}` — how Zadig's handlers answer a plain Go
 * error (pkg/tool/errors/errors.go, `ErrorMessage`).
 */
export function internalError(description: string): ZadigError {
  return new ZadigError(500, { code: 500, message: 'Internal Error: ', description });
}

/** A typed Zadig error: `{type:'error', code, message, description, extra:{}}`. */
export function typedError(status: number, code: number, message: string, description = message): ZadigError {
  return new ZadigError(status, { type: 'error', code, message, description, extra: {} });
}

export function sendError(reply: FastifyReply, err: ZadigError): FastifyReply {
  if (err.body === null) return reply.code(err.status).header('cache-control', 'no-store').send();
  return sendJson(reply, err.status, err.body);
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

/** What a 413 says: the size (when declared), the limit, and what to do. */
export function tooLargeDescription(size: number | null, limit: number): string {
  const mb = (n: number) =>
    n % 1048576 === 0 ? `${n / 1048576} MB` : `${(Math.ceil((n / 1048576) * 10) / 10).toFixed(1)} MB`;
  const what = size === null ? 'is larger than' : `is ${size} bytes (${mb(size)}), over`;
  return (
    `body: ${what} the limit of ${limit} bytes (${mb(limit)}); ` +
    `a create request carries every service's YAML: make the YAML smaller or create the services in more than one version`
  );
}

/**
 * Reads a JSON body of at most MAX_BODY_BYTES. Too large → 413 (the rest of the body is drained, not
 * stored); malformed → 400; empty → `undefined`.
 */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    const tooLarge = () =>
      new ZadigError(413, {
        code: 413,
        message: 'Request Entity Too Large',
        description: tooLargeDescription(Number.isFinite(declared) ? declared : null, limit),
      });
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
