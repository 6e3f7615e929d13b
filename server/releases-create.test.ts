// What the sandbox refuses on create (a 400 naming the field) and stores nothing for.
import { describe, expect, it } from 'vitest';
import {
  detailByName,
  HELM_IMAGE,
  helmRequest,
  k8sRequest,
  sandboxCalls,
  serverForTheseTests,
} from './test/helpers';

const server = serverForTheseTests();
const { create: post, list } = sandboxCalls(server);

describe('create validation', () => {
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

  // A service of a version names a service of the project: Zadig's service names are letters, digits,
  // "-" and "_" (koderover/zadig pkg/microservice/aslan/config/consts.go, ServiceNameRegexString).
  it.each(['Bad Name!', 'user service', 'a/b'])(
    'a service name Zadig could not hold (%s) is refused with the rule',
    async (serviceName) => {
      const service = { ...k8sRequest().services[0]!, service_name: serviceName };
      const description = await bad('k8s', k8sRequest({ services: [service] }), 'services[0].service_name');
      expect(description).toContain('letters, digits');
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

  const helmImage = HELM_IMAGE;
  const helm = (o: Record<string, unknown> = {}) => helmRequest({ version_name: 'v-bad', ...o });

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
