import { afterEach, describe, expect, it, vi } from 'vitest';
import { getRelease, retryRelease } from './releases';

afterEach(() => vi.unstubAllGlobals());

const realDetail = { version: 'v2', project_name: 'p', status: 'success', created_at: 1, deleted_at: 0 };

/**
 * A server that routes as every Zadig v4.0.0–v5.0.0 does (pkg/microservice/aslan/core/delivery/handler/
 * router.go, `OpenAPIRouter`; gin's NoRoute/NoMethod answers in pkg/microservice/aslan/server/rest/
 * server.go): detail by name only, `GET /:id` is a 405, an unknown name a 500 (service/openapi.go).
 */
function realServer(list: { id: string; version_name: string }[]) {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      const u = new URL(url, 'http://x');
      if (u.pathname === '/openapi/delivery/releases') {
        const page = Number(u.searchParams.get('pageNum'));
        const items = list.slice((page - 1) * 100, page * 100).map((v) => ({ ...v, create_time: 1 }));
        return new Response(JSON.stringify({ list: items, total: list.length }), { status: 200 });
      }
      if (u.pathname === '/openapi/delivery/releases/detail' && u.searchParams.get('versionName') === 'v2') {
        return new Response(JSON.stringify(realDetail), { status: 200 });
      }
      if (u.pathname === '/openapi/delivery/releases/detail') {
        const body =
          '{"code":500,"message":"Internal Error: ","description":"mongo: no documents in result"}';
        return new Response(body, { status: 500 });
      }
      if (/^\/openapi\/delivery\/releases\/[^/]+$/.test(u.pathname)) {
        return new Response(`Method not allowed: GET ${u.pathname}`, { status: 405 });
      }
      return new Response(`Invalid path: ${u.pathname}`, { status: 404 });
    }),
  );
  return urls;
}

describe('getRelease reads by name, the only detail route real servers have', () => {
  it('asks /detail?versionName= and never /:id', async () => {
    const urls = realServer([]);
    const detail = await getRelease({ projectKey: 'p', id: 'a', name: 'v2' });
    expect(detail).toMatchObject({ id: 'a', name: 'v2', projectKey: 'p', status: 'success' });
    expect(urls).toEqual(['/openapi/delivery/releases/detail?projectKey=p&versionName=v2']);
  });

  it('reads 20 details with 20 requests by name, none by id', async () => {
    const urls = realServer([]);
    const refs = Array.from({ length: 20 }, (_, i) => ({ projectKey: 'p', id: `id${i}`, name: 'v2' }));
    expect(await Promise.all(refs.map((ref) => getRelease(ref)))).toHaveLength(20);
    expect(urls.every((u) => u.startsWith('/openapi/delivery/releases/detail?'))).toBe(true);
    expect(urls).toHaveLength(20);
  });
});

describe('getRelease without the version name (an id-only link)', () => {
  it('learns the name from the list, then reads by name', async () => {
    const list = Array.from({ length: 150 }, (_, i) => ({ id: `id${i}`, version_name: `n${i}` }));
    list[120] = { id: 'wanted', version_name: 'v2' };
    const urls = realServer(list);
    const detail = await getRelease({ projectKey: 'p', id: 'wanted' });
    expect(detail).toMatchObject({ id: 'wanted', name: 'v2', projectKey: 'p' });
    expect(urls).toEqual([
      '/openapi/delivery/releases?projectKey=p&pageNum=1&pageSize=100',
      '/openapi/delivery/releases?projectKey=p&pageNum=2&pageSize=100',
      '/openapi/delivery/releases/detail?projectKey=p&versionName=v2',
    ]);
  });

  it('says not found when no version has that id', async () => {
    realServer([{ id: 'other', version_name: 'v2' }]);
    await expect(getRelease({ projectKey: 'p', id: 'gone' })).rejects.toMatchObject({
      status: 404,
      kind: 'not-found',
    });
  });

  it('says not found for a name real servers do not know (their 500)', async () => {
    realServer([]);
    await expect(getRelease({ projectKey: 'p', id: 'x', name: 'ghost' })).rejects.toMatchObject({
      status: 500,
      kind: 'not-found',
    });
  });
});

describe('a route the server does not have is never "version not found"', () => {
  it.each([
    [405, 'Method not allowed: GET /openapi/delivery/releases/detail'],
    [404, 'Invalid path: /openapi/delivery/releases/detail'],
  ])('a %i from the detail route is "no such route", with the server\'s words', async (status, body) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status })),
    );
    await expect(getRelease({ projectKey: 'p', id: 'a', name: 'v2' })).rejects.toMatchObject({
      status,
      kind: 'no-route',
      description: body,
    });
  });
});

describe('retryRelease', () => {
  it('sends id and projectKey in both the body and the query string', async () => {
    const calls: { url: string; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push({ url, body: JSON.parse(String(init.body)) });
        return new Response('{"message":"success"}', { status: 200 });
      }),
    );
    await retryRelease({ projectKey: 'p', id: 'a' });
    expect(calls).toEqual([
      { url: '/openapi/delivery/releases/retry?id=a&projectKey=p', body: { id: 'a', projectKey: 'p' } },
    ]);
  });
});
