/** What a stream's event makes the pages read again. */
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { applyVersionEvent, coalescedRefresh, showsInFlight } from './use-version-stream';
import { LIVE_INTERVAL } from './live-intervals';
import { releaseQueries, versionQuery } from './queries';

const key = releaseQueries.list('p', versionQuery({ status: ['failed'] })).queryKey;

function refreshesOn(loaded: number, progress: { loaded: number; total: number; done: boolean }): number {
  const client = new QueryClient();
  client.setQueryData(key, {
    items: [],
    total: 0,
    labels: [],
    progress: { loaded, total: 300, done: loaded === 300 },
  });
  let refreshes = 0;
  applyVersionEvent(client, 'p', { type: 'progress', progress }, () => refreshes++);
  return refreshes;
}

describe('a progress event', () => {
  it('reads again while the pass goes on', () => {
    expect(refreshesOn(100, { loaded: 200, total: 300, done: false })).toBe(1);
  });

  it('once done, reads a list again that was read before the pass ended, and nothing otherwise', () => {
    expect(refreshesOn(100, { loaded: 300, total: 300, done: true })).toBe(1);
    expect(refreshesOn(300, { loaded: 300, total: 300, done: true })).toBe(0);
  });
});

describe('a stream that opens', () => {
  it('reads again what it showed in flight (it may have finished before the stream opened), nothing else', () => {
    const client = new QueryClient();
    expect(showsInFlight(client, 'p')).toBe(false);
    const version = { id: 'a', name: 'v-a', type: 'K8SYaml', source: 'manual', status: 'success' };
    const row = { ...version, labels: [], description: '', createdBy: '', createdAt: 1 };
    const list = (status: string) => ({
      items: [{ ...row, status }],
      total: 1,
      labels: [],
      progress: { loaded: 1, total: 1, done: true },
    });
    client.setQueryData(key, list('success'));
    expect(showsInFlight(client, 'p')).toBe(false);
    client.setQueryData(key, list('creating'));
    expect(showsInFlight(client, 'p')).toBe(true);
    expect(showsInFlight(client, 'other')).toBe(false);
    client.setQueryData(key, list('success'));
    client.setQueryData(releaseQueries.detail({ projectKey: 'p', id: 'a', name: 'v-a' }).queryKey, {
      ...row,
      status: 'retrying',
    } as never);
    expect(showsInFlight(client, 'p')).toBe(true);
  });
});

describe('a list read during the server’s first pass', () => {
  it('is read again at the live pace even while the stream is open, and not once it is whole', () => {
    const client = new QueryClient();
    const options = releaseQueries.list('p', versionQuery({ status: ['failed'] }), false);
    const interval = options.refetchInterval as (query: unknown) => number | false;
    const at = (done: boolean) => {
      client.setQueryData(options.queryKey, {
        items: [],
        total: 0,
        labels: [],
        progress: { loaded: 1, total: 3, done },
      });
      return interval(client.getQueryCache().find({ queryKey: options.queryKey }));
    };
    expect(at(false)).toBe(LIVE_INTERVAL);
    expect(at(true)).toBe(false);
  });
});

describe('a refresh while the version is already being read', () => {
  it('reads it once more after that read, which may have started before the change', async () => {
    const client = new QueryClient();
    const reads: Array<(status: string) => void> = [];
    const observer = new QueryObserver(client, {
      queryKey: releaseQueries.detail({ projectKey: 'p', id: 'a', name: 'v-a' }).queryKey,
      queryFn: () => new Promise<string>((resolve) => reads.push(resolve)),
    });
    const stop = observer.subscribe(() => {});
    // A read (the page's first, a poll, a focus) started before the version finished.
    await vi.waitFor(() => expect(reads).toHaveLength(1));

    coalescedRefresh(client, 'p')(); // the event that says it finished
    reads[0]!('creating'); // the early read answers with what it saw
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe('creating'));
    await vi.waitFor(() => expect(reads).toHaveLength(2));
    reads[1]!('success');
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe('success'));
    stop();
  });
});
