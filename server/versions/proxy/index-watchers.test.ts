/**
 * What watching a project costs Zadig through the proxy's index, on a clock the test moves (30 s of
 * watching in milliseconds): many watchers cost what one does, the steady state, live changes within
 * one interval, writes read again at once, nothing read while nobody watches. Zadig facts relied on:
 * - the list route and its paging, newest first: pkg/microservice/aslan/core/delivery/handler/openapi.go
 *   (`OpenAPIListDeliveryVersion`), core/common/repository/mongodb/delivery_version_v2.go (`List`);
 * - a version is `creating` until its image copies end (service/version_v2.go), so it is followed;
 * - create reads the project from the body's `project_key`, delete from the query's `projectKey`
 *   (handler/openapi.go, service/openapi.go `OpenAPICreateK8SDeliveryVersionV2Request`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../test/helpers';
import { openSse, type SseReader } from '../sse-reader';
import {
  listRequests,
  OTHER,
  startProxyConsole,
  startTestZadig,
  USER,
  type ProxyConsole,
  type TestZadig,
} from './test-zadig';

const LIVE = 5_000;
const REFRESH = 15_000;
let zadig: TestZadig;
beforeAll(async () => {
  zadig = await startTestZadig();
});
afterAll(() => zadig.close());

type Caller = { authorization: string };
const doneProgress = (m: { event: string; data: string }) =>
  m.event === 'progress' && JSON.parse(m.data).progress.done === true;

async function watchers(con: ProxyConsole, project: string, callers: Caller[]): Promise<SseReader[]> {
  const streams: SseReader[] = [];
  for (const caller of callers) {
    const stream = await openSse(`${con.server.url}/api/projects/${project}/version-events`, caller);
    await stream.next(doneProgress, 30_000);
    expect((await con.list(project, 'size=20', caller)).status).toBe(200);
    streams.push(stream);
  }
  return streams;
}

/** Zadig's requests for a project watched by `callers` for 30 s, each reloading its list every 10 s. */
async function costOf30s(project: string, callers: Caller[]): Promise<number> {
  await zadig.seed({ projectKey: project, count: 300, creating: [0] });
  const con = await startProxyConsole(zadig, { refreshMs: REFRESH, liveMs: LIVE });
  try {
    const streams = await watchers(con, project, callers);
    for (let t = 0; t < 30_000; t += 10_000) {
      await con.clock.advance(10_000);
      for (const caller of callers) expect((await con.list(project, '', caller)).status).toBe(200);
    }
    streams.forEach((s) => s.abort());
    return (await zadig.counts(project)).total;
  } finally {
    await con.server.stop();
  }
}

describe('watching a project with a version in flight', () => {
  it('costs Zadig for 5 watchers at most 1.5× what it costs for 1', async () => {
    const one = await costOf30s('watch-one', [USER]);
    const five = await costOf30s('watch-five', [USER, OTHER, USER, OTHER, USER]);
    console.log(`requests to Zadig in 30 s, first pass included: 1 watcher ${one}, 5 watchers ${five}`);
    expect(five).toBeLessThanOrEqual(one * 1.5);
  });

  it('costs at most 30 requests per 30 s in the steady state, and shows live changes within one interval', async () => {
    const project = 'watch-live';
    await zadig.seed({ projectKey: project, count: 300, creating: [0] });
    const con = await startProxyConsole(zadig, { refreshMs: REFRESH, liveMs: LIVE });
    try {
      const [stream] = await watchers(con, project, [USER]);
      await zadig.reset(project);
      await con.clock.advance(30_000);
      const steady = await zadig.counts(project);
      console.log(`steady state, 1 watcher, a version in flight: ${steady.total} requests per 30 s`);
      expect(steady.total).toBeLessThanOrEqual(30);

      await zadig.act('finish', { projectKey: project, versionName: 'build-00300', status: 'success' });
      await con.clock.advance(LIVE);
      const changed = await stream!.next((m) => m.event === 'changed', 5_000);
      expect(JSON.parse(changed.data).version).toMatchObject({ name: 'build-00300', status: 'success' });

      // nothing in flight now: additions and removals (one far down) show within one refresh interval
      await zadig.act('add', { projectKey: project, versionName: 'from-elsewhere', status: 'success' });
      await zadig.act('remove', { projectKey: project, versionName: 'build-00042' });
      await con.clock.advance(REFRESH);
      const added = await stream!.next((m) => m.event === 'added', 5_000);
      expect(JSON.parse(added.data).version).toMatchObject({ name: 'from-elsewhere' });
      const removed = await stream!.next((m) => m.event === 'removed', 5_000);
      expect(JSON.parse(removed.data)).toMatchObject({ name: 'build-00042' });
      expect((await con.list(project, 'q=build-00042')).body.total).toBe(0);
      stream!.abort();
    } finally {
      await con.server.stop();
    }
  });
});

