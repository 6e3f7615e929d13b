/** EventStreams on a bare Fastify app: a reader that goes away is unsubscribed at once. */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../test/helpers';
import { EventStreams } from './event-stream';
import type { VersionEvent } from './source';
import { eventOf, openSse } from './sse-reader';

let app: FastifyInstance | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const progress: VersionEvent = { type: 'progress', progress: { loaded: 0, total: 0, done: true } };

async function serve(streams: EventStreams, subscribed: Set<(e: VersionEvent) => void>) {
  app = Fastify();
  app.get('/events', async (req, reply) => {
    streams.start(req, reply, (send) => {
      subscribed.add(send);
      send(progress);
      return () => subscribed.delete(send);
    });
    return reply;
  });
  app.addHook('preClose', (done) => {
    streams.closeAll();
    done();
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/events`;
}

describe('EventStreams', () => {
  it('unsubscribes a reader that went away, and keeps the others', async () => {
    const streams = new EventStreams(60_000);
    const subscribed = new Set<(e: VersionEvent) => void>();
    const url = await serve(streams, subscribed);
    const [leaving, staying] = await Promise.all([openSse(url), openSse(url)]);
    await Promise.all([leaving.next(eventOf('progress')), staying.next(eventOf('progress'))]);
    expect(streams.size).toBe(2);

    leaving.abort();
    // the server hears of the closed connection when the socket closes; nothing to wait for but that
    await waitFor(
      async () => streams.size,
      (n) => n === 1,
    );
    expect(subscribed.size).toBe(1);
    const removed: VersionEvent = { type: 'removed', id: 'x', name: 'gone' };
    for (const send of subscribed) send(removed);
    expect(JSON.parse((await staying.next(eventOf('removed'))).data)).toEqual(removed);
    staying.abort();
  });

  it('sends a heartbeat comment every interval and nothing else meanwhile', async () => {
    const streams = new EventStreams(20);
    const url = await serve(streams, new Set());
    const reader = await openSse(url);
    await reader.next((m) => m.event === 'comment');
    await reader.next((m) => m.event === 'comment');
    expect(reader.messages.map((m) => m.event).slice(0, 3)).toEqual(['progress', 'comment', 'comment']);
    reader.abort();
  });
});
