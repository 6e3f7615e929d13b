import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseDetailWireSchema, releaseListResponseSchema } from '../src/api/schemas';
import {
  detailByName,
  HOST,
  k8sRequest,
  REGISTRY,
  startTestServer,
  TCR,
  type TestServer,
} from './test/helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.destroy();
});

const list = (query: string) => server.json(`/openapi/delivery/releases?${query}`);

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

describe('create validation', () => {
  const post = (kind: 'k8s' | 'helm', json: unknown) =>
    server.json(`/openapi/delivery/releases/${kind}`, { method: 'POST', json });
  const bad = async (kind: 'k8s' | 'helm', json: unknown, field: string) => {
    const before = (await list('projectKey=yaml-demo&pageNum=1&pageSize=1')).body.total;
    const r = await post(kind, json);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(400);
    expect(r.body.description).toContain(field);
    expect((await list('projectKey=yaml-demo&pageNum=1&pageSize=1')).body.total).toBe(before);
    return r.body.description as string;
  };
  const image = k8sRequest().services[0]!.images[0]!;

  it.each([
    ['project_key', { project_key: undefined }],
    ['version_name', { version_name: '   ' }],
    ['source', { source: 'from_nowhere' }],
    ['image_registry_id', { image_registry_id: undefined }],
    ['services', { services: [] }],
    ['labels[0]', { labels: [''] }],
    ['env_name', { source: 'from_env' }],
    [
      'services[0].images[0].source_image',
      { services: [{ service_name: 'user-service', images: [{ ...image, source_image: 'Not An Image!' }] }] },
    ],
    [
      'services[0].images[0].target_image_tag',
      { services: [{ service_name: 'user-service', images: [{ ...image, target_image_tag: 'bad tag' }] }] },
    ],
    [
      'services[0].images[0].push_image',
      { services: [{ service_name: 'user-service', images: [{ ...image, push_image: 'yes' }] }] },
    ],
    [
      'services[0].images[0].container_name',
      { services: [{ service_name: 'user-service', images: [{ ...image, container_name: undefined }] }] },
    ],
    ['services[1].service_name', { services: [k8sRequest().services[0], k8sRequest().services[0]] }],
    [
      'services[0].images[1].container_name',
      { services: [{ service_name: 'user-service', images: [image, image] }] },
    ],
    [
      'services[0].images[0].target_image_tag',
      { services: [{ service_name: 'user-service', images: [{ ...image, target_image_tag: 'v1' }] }] },
    ],
    ['project_key', { project_key: 'no-such-project' }],
    ['project_key', { project_key: 'helm-demo' }],
    ['image_registry_id', { image_registry_id: 'no-such-registry' }],
    [
      'env_name',
      {
        source: 'from_env',
        env_name: 'nope',
        services: [{ ...k8sRequest().services[0], yaml_content: 'a: b' }],
      },
    ],
    [
      'original_version_name',
      {
        source: 'from_version',
        original_version_name: 'v0.0.1-nope',
        services: [{ ...k8sRequest().services[0], yaml_content: 'a: b' }],
      },
    ],
  ])('K8s: a bad %s is refused, naming the field', async (field, overrides) => {
    await bad('k8s', k8sRequest({ version_name: 'v-bad', ...overrides }), field);
  });

  it.each(['bad name!', '<script>x</script>', '../../etc', '-lead', 'a'.repeat(129)])(
    'a version name that cannot be an image tag (%s) is refused with the rule',
    async (name) => {
      const description = await bad('k8s', k8sRequest({ version_name: name }), 'version_name');
      expect(description).toContain('letters, digits');
      expect(description).toContain('128');
    },
  );

  it('K8s: from_version needs a base of the same type', async () => {
    await bad(
      'k8s',
      k8sRequest({
        source: 'from_version',
        original_version_name: 'v2.4.0',
        services: [{ ...k8sRequest().services[0], yaml_content: 'a: b' }],
      }),
      'original_version_name',
    );
  });

  it('body must be a JSON object', async () => {
    await bad('k8s', [1, 2], 'body');
    const r = await server.request('/openapi/delivery/releases/k8s', {
      method: 'POST',
      body: '{"project_key": "yaml-demo",',
      headers: { 'content-type': 'application/json' },
    });
    expect(r.status).toBe(400);
    const body = await r.json();
    expect(body).toMatchObject({ code: 400, message: 'Bad Request' });
    expect(body.description).toMatch(/^body: malformed JSON/);
  });

  const helmImage = {
    container_name: 'billing',
    image_name: 'billing',
    source_image: 'ccr.ccs.tencentyun.com/koderover-demo/billing:latest',
    source_image_tag: 'latest',
    target_image: 'ccr.ccs.tencentyun.com/koderover-demo/billing:v9.0.0',
    target_image_tag: 'v9.0.0',
    image_path: { image: 'image' },
    push_image: true,
  };
  const helm = (o: Record<string, unknown> = {}) => ({
    project_key: 'helm-demo',
    version_name: 'v-bad',
    source: 'manual',
    image_registry_id: TCR,
    chart_repo_name: 'payments-charts',
    services: [{ service_name: 'billing', chart_version: '9.0.0', images: [helmImage] }],
    ...o,
  });

  it.each([
    // An empty chart_repo_name, a missing image_path or original_chart_repo_name are accepted, as on
    // Zadig: server/server-decided.test.ts.
    ['services[0].chart_version', { services: [{ service_name: 'billing', images: [helmImage] }] }],
    ['services', { services: [] }],
    [
      'services[0].original_chart_version',
      {
        source: 'from_version',
        original_version_name: 'v2.4.0',
        original_chart_repo_name: 'x',
        services: [{ service_name: 'billing', chart_version: '1', yaml_content: '', images: [helmImage] }],
      },
    ],
    ['project_key', { project_key: 'yaml-demo' }],
    [
      'original_version_name',
      {
        source: 'from_version',
        original_version_name: 'v1.4.0',
        original_chart_repo_name: 'x',
        services: [
          {
            service_name: 'billing',
            chart_version: '1',
            original_chart_version: '1',
            yaml_content: '',
            images: [helmImage],
          },
        ],
      },
    ],
  ])('Helm: a bad %s is refused, naming the field', async (field, overrides) => {
    await bad('helm', helm(overrides), field);
  });

  it('from_version without original_version_name is a 500 in Zadig words (original_version alone is not read)', async () => {
    // pkg/microservice/aslan/core/delivery/service/openapi.go, OpenAPICreate{K8S,Helm}DeliveryVersion;
    // a plain Go error is answered by pkg/tool/errors/errors.go `ErrorMessage` as a 500.
    const base = { source: 'from_version', original_version: 'v2.4.0' };
    const helmService = {
      service_name: 'billing',
      chart_version: '1',
      original_chart_version: '2.4.0',
      yaml_content: '',
      images: [],
    };
    const k8sService = { ...k8sRequest().services[0], yaml_content: 'a: b' };
    for (const r of [
      await post('k8s', k8sRequest({ ...base, version_name: 'v-no-base', services: [k8sService] })),
      await post('helm', helm({ ...base, original_chart_repo_name: 'x', services: [helmService] })),
    ]) {
      expect(r.status).toBe(500);
      expect(r.body).toEqual({
        code: 500,
        message: 'Internal Error: ',
        description: 'original version name is required when source is from version',
      });
    }
  });

  it('a duplicate version name is a typed 6560 error', async () => {
    const r = await post('k8s', k8sRequest({ version_name: 'v1.4.0' }));
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ type: 'error', code: 6560, message: 'version already exist', extra: {} });
    expect(r.body.description).toContain('v1.4.0');
  });

  it('bodies over 10 MB are refused and nothing is stored', async () => {
    const huge = k8sRequest({ version_name: 'v-huge', desc: 'x'.repeat(11 * 1024 * 1024) });
    const r = await post('k8s', huge);
    expect(r.status).toBe(413);
    expect(r.body.description).toMatch(
      /^body: is \d+ bytes \(11\.1 MB\), over the limit of 10485760 bytes \(10 MB\)/,
    );
    expect(r.body.description).toContain('make the YAML smaller');
    expect((await detailByName(server, 'yaml-demo', 'v-huge')).status).toBe(404);
  });

  it('unknown routes and methods get Zadig-shaped 404/405', async () => {
    const r = await server.json('/openapi/delivery/nope');
    expect(r.status).toBe(404);
    expect(r.body.code).toBe(404);
    const m = await server.json('/openapi/delivery/releases/k8s', { method: 'PUT' });
    expect(m.status).toBe(405);
  });
});

