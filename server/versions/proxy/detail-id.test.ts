/**
 * The versions API's detail in proxy mode carries the version's own id. Zadig's detail answer has no id
 * (pkg/microservice/aslan/core/delivery/service/openapi.go, `OpenAPIGetDeliveryVersion`, answers the
 * version by `versionName` without it): the id comes from the index, read again once for a version it
 * does not know yet (one just created), and is never the name, which Delete and Retry would send. That
 * read is waited for on the index's clock, which the tests move: none waits for real time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listRequests,
  startProxyConsole,
  startTestZadig,
  USER,
  type ProxyConsole,
  type TestZadig,
} from './test-zadig';

const PROJECT = 'detail-id';
let zadig: TestZadig;
let con: ProxyConsole;

beforeAll(async () => {
  zadig = await startTestZadig();
  await zadig.seed({ projectKey: PROJECT, count: 3 });
  con = await startProxyConsole(zadig);
});
afterAll(async () => {
  await con.server.destroy();
  await zadig.close();
});

const detail = (name: string) =>
  con.server.json<{ id: string; name: string }>(`/api/projects/${PROJECT}/versions/${name}`, {
    headers: USER,
  });

async function idInZadig(name: string): Promise<string> {
  const res = await fetch(`${zadig.url}/__fake/versions?projectKey=${PROJECT}&versionName=${name}`);
  const body = (await res.json()) as { id: string } | { id: string }[];
  return Array.isArray(body) ? body[0]!.id : body.id;
}

describe('the detail of a version in proxy mode', () => {
  it('gives the id of a version the index knows', async () => {
    expect((await con.list(PROJECT)).status).toBe(200);
    const { items } = (await con.list(PROJECT)).body;
    const answer = await detail(items[0]!.name);
    expect(answer.status).toBe(200);
    expect(answer.body.id).toBe(items[0]!.id);
  });

  it('reads the index again for a version made since, and gives its id, not its name', async () => {
    expect((await con.list(PROJECT)).status).toBe(200);
    await zadig.act('add', { projectKey: PROJECT, versionName: 'made-just-now' });
    const answer = await detail('made-just-now');
    expect(answer.status).toBe(200);
    expect(answer.body.id).not.toBe('made-just-now');
    expect(answer.body.id).toBe(await idInZadig('made-just-now'));
  });

  it('waits for that read 5 s of the index’s clock at most, then answers without the id', async () => {
    // A project of its own, with no version in flight: no other timer of the index falls due meanwhile.
    const project = 'detail-id-slow';
    await zadig.seed({ projectKey: project, count: 3 });
    expect((await con.list(project)).status).toBe(200);
    await zadig.act('add', { projectKey: project, versionName: 'made-while-slow', status: 'success' });
    await zadig.act('stall', { projectKey: project });
    try {
      const before = listRequests(await zadig.counts(project));
      const answer = con.server.json<{ id: string; name: string }>(
        `/api/projects/${project}/versions/made-while-slow`,
        { headers: USER },
      );
      // The index's read has reached Zadig, which does not answer it: the detail waits on the clock.
      await expect
        .poll(async () => listRequests(await zadig.counts(project)), { timeout: 3_000 })
        .toBeGreaterThan(before);
      await con.clock.advance(5_000);
      const { status, body } = await answer;
      expect(status).toBe(200);
      expect(body.name).toBe('made-while-slow');
      expect(body.id).toBe(''); // not known yet: never the name
    } finally {
      await zadig.act('stall', { projectKey: project, lists: false });
    }
    // Well under the 5 s a real timer would take.
  }, 4_000);
});
