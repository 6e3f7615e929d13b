import type { ZadigErrorBody } from './wire';

/** How the UI treats an error; decided in one place (`errorKind`). */
export type ApiErrorKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'no-route'
  | 'conflict'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid-response';

/**
 * The one typed error of the API layer: HTTP status (0 for network failures), Zadig `code`,
 * `message` and `description` from the body when there is one.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: number | undefined;
  readonly description: string;
  readonly kind: ApiErrorKind;
  /** For invalid responses: where in the payload the problem is. */
  readonly detail: string | undefined;

  constructor(init: {
    status: number;
    message: string;
    code?: number | undefined;
    description?: string | undefined;
    kind?: ApiErrorKind;
    detail?: string | undefined;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.description = init.description ?? '';
    this.detail = init.detail;
    this.kind = init.kind ?? kindForStatus(init.status, init.description ?? init.message);
  }

  /** True when the server said the version name is already taken. */
  get isDuplicateName(): boolean {
    return (
      this.kind === 'conflict' ||
      (this.status === 400 && /already exist/i.test(`${this.message} ${this.description}`))
    );
  }

  /** True when trying again later may help. */
  get retryable(): boolean {
    return this.kind === 'server' || this.kind === 'network' || this.kind === 'timeout';
  }
}

export function kindForStatus(status: number, text = ''): ApiErrorKind {
  if (status === 0) return 'network';
  if (status === 400 || status === 413 || status === 422) {
    return /already exist/i.test(text) ? 'conflict' : 'bad-request';
  }
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  // gin's NoMethod answer (Zadig sets `HandleMethodNotAllowed`, pkg/microservice/aslan/server/rest/server.go):
  // the server has no such route for this method, which says nothing about the version asked for.
  if (status === 405) return 'no-route';
  // Real Zadig answers an unknown version name with a 500 carrying MongoDB's "no documents" error.
  if (status === 500 && /no documents in result/i.test(text)) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 504 || status === 408) return 'timeout';
  return 'server';
}

/** Builds an ApiError from a non-2xx response body (which may be empty, JSON or anything else). */
export function errorFromResponse(status: number, statusText: string, bodyText: string): ApiError {
  let parsed: unknown;
  try {
    parsed = bodyText ? JSON.parse(bodyText) : undefined;
  } catch {
    parsed = undefined;
  }
  const body = readErrorBody(parsed);
  if (body && (body.message || body.description || body.code !== undefined)) {
    const description = body.description ?? '';
    return new ApiError({
      status,
      code: body.code,
      message: body.message || statusText || `HTTP ${status}`,
      description,
      kind: kindForStatus(status, `${body.message ?? ''} ${description}`),
    });
  }
  const plain = typeof parsed === 'undefined' && bodyText && bodyText.length < 500 ? textOf(bodyText) : '';
  return new ApiError({
    status,
    message: statusText || `HTTP ${status}`,
    description: plain,
    // A 404 without a Zadig body is a router's (gin's NoRoute `Invalid path: ...`, or a proxy's): the
    // server has no such route. Zadig answers an unknown version with a 500 or a typed JSON error.
    kind: status === 404 && typeof parsed === 'undefined' ? 'no-route' : kindForStatus(status, plain),
  });
}

/**
 * A short plain answer as text: a gateway's HTML error page (`<h1>502 Bad Gateway</h1>`) reads as its
 * words, never as markup.
 */
function textOf(body: string): string {
  if (!/^\s*</.test(body)) return body.trim();
  const title = /<(h1|title)[^>]*>([^<]*)</i.exec(body)?.[2];
  return (title ?? body.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * The fields of an error body that have the right type: one mistyped field (a `null` message, a string
 * code) must not lose the server's description.
 */
function readErrorBody(parsed: unknown): ZadigErrorBody | null {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const fields = parsed as Record<string, unknown>;
  const body: ZadigErrorBody = {};
  for (const key of ['type', 'message', 'description'] as const) {
    const value = fields[key];
    if (typeof value === 'string') body[key] = value;
  }
  // zod's numbers (as in `zadigErrorBodySchema`) are finite.
  if (typeof fields.code === 'number' && Number.isFinite(fields.code)) body.code = fields.code;
  return body;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Any thrown value as an ApiError (unknown errors count as network failures). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new ApiError({ status: 0, message: 'timeout', kind: 'timeout' });
  }
  return new ApiError({ status: 0, message: describeThrown(error), kind: 'network' });
}

/** A message for any thrown value; `String()` itself throws on some objects (null prototype, bad toString). */
function describeThrown(error: unknown): string {
  try {
    const message = error instanceof Error ? error.message : String(error);
    return typeof message === 'string' && message ? message : 'network error';
  } catch {
    return 'network error';
  }
}