describe('delete', () => {
  it('needs projectKey, deletes, and answers success for unknown ids', async () => {
    const create = await server.json('/openapi/delivery/releases/k8s', {
      method: 'POST',
      json: k8sRequest({ version_name: 'v-to-delete' }),
    });
    expect(create).toEqual({ status: 200, body: { message: 'success' } });
    const { body } = await detailByName(server, 'yaml-demo', 'v-to-delete');
    const noKey = await server.json(`/openapi/delivery/releases/${body.id}`, { method: 'DELETE' });
    expect(noKey.status).toBe(400);
    expect(noKey.body.description).toBe('projectKey: is required');
    // another project's key deletes nothing, and says so
    const mismatched = await server.json(`/openapi/delivery/releases/${body.id}?projectKey=helm-demo`, {
      method: 'DELETE',
    });
    expect(mismatched.status).toBe(404);
    expect(mismatched.body).toMatchObject({ code: 6563, message: 'version not found' });
    expect(mismatched.body.description).toContain('helm-demo');
    expect((await server.json(`/openapi/delivery/releases/${body.id}`)).status).toBe(200);
    const del = await server.json(`/openapi/delivery/releases/${body.id}?projectKey=yaml-demo`, {
      method: 'DELETE',
    });
    expect(del).toEqual({ status: 200, body: { message: 'success' } });
    expect((await server.json(`/openapi/delivery/releases/${body.id}`)).status).toBe(404);
    const again = await server.json(`/openapi/delivery/releases/${body.id}?projectKey=yaml-demo`, {
      method: 'DELETE',
    });
    expect(again).toEqual({ status: 200, body: { message: 'success' } });
    // the name is free again
    const recreate = await server.json('/openapi/delivery/releases/k8s', {
      method: 'POST',
      json: k8sRequest({ version_name: 'v-to-delete' }),
    });
    expect(recreate.status).toBe(200);
  });
});

