/**
 * Property-based tests of error parsing: whatever status and body a server (or a proxy in front of it)
 * answers, the client ends with one typed `ApiError` that keeps the server's description, and a
 * response body that does not fit its schema becomes `invalid-response`, never another exception.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { hostileString, hostileValue, mostly, objectOf } from '../lib/testing/hostile-arbitraries';
import { apiRequest, parseResponse } from './client';
import { ApiError, errorFromResponse, kindForStatus, toApiError, type ApiErrorKind } from './errors';
import { releaseDetailWireSchema, releaseListResponseSchema } from './schemas';

const KINDS: readonly ApiErrorKind[] = [
  'bad-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'no-route',
  'conflict',
  'server',
  'network',
  'timeout',
  'invalid-response',
];
const RUNS = { numRuns: 400 };

const errorStatus = fc.oneof(
  fc.constantFrom(400, 401, 403, 404, 408, 409, 413, 422, 500, 502, 503, 504),
  fc.integer({ min: 400, max: 599 }),
);

/** Zadig's error bodies, with fields missing, mistyped or hostile. */
const errorBody = objectOf({
  type: mostly(fc.constant('error')),
  code: mostly(fc.constantFrom(400, 500, 6560, 6562, 6563, 6566, 7050)),
  message: mostly(hostileString),
  description: mostly(hostileString),
  extra: mostly(fc.jsonValue({ maxDepth: 2 })),
});

/** What a body can be: a (mutated) Zadig error, any JSON, an HTML error page, plain text, nothing. */
const bodyText = fc.oneof(
  { weight: 4, arbitrary: errorBody.map((b) => JSON.stringify(b)) },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? '') },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constant('<html><body><h1>502 Bad Gateway</h1></body></html>') },
  { weight: 1, arbitrary: fc.constant('') },
);

function expectWellFormed(error: ApiError, status: number) {
  expect(error).toBeInstanceOf(ApiError);
  expect(error.status).toBe(status);
  expect(KINDS).toContain(error.kind);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeGreaterThan(0);
  expect(typeof error.description).toBe('string');
}

describe('errorFromResponse', () => {
  it('always returns a well-formed ApiError, whatever the body', () => {
    fc.assert(
      fc.property(errorStatus, hostileString, bodyText, (status, statusText, body) => {
        const error = errorFromResponse(status, statusText, body);
        expectWellFormed(error, status);
      }),
      RUNS,
    );
  });

  it("keeps the server's description and classifies by status, even when other fields are mistyped", () => {
    fc.assert(
      fc.property(errorStatus, errorBody, hostileString, (status, body, description) => {
        const error = errorFromResponse(status, '', JSON.stringify({ ...body, description }));
        expectWellFormed(error, status);
        if (description) expect(error.description).toBe(description);
        expect(error.kind).toBe(kindForStatus(status, `${error.message} ${error.description}`));
        // The code as it travels in JSON (-0 arrives as 0, NaN and Infinity as null).
        const sent: unknown = JSON.parse(JSON.stringify({ code: body.code })).code;
        if (typeof sent === 'number') expect(error.code).toBe(sent);
      }),
      RUNS,
    );
  });

  it('401 and 403 with an empty body ask for a token and report no permission', () => {
    expect(errorFromResponse(401, '', '').kind).toBe('unauthorized');
    expect(errorFromResponse(403, '', '').kind).toBe('forbidden');
  });
});

describe('toApiError', () => {
  it('turns any thrown value into an ApiError and leaves ApiErrors as they are', () => {
    fc.assert(
      fc.property(fc.anything(), (thrown) => {
        const error = toApiError(thrown);
        expect(error).toBeInstanceOf(ApiError);
        expect(KINDS).toContain(error.kind);
      }),
      RUNS,
    );
    const original = new ApiError({ status: 400, message: 'x' });
    expect(toApiError(original)).toBe(original);
  });
});

describe('parseResponse', () => {
  it('returns the parsed value or an invalid-response error naming where the payload is wrong', () => {
    const schemas = [releaseListResponseSchema, releaseDetailWireSchema, z.object({ message: z.string() })];
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.oneof(fc.jsonValue(), hostileValue), (schema, json) => {
        try {
          parseResponse(schema, json);
        } catch (error) {
          expect(error).toBeInstanceOf(ApiError);
          expect((error as ApiError).kind).toBe('invalid-response');
          expect((error as ApiError).detail).toMatch(/^.+: .+/);
        }
      }),
      RUNS,
    );
  });
});

describe('apiRequest against any answer', () => {
  afterEach(() => vi.unstubAllGlobals());

  const NULL_BODY = new Set([204, 205, 304]);
  const anyStatus = fc.oneof(fc.constantFrom(200, 201, 204), errorStatus, fc.integer({ min: 200, max: 599 }));

  it('resolves with the parsed body or rejects with an ApiError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(anyStatus, bodyText, async (status, body) => {
        vi.stubGlobal('fetch', () =>
          Promise.resolve(new Response(NULL_BODY.has(status) ? null : body, { status })),
        );
        try {
          const value = await apiRequest('/openapi/delivery/releases', {
            query: { projectKey: 'p', pageNum: 1, pageSize: 20 },
            schema: releaseListResponseSchema,
          });
          expect(status).toBeLessThan(300);
          expect(Array.isArray(value.list)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ApiError);
          const apiError = error as ApiError;
          if (status >= 200 && status < 300) expect(apiError.kind).toBe('invalid-response');
          else expectWellFormed(apiError, status);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('turns a network failure into a network ApiError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (thrown) => {
        vi.stubGlobal('fetch', () => Promise.reject(thrown));
        const error = await apiRequest('/api/health').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).kind).toBe('network');
      }),
      { numRuns: 100 },
    );
  });
});