describe('a version in flight further down than the first page', () => {
  it('is read by name once per live interval, and its end shown within one (service/openapi.go detail)', async () => {
    const project = 'watch-deep';
    await zadig.seed({ projectKey: project, count: 300, creating: [150] });
    const con = await startProxyConsole(zadig, { refreshMs: REFRESH, liveMs: LIVE });
    try {
      const [stream] = await watchers(con, project, [USER, OTHER]);
      await zadig.reset(project);
      await con.clock.advance(LIVE);
      expect((await zadig.counts(project)).byRoute).toEqual({ list: 1, detail: 1 });
      await zadig.act('finish', { projectKey: project, versionName: 'build-00150', status: 'failed' });
      await con.clock.advance(LIVE);
      const changed = await stream!.next((m) => m.event === 'changed', 5_000);
      expect(JSON.parse(changed.data).version).toMatchObject({ name: 'build-00150', status: 'failed' });
      // nothing in flight: the next look is a refresh interval away
      await zadig.reset(project);
      await con.clock.advance(REFRESH - 1);
      expect((await zadig.counts(project)).total).toBe(0);
    } finally {
      await con.server.stop();
    }
  });
});

describe('writes and idle projects', () => {
  it('reads a project again at once after a write through the proxy, and not at all while nobody watches', async () => {
    const project = 'watch-write';
    await zadig.seed({ projectKey: project, count: 50 });
    const con = await startProxyConsole(zadig, { refreshMs: REFRESH, liveMs: LIVE });
    try {
      const [stream] = await watchers(con, project, [USER]);
      const create = await con.server.request('/openapi/delivery/releases/k8s', {
        method: 'POST',
        headers: USER,
        json: {
          project_key: project,
          version_name: 'written',
          source: 'manual',
          desc: '',
          labels: [],
          services: [],
        },
      });
      expect(create.status).toBe(200);
      const added = JSON.parse((await stream!.next((m) => m.event === 'added', 10_000)).data);
      expect(added.version).toMatchObject({ name: 'written', status: 'creating' });
      const del = await con.server.request(
        `/openapi/delivery/releases/${added.version.id}?projectKey=${project}`,
        { method: 'DELETE', headers: USER },
      );
      expect(del.status).toBe(200);
      expect(JSON.parse((await stream!.next((m) => m.event === 'removed', 10_000)).data)).toMatchObject({
        name: 'written',
      });

      stream!.abort();
      // once the server has seen the stream end and the last watch has run out, Zadig is not asked
      await waitFor(
        async () => {
          await zadig.reset(project);
          await con.clock.advance(2 * REFRESH);
          return listRequests(await zadig.counts(project));
        },
        (n) => n === 0,
      );
      await con.clock.advance(10 * REFRESH);
      expect(listRequests(await zadig.counts(project))).toBe(0);
    } finally {
      await con.server.stop();
    }
  });
});