describe('retry validation', () => {
  it('needs id and projectKey (body or query) and a failed version', async () => {
    const none = await server.json('/openapi/delivery/releases/retry', { method: 'POST' });
    expect(none.status).toBe(400);
    expect(none.body.description).toContain('id: is required');
    expect(none.body.description).toContain('projectKey: is required');
    const unknown = await server.json('/openapi/delivery/releases/retry?id=nope&projectKey=yaml-demo', {
      method: 'POST',
    });
    expect(unknown.status).toBe(404);
    const ok = await detailByName(server, 'yaml-demo', 'v1.4.0');
    const notFailed = await server.json(
      `/openapi/delivery/releases/retry?id=${ok.body.id}&projectKey=yaml-demo`,
      {
        method: 'POST',
      },
    );
    expect(notFailed.status).toBe(400);
    expect(notFailed.body).toMatchObject({
      type: 'error',
      code: 6560,
      message: "can't reCreate version with status:success",
    });
  });
});

describe('token', () => {
  it('SANDBOX_TOKEN makes every /openapi request need the bearer token (401, empty body)', async () => {
    const guarded = await startTestServer({ sandboxToken: 's3cret' });
    try {
      for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 's3cret' }] as Array<
        Record<string, string>
      >) {
        const r = await guarded.request(
          '/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=1',
          { headers },
        );
        expect(r.status).toBe(401);
        expect(await r.text()).toBe('');
      }
      const post = await guarded.request('/openapi/delivery/releases/k8s', {
        method: 'POST',
        json: k8sRequest(),
      });
      expect(post.status).toBe(401);
      expect(await post.text()).toBe('');
      const ok = await guarded.request(
        '/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=1',
        {
          headers: { authorization: 'Bearer s3cret' },
        },
      );
      expect(ok.status).toBe(200);
      // the app and health need no token
      expect((await guarded.request('/api/health')).status).toBe(200);
      expect((await guarded.request('/')).status).toBe(200);
    } finally {
      await guarded.destroy();
    }
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
