import { afterEach, describe, expect, it, vi } from 'vitest';
import { retryRelease } from './releases';

afterEach(() => vi.unstubAllGlobals());

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
