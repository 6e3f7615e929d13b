/** The versions API's change stream over real HTTP: writes through the sandbox's Zadig routes show up. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseSummary } from '../../src/api/model';
import { HOST, k8sRequest, startTestServer, waitFor, type TestServer } from '../test/helpers';
import type { IndexProgress } from './source';
import { eventOf, openSse, type SseReader } from './sse-reader';

let server: TestServer;
let stream: SseReader;
beforeAll(async () => {
  // copies take 30 ms; a heartbeat every 40 ms so the test sees one without waiting long
  server = await startTestServer({ pushMs: 30, versionsHeartbeatMs: 40 });
  stream = await openSse(`${server.url}/api/projects/yaml-demo/version-events`);
});
afterAll(async () => {
  stream.abort();
  await server.destroy();
});

type Versioned = { version: ReleaseSummary };
const named = (type: string, name: string, status?: string) =>
  eventOf<Versioned>(type, (e) => e.version.name === name && (!status || e.version.status === status));
const create = (json: unknown) =>
  server.json('/openapi/delivery/releases/k8s', { method: 'POST', json }).then((r) => {
    expect(r.status).toBe(200);
  });

describe('GET /api/projects/:project/version-events', () => {
  it('answers an event stream whose first event is the progress', async () => {
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers.get('cache-control')).toBe('no-store');
    const first = await stream.next(() => true);
    const total = (await server.app.inject('/api/projects/yaml-demo/versions')).json().total as number;
    expect(first.event).toBe('progress');
    expect(JSON.parse(first.data)).toEqual({
      type: 'progress',
      progress: { loaded: total, total, done: true } satisfies IndexProgress,
    });
  });

  it('tells of a version created through the Zadig route (added), then of its end (changed)', async () => {
    await create(k8sRequest({ version_name: 'sse-ok', labels: ['sse'] }));
    const added = JSON.parse((await stream.next(named('added', 'sse-ok'))).data) as Versioned;
    expect(added).toEqual({
      type: 'added',
      version: expect.objectContaining({ name: 'sse-ok', status: 'creating', labels: ['sse'] }),
    });
    const changed = JSON.parse((await stream.next(named('changed', 'sse-ok'))).data) as Versioned;
    expect(changed.version).toMatchObject({ id: added.version.id, status: 'success' });
  });

  it('tells of a failure, a retry and its success', async () => {
    const source = `${HOST}/user-service:sse-later`;
    const image = k8sRequest().services[0]!.images[0]!;
    await create(
      k8sRequest({
        version_name: 'sse-retry',
        services: [
          {
            service_name: 'user-service',
            images: [{ ...image, source_image: source, source_image_tag: 'sse-later' }],
          },
        ],
      }),
    );
    await stream.next(named('changed', 'sse-retry', 'failed'));
    const id = (await server.app.inject('/api/projects/yaml-demo/versions/sse-retry')).json().id as string;
    expect((await server.json('/sandbox/images', { method: 'POST', json: { image: source } })).status).toBe(
      200,
    );
    const retry = await server.json('/openapi/delivery/releases/retry', {
      method: 'POST',
      json: { id, projectKey: 'yaml-demo' },
    });
    expect(retry.status).toBe(200);
    await stream.next(named('changed', 'sse-retry', 'retrying'));
    await stream.next(named('changed', 'sse-retry', 'success'));
  });

  it('tells of a version deleted through the Zadig route (removed)', async () => {
    await create(k8sRequest({ version_name: 'sse-gone' }));
    const { version } = JSON.parse((await stream.next(named('added', 'sse-gone'))).data) as Versioned;
    const res = await server.json(`/openapi/delivery/releases/${version.id}?projectKey=yaml-demo`, {
      method: 'DELETE',
    });
    expect(res.status).toBe(200);
    const removed = await stream.next(eventOf('removed'));
    expect(JSON.parse(removed.data)).toEqual({ type: 'removed', id: version.id, name: 'sse-gone' });
  });

  it('keeps the connection alive with comment lines', async () => {
    expect(await stream.next((m) => m.event === 'comment')).toEqual({ event: 'comment', data: 'heartbeat' });
  });
});

describe('closing', () => {
  it('ends every stream when the server closes, and the close does not wait for them', async () => {
    const own = await startTestServer({ pushMs: 30 });
    const readers = await Promise.all(
      ['yaml-demo', 'helm-demo', 'yaml-demo'].map((p) =>
        openSse(`${own.url}/api/projects/${p}/version-events`),
      ),
    );
    await Promise.all(readers.map((r) => r.next(eventOf('progress'))));
    // without the plugin ending them, the server's close would wait for these connections for ever
    await own.destroy();
    await Promise.all(readers.map((r) => r.ended));
    expect(readers.map((r) => r.messages[0]?.event)).toEqual(['progress', 'progress', 'progress']);
  });
});

describe('the log', () => {
  it('has one line per call: the list and detail when answered, a stream when it ends or is left', async () => {
    const lines: string[] = [];
    const own = await startTestServer({ log: (line) => lines.push(line) });
    try {
      await own.app.inject('/api/projects/yaml-demo/versions?q=v1');
      await own.app.inject('/api/projects/yaml-demo/versions/v1.0.0');
      const left = await openSse(`${own.url}/api/projects/helm-demo/version-events`);
      await left.next(eventOf('progress'));
      left.abort();
      await waitFor(
        async () => lines.some((l) => l.includes('left by the client')),
        (logged) => logged,
      );
      const reader = await openSse(`${own.url}/api/projects/yaml-demo/version-events`);
      await reader.next(eventOf('progress'));
      await own.stop();
      await reader.ended;
      const messages = lines
        .map((l) => (JSON.parse(l) as { msg: string }).msg)
        .filter((m) => m.includes('/api/'));
      expect(messages).toEqual([
        expect.stringMatching(/^sandbox GET \/api\/projects\/yaml-demo\/versions → 200 \d+ms$/),
        expect.stringMatching(/^sandbox GET \/api\/projects\/yaml-demo\/versions\/v1\.0\.0 → 200 \d+ms$/),
        expect.stringMatching(
          /^event stream GET \/api\/projects\/helm-demo\/version-events → left by the client after \d+ms$/,
        ),
        expect.stringMatching(/^sandbox GET \/api\/projects\/yaml-demo\/version-events → 200 \d+ms$/),
      ]);
    } finally {
      await own.destroy();
    }
  });
});
