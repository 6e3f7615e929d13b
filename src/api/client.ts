import type { core } from 'zod/mini';
import { MAX_BODY_BYTES } from './constants';
import { takeFirstList } from '../first-list/first-list';
import { ApiError, errorFromResponse, toApiError } from './errors';

/** What a failed read says, zod's issues included. */
export interface ReadIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  minimum?: unknown;
  maximum?: unknown;
  values?: readonly unknown[];
}

/**
 * Reads an answer: any zod schema (full or mini), or a hand-written reader of the same shape (the
 * version list's, which keeps zod out of the first page's code). Nothing here loads zod.
 */
export interface Schema<T = unknown> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: ReadIssue[] } };
}

type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions<S extends Schema | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** Parses the JSON answer; without it the answer is returned as text. */
  schema?: S;
  signal?: AbortSignal | undefined;
  /** Per-request time limit in ms (default 30 s). */
  timeoutMs?: number;
  /**
   * Send this API token instead of the registered one; a 401 then comes back to the caller instead of
   * opening the token dialog (used to check a token before it is kept).
   */
  token?: string;
}

type Result<S> = S extends core.$ZodType ? core.output<S> : S extends Schema<infer T> ? T : string;

/** Any JSON answer, unchecked (its reader looks at it). */
export const anyJson: Schema = { safeParse: (data) => ({ success: true, data }) };

/** Where a user-supplied API token comes from (the token dialog registers one). */
let tokenProvider: () => string | null = () => null;
export function setTokenProvider(provider: () => string | null): void {
  tokenProvider = provider;
}

/**
 * Called on a 401 with the token the refused request carried, and whether that request would change
 * something (a create, retry or delete); resolves true when there is a (new) token to use, and the
 * request is sent again once. Registered by the token dialog; without one, 401 surfaces as an ApiError.
 */
export type UnauthorizedHandler = (usedToken: string | null, change: boolean) => Promise<boolean>;
let unauthorizedHandler: UnauthorizedHandler | null = null;
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function send(
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    return await fetch(url, { ...init, signal: combined });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw new ApiError({ status: 0, message: 'timeout', kind: 'timeout' });
    throw toApiError(error);
  }
}

/** Sends one request to the API and returns the parsed answer, or throws an ApiError. */
export async function apiRequest<S extends Schema | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<Result<S>> {
  const { method = 'GET', query, body, schema, signal, timeoutMs = 30_000, token: givenToken } = options;
  const url = buildUrl(path, query);
  let payload: string | undefined;
  if (body !== undefined) {
    payload = JSON.stringify(body);
    // The limit counts UTF-8 bytes, as the server does (a character may take up to 3).
    const bytes = payload.length > MAX_BODY_BYTES / 3 ? new TextEncoder().encode(payload).length : 0;
    if (bytes > MAX_BODY_BYTES) {
      throw new ApiError({
        status: 413,
        message: 'Request Entity Too Large',
        description: `body: ${bytes} bytes, over the limit of ${MAX_BODY_BYTES} bytes (10 MB); not sent`,
        kind: 'bad-request',
      });
    }
  }

  for (let attempt = 0; ; attempt++) {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (payload !== undefined) headers['Content-Type'] = 'application/json';
    const token = givenToken ?? tokenProvider();
    if (token) headers.Authorization = `Bearer ${token}`;

    // The list page opened first may have been asked for before the app ran (src/first-list/): its
    // answer is read like the app's own; if it failed, the app's own request is sent instead.
    const early =
      method === 'GET' && attempt === 0 && givenToken === undefined
        ? takeFirstList(url, token ?? null)
        : null;
    const adopted = early ? await early.catch(() => null) : null;
    if (early) signal?.throwIfAborted(); // a query cancelled meanwhile gets its abort
    const response =
      adopted ?? (await send(url, { method, headers, body: payload ?? null }, timeoutMs, signal));
    const text = await response.text().catch(() => '');
    const askForToken = response.status === 401 && attempt === 0 && givenToken === undefined;
    if (askForToken && unauthorizedHandler && (await unauthorizedHandler(token ?? null, method !== 'GET'))) {
      continue;
    }
    if (!response.ok) throw errorFromResponse(response.status, response.statusText, text);
    if (!schema) return text as Result<S>;
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      throw new ApiError({ status: response.status, message: 'invalid-json', kind: 'invalid-response' });
    }
    return parseResponse(schema, json) as Result<S>;
  }
}

/**
 * Opens a long-lived GET (an event stream) with the registered token, and no time limit but `signal`: a
 * 401 opens the token dialog and the request is sent again once with the new token, as `apiRequest`
 * does; any other refusal is the same ApiError. Resolves with the open response, body unread.
 */
export async function openStream(path: string, signal: AbortSignal): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const token = tokenProvider();
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(path, { headers, signal, cache: 'no-store' });
    } catch (error) {
      if (signal.aborted) throw error;
      throw toApiError(error);
    }
    if (response.ok) return response;
    const text = await response.text().catch(() => '');
    if (
      response.status === 401 &&
      attempt === 0 &&
      unauthorizedHandler &&
      (await unauthorizedHandler(token, false))
    ) {
      continue;
    }
    throw errorFromResponse(response.status, response.statusText, text);
  }
}

/** Parses a payload with a wire schema; a mismatch becomes an `invalid-response` ApiError. */
export function parseResponse<S extends Schema>(schema: S, json: unknown): Result<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data as Result<S>;
  const issue = result.error.issues[0];
  const where = issue ? issue.path.join('.') : '';
  return invalidResponse(`${where || '(root)'}: ${issue ? describeIssue(issue) : 'unexpected shape'}`);
}

/** zod/mini carries no message texts: say what was expected from the issue itself. */
function describeIssue(issue: ReadIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message || 'unexpected value';
  }
}

function invalidResponse(detail: string): never {
  throw new ApiError({ status: 200, message: 'invalid-response', kind: 'invalid-response', detail });
}
