/** The versions API's list in sandbox mode: filters in SQL, paging, order, bad parameters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/helpers';
import type { VersionList } from './source';
import { addProject, addVersions, newestFirst, VERSIONS } from './test-data';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  addProject(server, 'filters');
});
afterAll(async () => {
  await server.destroy();
});

async function list(query: string, project = 'filters') {
  const res = await server.app.inject(`/api/projects/${project}/versions?${query}`);
  return { status: res.statusCode, body: res.json() as VersionList & { description?: string } };
}
const names = async (query: string) => (await list(query)).body.items.map((v) => v.name);

describe('GET /api/projects/:project/versions', () => {
  it('answers every version newest first, with the project labels and a done progress', async () => {
    const { status, body } = await list('size=100');
    expect(status).toBe(200);
    expect(body.items.map((v) => v.name)).toEqual(newestFirst(VERSIONS));
    expect(body.total).toBe(VERSIONS.length);
    expect(body.labels).toEqual(['GA', 'hotfix', 'web']);
    expect(body.progress).toEqual({ loaded: VERSIONS.length, total: VERSIONS.length, done: true });
    expect(body.items.at(-1)).toEqual({
      id: expect.any(String),
      name: 'Alpha 1',
      type: 'K8SYaml',
      source: 'manual',
      status: 'success',
      labels: ['GA', 'web'],
      description: 'Alpha 1 description',
      createdBy: 'tester',
      createdAt: 1_700_000_100_000,
    });
  });

  it('filters by part of the name, ignoring case (non-ASCII letters too)', async () => {
    expect(await names('q=ALPHA')).toEqual(['gamma alpha', 'alpha/2', 'Alpha 1']);
    expect(await names('q=%C3%A9CLAIR')).toEqual(['Éclair']);
    expect(await names('q=a%2F')).toEqual(['alpha/2']);
    expect(await names('q=%20%20beta%20')).toEqual(['Beta']);
  });

  it('filters by any of several statuses', async () => {
    expect(await names('status=failed&status=retrying')).toEqual(['Éclair', 'alpha/2']);
    expect(await names('status=creating')).toEqual(['Beta']);
    expect(await names('status=bogus')).toEqual([]);
  });

  it('filters by type', async () => {
    expect(await names('type=HelmChart')).toEqual(['gamma alpha', 'Éclair', 'Beta']);
  });

  it('filters by every one of several labels', async () => {
    expect(await names('label=GA&label=web')).toEqual(['events', 'Alpha 1']);
    expect(await names('label=hotfix')).toEqual(['gamma alpha', 'events']);
    expect(await names('label=GA&label=nobody')).toEqual([]);
  });

  it('combines the filters, and the total counts the matches', async () => {
    const { body } = await list('q=a&status=success&status=failed&type=K8SYaml&label=web&size=1');
    expect(body.items.map((v) => v.name)).toEqual(['alpha/2']);
    expect(body.total).toBe(2);
    expect(await names('q=a&status=success&type=K8SYaml&label=web')).toEqual(['Alpha 1']);
    // the labels stay the project's, whatever the filter
    expect(body.labels).toEqual(['GA', 'hotfix', 'web']);
  });

  it('pages through the matches; a page past the end is empty', async () => {
    const pages = await Promise.all([1, 2, 3].map((p) => list(`size=3&page=${p}`)));
    expect(pages.flatMap((p) => p.body.items.map((v) => v.name))).toEqual(newestFirst(VERSIONS));
    expect(pages.map((p) => p.body.items.length)).toEqual([3, 3, 2]);
    const past = await list('size=3&page=4');
    expect(past.body).toMatchObject({ items: [], total: VERSIONS.length });
  });

  it('orders versions exactly as the sandbox Zadig route lists them (created_at descending)', async () => {
    // Zadig: pkg/microservice/aslan/core/common/repository/mongodb/delivery_version_v2.go (SetSort created_at -1)
    for (const project of ['filters', 'yaml-demo', 'helm-demo']) {
      const zadig = await server.app.inject(
        `/openapi/delivery/releases?projectKey=${project}&pageNum=1&pageSize=100`,
      );
      const ours = await list('size=100', project);
      const wire = zadig.json() as { list: Array<{ id: string }>; total: number };
      expect(ours.body.items.map((v) => v.id)).toEqual(wire.list.map((v) => v.id));
      expect(ours.body.total).toBe(wire.total);
    }
  });

  it("keeps the project's labels up to date as versions come and go", async () => {
    addProject(server, 'label-churn', [
      { name: 'one', status: 'success', type: 'K8SYaml', labels: ['b'], time: 1_700_000_000 },
    ]);
    expect((await list('', 'label-churn')).body.labels).toEqual(['b']);
    addVersions(server, 'label-churn', [
      { name: 'two', status: 'success', type: 'K8SYaml', labels: ['a', 'b'], time: 1_700_000_001 },
    ]);
    expect((await list('', 'label-churn')).body.labels).toEqual(['a', 'b']);
    const { store } = server.sandbox!;
    store.delete(store.rowByName('label-churn', 'one')!.id, 'label-churn');
    store.delete(store.rowByName('label-churn', 'two')!.id, 'label-churn');
    expect((await list('', 'label-churn')).body.labels).toEqual([]);
  });

  it('reads a version whose stored labels are not JSON as having none', async () => {
    addProject(server, 'broken-labels', [
      { name: 'ok', status: 'success', type: 'K8SYaml', labels: ['x'], time: 1_700_000_000 },
      { name: 'bad', status: 'success', type: 'K8SYaml', labels: [], time: 1_700_000_001 },
    ]);
    server.sandbox!.db.prepare("UPDATE releases SET labels = 'not json' WHERE version_name = 'bad'").run();
    const { body } = await list('', 'broken-labels');
    expect(body.items.map((v) => [v.name, v.labels])).toEqual([
      ['bad', []],
      ['ok', ['x']],
    ]);
    expect(body.labels).toEqual(['x']);
    expect(await names('label=x')).toEqual([]); // other project
    expect((await list('label=x', 'broken-labels')).body.items.map((v) => v.name)).toEqual(['ok']);
  });
});

describe('bad parameters', () => {
  it.each([
    ['size=0', 'size: must be a whole number from 1 to 100; send e.g. size=20'],
    ['size=101', 'size: must be a whole number from 1 to 100; send e.g. size=20'],
    ['size=ten', 'size: must be a whole number from 1 to 100; send e.g. size=20'],
    ['page=0', 'page: must be a whole number from 1 to 1000000; send e.g. page=1'],
    ['page=1.5', 'page: must be a whole number from 1 to 1000000; send e.g. page=1'],
    ['page=1&page=2', 'page: must be a whole number from 1 to 1000000; send e.g. page=1'],
    ['q=a&q=b', 'q: must be given once, as text; send e.g. q=…'],
    [`q=${'x'.repeat(201)}`, 'q: must be at most 200 characters'],
    [
      Array.from({ length: 51 }, (_, i) => `label=l${i}`).join('&'),
      'label: must be given at most 50 times; send fewer label values',
    ],
  ])('%s → 400 naming the parameter and what to send', async (query, description) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(body).toEqual({ code: 400, message: 'Bad Request', description });
  });

  it('names every bad parameter at once', async () => {
    const { body } = await list('size=0&page=x');
    expect(body.description).toBe(
      'page: must be a whole number from 1 to 1000000; send e.g. page=1; ' +
        'size: must be a whole number from 1 to 100; send e.g. size=20',
    );
  });

  it('ignores empty and repeated filter values, as the list page URL does', async () => {
    expect(await names('status=&status=failed&status=failed&label=')).toEqual(['alpha/2']);
  });
});

describe('an unexpected error', () => {
  it('is answered 500 without the internal message (it names tables), as every route of the app', async () => {
    const broken = await startTestServer({ seed: false });
    try {
      addProject(broken, 'p', VERSIONS.slice(0, 1));
      broken.sandbox!.db.exec('ALTER TABLE releases RENAME TO releases_elsewhere');
      const res = await broken.app.inject('/api/projects/p/versions?q=a');
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({
        code: 500,
        message: 'Internal Error: ',
        description:
          'The console server hit an unexpected error and logged it. Try again; if it persists, check the server log.',
      });
      expect(res.body).not.toContain('releases');
    } finally {
      await broken.destroy();
    }
  });
});
