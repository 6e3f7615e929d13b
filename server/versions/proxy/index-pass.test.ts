/**
 * The proxy's versions index against a Zadig of 10,000 versions: the first pass, what the next person
 * and a restart cost, a DATA_DIR that cannot be written, a token Zadig refuses. Zadig facts relied on:
 * - the list route, its required `projectKey`, `pageNum`, `pageSize` (any size), `{list, total}`,
 *   newest first by `created_at`: pkg/microservice/aslan/core/delivery/handler/openapi.go
 *   (`OpenAPIListDeliveryVersion`), service/openapi.go (`OpenAPIListDeliveryVersionV2Resp`),
 *   core/common/repository/mongodb/delivery_version_v2.go (`List`: skip/limit, sort `created_at` -1);
 * - a caller without rights on the project gets 403, an unknown or missing token 401, both with an
 *   empty body: pkg/shared/handler/base.go (`JSONResponse`, `UnAuthorized` → 403).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSse } from '../sse-reader';
import { listRequests, OTHER, startProxyConsole, startTestZadig, USER, type TestZadig } from './test-zadig';

const BIG = 'pass-big';
let zadig: TestZadig;
let dataDir: string;

beforeAll(async () => {
  zadig = await startTestZadig();
  await zadig.seed({ projectKey: BIG, count: 10_000, failed: [1_500, 4_200, 8_800] });
  dataDir = mkdtempSync(join(tmpdir(), 'zrc-proxyidx-'));
});
afterAll(async () => {
  await zadig.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the first pass over a project of 10,000 versions', () => {
  it('reads it once, 100 pages of 100, telling progress; then the next person pays a few requests', async () => {
    const con = await startProxyConsole(zadig, { dataDir });
    try {
      const stream = await openSse(`${con.server.url}/api/projects/${BIG}/version-events`, USER);
      const done = await stream.next(
        (m) => m.event === 'progress' && JSON.parse(m.data).progress.done,
        60_000,
      );
      expect(JSON.parse(done.data).progress).toEqual({ loaded: 10_000, total: 10_000, done: true });
      const partial = stream.messages
        .filter((m) => m.event === 'progress')
        .map((m) => JSON.parse(m.data).progress as { loaded: number; done: boolean })
        .filter((p) => !p.done && p.loaded > 0);
      expect(partial.length).toBeGreaterThanOrEqual(50);
      const first = await zadig.counts(BIG);
      // one authorising read of one item, then the pass
      expect(first.listPageSizes).toEqual({ '1': 1, '100': 100 });

      const failed = await con.list(BIG, 'status=failed&size=10');
      expect(failed.status).toBe(200);
      expect(failed.body.items.map((v: { name: string }) => v.name)).toEqual([
        'build-08500',
        'build-05800',
        'build-01200',
      ]);
      stream.abort();

      // another person, after the refresh interval: their own authorisation and one page from the top
      await zadig.reset(BIG);
      await con.clock.advance(15_000);
      const again = await con.list(BIG, 'status=failed&size=10', OTHER);
      expect(again.body.items).toEqual(failed.body.items);
      const next = await zadig.counts(BIG);
      expect(listRequests(next)).toBeLessThanOrEqual(5);
      expect(next.listPageSizes).toEqual({ '1': 1, '100': 1 });
    } finally {
      await con.server.stop();
    }
  });

  it('after a restart with the same DATA_DIR, reads only the first page again', async () => {
    await zadig.reset(BIG);
    const con = await startProxyConsole(zadig, { dataDir });
    try {
      const page = await con.list(BIG, 'q=build-0999&size=5');
      expect(page.body.progress).toEqual({ loaded: 10_000, total: 10_000, done: true });
      expect(page.body.total).toBe(10);
      expect(page.body.labels).toEqual(['weekly']);
      expect((await zadig.counts(BIG)).listPageSizes).toEqual({ '1': 1, '100': 1 });
    } finally {
      await con.server.stop();
    }
  });
});

describe('where the index is kept', () => {
  it('falls back to memory when DATA_DIR cannot be written, and says so once', async () => {
    const file = join(dataDir, 'not-a-directory');
    writeFileSync(file, 'x');
    await zadig.seed({ projectKey: 'pass-small', count: 30 });
    const con = await startProxyConsole(zadig, { dataDir: join(file, 'data') });
    try {
      const page = await con.list('pass-small', 'size=5');
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(30);
      expect((await con.list('pass-small', 'page=6&size=5')).body.items).toHaveLength(5);
      expect(con.lines.filter((l) => l.includes('kept in memory'))).toHaveLength(1);
    } finally {
      await con.server.stop();
    }
  });
});

describe('authorisation', () => {
  it("answers a token Zadig refuses with Zadig's own 401 or 403 and empty body, lists and streams alike", async () => {
    const con = await startProxyConsole(zadig, { dataDir });
    try {
      const wrong = { authorization: 'Bearer not-a-token' };
      expect(await con.list(BIG, '', wrong)).toEqual({ status: 401, body: null });
      // e2e/proxy/fake-zadig/server.ts: project forbidden-demo answers 403 to every token
      expect(await con.list('forbidden-demo', '', USER)).toEqual({ status: 403, body: null });
      const res = await con.server.request(`/api/projects/${BIG}/version-events`, { headers: wrong });
      expect(res.status).toBe(401);
      expect(
        await con.server.request(`/api/projects/${BIG}/versions/build-00001`, { headers: wrong }),
      ).toMatchObject({ status: 401 });
      const detail = await con.server.json(`/api/projects/${BIG}/versions/build-00001`, { headers: USER });
      expect(detail.body).toMatchObject({ name: 'build-00001', projectKey: BIG, status: 'success' });
      const none = await con.server.json(`/api/projects/${BIG}/versions/no-such`, { headers: USER });
      expect(none).toMatchObject({ status: 404, body: { code: 6563, message: 'version not found' } });
    } finally {
      await con.server.stop();
    }
  });
});
