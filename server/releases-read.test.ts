// The sandbox's read routes, in the shapes real Zadig (v4.0+) servers send: the list, a detail, the
// image catalog. Create validation: releases-create.test.ts; delete, retry and the token:
// releases-write.test.ts.
import { describe, expect, it } from 'vitest';
import { releaseDetailWireSchema, releaseListResponseSchema } from '../src/api/schemas';
import { detailByName, HOST, REGISTRY, sandboxCalls, serverForTheseTests } from './test/helpers';

const server = serverForTheseTests();

const { list } = sandboxCalls(server);

describe('list', () => {
  it('answers pages newest first with real-server field names and the total', async () => {
    const { status, body } = await list('projectKey=yaml-demo&pageNum=1&pageSize=5');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThanOrEqual(15);
    expect(body.list).toHaveLength(5);
    const times = body.list.map((i: { create_time: number }) => i.create_time);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const item = body.list[0];
    expect(Object.keys(item).sort()).toEqual(
      [
        'id',
        'version_name',
        'type',
        'source',
        'status',
        'labels',
        'description',
        'created_by',
        'create_time',
      ].sort(),
    );
    expect(item.services).toBeUndefined();
    expect(() => releaseListResponseSchema.parse(body)).not.toThrow();
  });

  it('pages do not overlap and cover the total', async () => {
    const all = await list('projectKey=helm-demo&pageNum=1&pageSize=1000');
    const names: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const { body } = await list(`projectKey=helm-demo&pageNum=${page}&pageSize=5`);
      names.push(...body.list.map((i: { version_name: string }) => i.version_name));
    }
    expect(names).toEqual(all.body.list.map((i: { version_name: string }) => i.version_name));
    expect(names).toHaveLength(all.body.total);
    const beyond = await list('projectKey=helm-demo&pageNum=99&pageSize=20');
    expect(beyond.body).toEqual({ list: [], total: all.body.total });
  });

  it('unknown project → empty list, never null', async () => {
    expect((await list('projectKey=nope&pageNum=1&pageSize=20')).body).toEqual({ list: [], total: 0 });
  });

  it.each([
    ['pageNum=1&pageSize=20', 'projectKey: is required'],
    ['projectKey=yaml-demo&pageSize=20', 'pageNum: is required'],
    ['projectKey=yaml-demo&pageNum=1', 'pageSize: is required'],
    ['projectKey=yaml-demo&pageNum=0&pageSize=20', 'pageNum: must be at least 1'],
    ['projectKey=yaml-demo&pageNum=1&pageSize=-3', 'pageSize: must be at least 1'],
    ['projectKey=yaml-demo&pageNum=abc&pageSize=20', 'pageNum:'],
    ['projectKey=yaml-demo&pageNum=1.5&pageSize=20', 'pageNum: must be a whole number'],
  ])('rejects %s', async (query, reason) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(body.code).toBe(400);
    expect(body.message).toBe('Bad Request');
    expect(body.description).toContain(reason);
  });
});

describe('detail', () => {
  it('answers by id and by project + version name, in real-server names plus id', async () => {
    const byName = await detailByName(server, 'helm-demo', 'v2.4.0');
    expect(byName.status).toBe(200);
    const d = byName.body;
    expect(d).toMatchObject({
      version: 'v2.4.0',
      project_name: 'helm-demo',
      type: 'HelmChart',
      status: 'success',
      error: '',
      deleted_at: 0,
      chart_repo_name: 'payments-charts',
    });
    expect(typeof d.id).toBe('string');
    expect(typeof d.created_at).toBe('number');
    expect(typeof d.desc).toBe('string');
    expect(d.version_name).toBeUndefined();
    const byId = await server.json(`/openapi/delivery/releases/${d.id}`);
    expect(byId).toEqual(byName);
    for (const s of d.services) {
      expect(s.original_chart_version).toBe('');
      expect(s.error).toBe('');
      expect(s.chart_status).toBe('passed');
      for (const img of s.images) expect(img.image_path).not.toBeNull();
    }
    expect(() => releaseDetailWireSchema.parse(d)).not.toThrow();
    const k8s = await detailByName(server, 'yaml-demo', 'v1.4.0');
    for (const s of k8s.body.services) for (const img of s.images) expect(img.image_path).toBeNull();
  });

  it('unknown version → 404 with a Zadig body', async () => {
    const byId = await server.json('/openapi/delivery/releases/000000000000000000000000');
    expect(byId.status).toBe(404);
    expect(byId.body).toMatchObject({ type: 'error', code: 6563, extra: {} });
    expect(byId.body.description).toContain('000000000000000000000000');
    const byName = await detailByName(server, 'yaml-demo', 'v0.0.0-nope');
    expect(byName.status).toBe(404);
    expect(byName.body.code).toBe(6563);
  });

  it('detail by name needs both parameters', async () => {
    const r = await server.json('/openapi/delivery/releases/detail?projectKey=yaml-demo');
    expect(r.status).toBe(400);
    expect(r.body.description).toBe('versionName: is required');
  });
});

describe('images catalog', () => {
  it('publishes valid references only', async () => {
    const bad = await server.json('/sandbox/images', {
      method: 'POST',
      json: { image: 'no spaces allowed' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.description).toContain('image:');
    const ref = `${HOST}/new-thing:1.0.0`;
    const ok = await server.json('/sandbox/images', { method: 'POST', json: { image: ref } });
    expect(ok.status).toBe(200);
    const all = await server.json('/sandbox/images');
    expect(all.body.images).toContain(ref);
    expect(REGISTRY).toBeTruthy();
  });
});
