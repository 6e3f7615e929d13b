import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest, buildUrl, setTokenProvider, setUnauthorizedHandler } from './client';
import { ApiError, errorFromResponse } from './errors';
import { retryRelease } from './releases';
import { getVersion } from './versions';

function respond(status: number, body: string, statusText = '') {
  return new Response(body, { status, statusText, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setTokenProvider(() => null);
  setUnauthorizedHandler(null);
});

describe('errorFromResponse', () => {
  it('reads typed Zadig errors', () => {
    const error = errorFromResponse(
      400,
      'Bad Request',
      JSON.stringify({
        type: 'error',
        code: 6560,
        message: 'version already exist',
        description: 'v1',
        extra: {},
      }),
    );
    expect(error).toMatchObject({
      status: 400,
      code: 6560,
      message: 'version already exist',
      kind: 'conflict',
    });
    expect(error.isDuplicateName).toBe(true);
  });

  it('reads bad-parameter errors', () => {
    const error = errorFromResponse(
      400,
      '',
      JSON.stringify({ code: 400, message: 'Bad Request', description: 'pageNum: must be at least 1' }),
    );
    expect(error.kind).toBe('bad-request');
    expect(error.description).toBe('pageNum: must be at least 1');
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    // No Zadig body: a router's or a proxy's 404 (gin's NoRoute, pkg/microservice/aslan/server/rest/server.go).
    [404, 'no-route'],
    [405, 'no-route'],
    [500, 'server'],
    [502, 'server'],
    [504, 'timeout'],
  ])('gives an empty-bodied %i the kind %s', (status, kind) => {
    const error = errorFromResponse(status, '', '');
    expect(error.kind).toBe(kind);
    expect(error.message).toBe(`HTTP ${status}`);
  });
});

describe('apiRequest', () => {
  it('builds query strings without empty values', () => {
    expect(buildUrl('/x', { a: 1, b: undefined, c: 'd e' })).toBe('/x?a=1&c=d+e');
  });

  it('sends the token and parses with the schema', async () => {
    const fetchMock = vi.fn(async () => respond(200, '{"message":"success"}'));
    vi.stubGlobal('fetch', fetchMock);
    setTokenProvider(() => 'secret');
    const result = await apiRequest('/openapi/x', { schema: z.object({ message: z.string() }) });
    expect(result).toEqual({ message: 'success' });
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer secret');
  });

  it('asks for a token once on 401 and sends the request again', async () => {
    let token: string | null = null;
    setTokenProvider(() => token);
    const handler = vi.fn(async () => {
      token = 'new';
      return true;
    });
    setUnauthorizedHandler(handler);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) =>
        (init.headers as Record<string, string>).Authorization === 'Bearer new'
          ? respond(200, '[]')
          : respond(401, ''),
      ),
    );
    await expect(apiRequest('/openapi/y', { schema: z.array(z.string()) })).resolves.toEqual([]);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('turns network failures into network errors', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(apiRequest('/openapi/z')).rejects.toMatchObject({ kind: 'network', status: 0 });
  });

  it('turns unparsable JSON into an invalid-response error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => respond(200, '<html>')),
    );
    const error = await apiRequest('/openapi/z', { schema: z.unknown() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('invalid-response');
  });
});

describe('release endpoints across server generations', () => {
  it('reads a version by name from the console server, the name one path segment', async () => {
    const urls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        urls.push(url);
        return respond(200, JSON.stringify({ id: 'abc', name: 'release/1', services: [] }));
      }),
    );
    const detail = await getVersion('p', 'release/1');
    expect(detail).toMatchObject({ id: 'abc', name: 'release/1' });
    expect(urls).toEqual(['/api/projects/p/versions/release%2F1']);
  });

  it('a typed Zadig 404 is "not found", a plain 404 or any 405 "no such route"', () => {
    const typed = JSON.stringify({ type: 'error', code: 6563, message: 'version not found' });
    expect(errorFromResponse(404, '', typed).kind).toBe('not-found');
    expect(errorFromResponse(404, '', 'Invalid path: /openapi/x').kind).toBe('no-route');
    expect(errorFromResponse(405, '', 'Method not allowed: GET /openapi/x').description).toBe(
      'Method not allowed: GET /openapi/x',
    );
  });

  it("reads a gateway's HTML error page as its words", () => {
    const page =
      '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';
    expect(errorFromResponse(502, 'Bad Gateway', page).description).toBe('502 Bad Gateway');
    expect(errorFromResponse(502, '', '<html><body><p>upstream  gone</p></body></html>').description).toBe(
      'upstream gone',
    );
  });

  it('sends retry parameters in the body and the query string', async () => {
    const fetchMock = vi.fn(async () => respond(200, '{"message":"success"}'));
    vi.stubGlobal('fetch', fetchMock);
    await retryRelease({ projectKey: 'p', id: 'abc' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/openapi/delivery/releases/retry?id=abc&projectKey=p');
    expect(JSON.parse(String(init.body))).toEqual({ id: 'abc', projectKey: 'p' });
  });
});
