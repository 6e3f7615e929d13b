import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noteZadigHost, resetDetailRoute } from './detail-route';
import { getRelease, retryRelease } from './releases';

beforeEach(() => resetDetailRoute());
afterEach(() => vi.unstubAllGlobals());

const realDetail = { version: 'v2', project_name: 'p', status: 'success', created_at: 1, deleted_at: 0 };

/** A real-generation server: no `/:id`, detail by name, the list knows ids. */
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
        return new Response(
          '{"code":500,"message":"Internal Error: ","description":"mongo: no documents in result"}',
          {
            status: 500,
          },
        );
      }
      return new Response('404 page not found', { status: 404 });
    }),
  );
  return urls;
}

describe('getRelease on real servers, without the version name', () => {
  it('learns the name from the list and asks /detail', async () => {
    const list = Array.from({ length: 150 }, (_, i) => ({ id: `id${i}`, version_name: `n${i}` }));
    list[120] = { id: 'wanted', version_name: 'v2' };
    const urls = realServer(list);
    const detail = await getRelease({ projectKey: 'p', id: 'wanted' });
    expect(detail).toMatchObject({ id: 'wanted', name: 'v2', projectKey: 'p' });
    expect(urls).toEqual([
      '/openapi/delivery/releases/wanted?projectKey=p',
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

describe('one detail route per server', () => {
  it('asks /detail directly once the server answered 404 at /:id, remembered for the session', async () => {
    const urls = realServer([]);
    await getRelease({ projectKey: 'p', id: 'a', name: 'v2' });
    await getRelease({ projectKey: 'p', id: 'a', name: 'v2' });
    await getRelease({ projectKey: 'p', id: 'b', name: 'v2' });
    expect(urls.filter((u) => u.includes('/releases/a?') || u.includes('/releases/b?'))).toEqual([
      '/openapi/delivery/releases/a?projectKey=p',
    ]);
    expect(urls.filter((u) => u.includes('/detail?'))).toHaveLength(3);
  });

  it('does not learn from a typed "version not found" (a server that has the route)', async () => {
    const urls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        urls.push(url);
        if (url.includes('/detail?')) return new Response(JSON.stringify(realDetail), { status: 200 });
        return new Response(JSON.stringify({ type: 'error', code: 6563, message: 'version not found' }), {
          status: 404,
        });
      }),
    );
    await getRelease({ projectKey: 'p', id: 'a', name: 'v2' });
    await getRelease({ projectKey: 'p', id: 'a', name: 'v2' });
    expect(urls.filter((u) => u.includes('/releases/a?'))).toHaveLength(2);
  });

  it('forgets what it learned when the console fronts another Zadig host', async () => {
    noteZadigHost('zadig-a.example.com');
    const urls = realServer([]);
    await getRelease({ projectKey: 'p', id: 'a', name: 'v2' });
    noteZadigHost('zadig-b.example.com');
    await getRelease({ projectKey: 'p', id: 'a', name: 'v2' });
    noteZadigHost('zadig-b.example.com');
    await getRelease({ projectKey: 'p', id: 'a', name: 'v2' });
    expect(urls.filter((u) => u.includes('/releases/a?'))).toHaveLength(2);
  });

  it('retry still sends both forms after the server is known', async () => {
    realServer([]);
    await getRelease({ projectKey: 'p', id: 'a', name: 'v2' });
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

describe('getRelease: details asked together on a real-generation server', () => {
  it('earns one 404 for all of them, not one each', async () => {
    const urls = realServer([]);
    const refs = Array.from({ length: 20 }, (_, i) => ({ projectKey: 'p', id: `id${i}`, name: 'v2' }));
    const details = await Promise.all(refs.map((ref) => getRelease(ref)));
    expect(details).toHaveLength(20);
    expect(urls.filter((u) => !u.includes('/detail?'))).toEqual([
      '/openapi/delivery/releases/id0?projectKey=p',
    ]);
    expect(urls.filter((u) => u.includes('/detail?'))).toHaveLength(20);
  });
});
