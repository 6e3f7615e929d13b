/** What a stream's event makes the pages read again. */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyVersionEvent, readBeforeOpen } from './use-version-stream';
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
  it('reads again what was read before it opened (a change in between would be missed), nothing else', () => {
    const client = new QueryClient();
    expect(readBeforeOpen(client, 'p')).toBe(false);
    client.setQueryData(key, {
      items: [],
      total: 0,
      labels: [],
      progress: { loaded: 0, total: 0, done: true },
    });
    expect(readBeforeOpen(client, 'p')).toBe(true);
    expect(readBeforeOpen(client, 'other')).toBe(false);
  });
});
