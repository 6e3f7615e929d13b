// @vitest-environment jsdom
/** The console's connection: offline on an outage, back by itself (short interval here), and at once on `online`. */
import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { connectionOf } from './connection';
import { createQueryClient } from './query-client';

afterEach(() => vi.unstubAllGlobals());

function serverThatIs(state: { up: boolean }) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    if (!state.up) throw new TypeError('Failed to fetch');
    const path = new URL(String(input), 'http://localhost').pathname;
    const body = path === '/api/health' ? { mode: 'sandbox' } : { ok: true };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The server as the page's read sees it (module scope: the read has no other inputs). */
const reachable = { now: false };

function watchRead(client: ReturnType<typeof createQueryClient>, state: { up: boolean }) {
  reachable.now = state.up;
  Object.defineProperty(state, 'up', {
    get: () => reachable.now,
    set: (up: boolean) => (reachable.now = up),
  });
  const observer = new QueryObserver(client, {
    queryKey: ['read'],
    queryFn: () => {
      if (!reachable.now) throw new ApiError({ status: 0, message: 'Failed to fetch' });
      return 'fresh';
    },
    retry: false,
  });
  const unsubscribe = observer.subscribe(() => undefined);
  return { observer, unsubscribe };
}

describe('connection', () => {
  it('goes offline when the server cannot be reached and recovers by itself, refreshing the page', async () => {
    const state = { up: false };
    serverThatIs(state);
    const client = createQueryClient({ recoverMs: 20 });
    const connection = connectionOf(client)!;
    const { observer, unsubscribe } = watchRead(client, state);
    await vi.waitFor(() => expect(connection.offline()).toBe(true));
    expect(observer.getCurrentResult().isError).toBe(true);

    state.up = true;
    await vi.waitFor(() => expect(connection.offline()).toBe(false), { timeout: 2000 });
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe('fresh'));
    expect(observer.getCurrentResult().isError).toBe(false);
    unsubscribe();
  });

  it('checks at once when the browser says it is online again', async () => {
    const state = { up: false };
    const fetchMock = serverThatIs(state);
    const client = createQueryClient({ recoverMs: 60_000 });
    const connection = connectionOf(client)!;
    const { unsubscribe } = watchRead(client, state);
    await vi.waitFor(() => expect(connection.offline()).toBe(true));

    state.up = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(connection.offline()).toBe(false));
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/api/health'))).toBe(true);
    unsubscribe();
  });

  it('tells Zadig down behind a server that answers from the server itself down', async () => {
    const zadig = { up: false };
    const server = { up: true };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        if (!server.up) throw new TypeError('Failed to fetch');
        const health = {
          mode: 'proxy',
          zadigHost: 'zadig.example.com',
          upstream: zadig.up ? 'ok' : 'unreachable',
        };
        return new Response(JSON.stringify(health), { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    const client = createQueryClient({ recoverMs: 20 });
    const connection = connectionOf(client)!;
    // The console's server answers for Zadig, in its Zadig-shaped body (server/proxy.ts).
    const gone = new ApiError({ status: 502, code: 502, message: 'Bad Gateway' });
    const observer = new QueryObserver(client, {
      queryKey: ['through the proxy'],
      queryFn: () => {
        if (!zadig.up) throw gone;
        return 'fresh';
      },
      retry: false,
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(connection.outage()).toBe('zadig'));

    // The server goes too: its health check fails.
    server.up = false;
    await vi.waitFor(() => expect(connection.outage()).toBe('server'), { timeout: 2000 });
    // The server is back, Zadig still not: its health check says so.
    server.up = true;
    await vi.waitFor(() => expect(connection.outage()).toBe('zadig'), { timeout: 2000 });
    zadig.up = true;
    await vi.waitFor(() => expect(connection.outage()).toBeNull(), { timeout: 2000 });
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe('fresh'));
    unsubscribe();
  });

  it('does not call a refusal an outage', async () => {
    serverThatIs({ up: true });
    const client = createQueryClient({ recoverMs: 20 });
    const observer = new QueryObserver(client, {
      queryKey: ['refused'],
      queryFn: () => {
        throw new ApiError({ status: 403, message: 'Forbidden' });
      },
      retry: false,
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().isError).toBe(true));
    expect(connectionOf(client)!.offline()).toBe(false);
    unsubscribe();
  });
});
