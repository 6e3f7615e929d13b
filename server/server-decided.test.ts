// What the sandbox decides itself on create, as Zadig does: koderover/zadig
// pkg/microservice/aslan/core/delivery/service/openapi.go (OpenAPICreateK8SDeliveryVersion,
// OpenAPICreateHelmDeliveryVersion, v4.2.1–v5.0.0) and version_v2.go (buildDeliveryChartsV2).
import { describe, expect, it } from 'vitest';
import {
  detailByName,
  HOST,
  k8sRequest,
  sandboxCalls,
  serverForTheseTests,
  TCR,
  waitForStatus,
} from './test/helpers';

const server = serverForTheseTests();

const { create: post, envText, envContainer } = sandboxCalls(server);

const helmImage = (overrides: Record<string, unknown> = {}) => ({
  container_name: 'billing',
  image_name: 'edited-name',
  source_image: 'edited.example.com/team/billing:edited',
  source_image_tag: 'edited',
  target_image: 'ccr.ccs.tencentyun.com/koderover-demo/billing:v9.1.0',
  target_image_tag: 'v9.1.0',
  push_image: false,
  ...overrides,
});
const helm = (o: Record<string, unknown>) => ({
  project_key: 'helm-demo',
  source: 'from_env',
  image_registry_id: TCR,
  chart_repo_name: 'payments-charts',
  services: [
    {
      service_name: 'billing',
      chart_version: '9.1.0',
      yaml_content: 'edited: true\n',
      images: [helmImage()],
    },
  ],
  ...o,
});

describe('K8s from an environment', () => {
  it('stores the environment’s rendered YAML and source images, ignoring the request’s', async () => {
    const sent = k8sRequest().services[0]!;
    const image = { ...sent.images[0]!, source_image: `${HOST}/edited:x`, source_image_tag: 'x' };
    const request = k8sRequest({
      version_name: 'v9.1.0-env',
      source: 'from_env',
      env_name: 'dev',
      services: [{ service_name: 'user-service', yaml_content: 'kind: Edited\n', images: [image] }],
    });
    expect((await post('k8s', request)).status).toBe(200);
    const { body } = await detailByName(server, 'yaml-demo', 'v9.1.0-env');
    const stored = body.services[0];
    const env = await envContainer('yaml-demo', 'dev', 'user-service');
    expect(stored.images[0].source_image).toBe(env.image);
    expect(stored.images[0].target_image).toBe(`${HOST}/user-service:v9.0.0`);
    expect(stored.yaml_content).not.toContain('Edited');
    const rendered = await envText('yaml', 'yaml-demo', 'dev', 'user-service');
    expect(stored.yaml_content).toBe(rendered.replaceAll(env.image, `${HOST}/user-service:v9.0.0`));
  });

  it('needs no yaml_content, and a container the environment lacks is a 500 as on Zadig', async () => {
    const request = k8sRequest({ version_name: 'v9.1.1-env', source: 'from_env', env_name: 'dev' });
    expect((await post('k8s', request)).status).toBe(200);
    request.version_name = 'v9.1.2-env';
    request.services[0]!.images[0] = { ...request.services[0]!.images[0]!, container_name: 'nope' };
    const r = await post('k8s', request);
    expect(r.status).toBe(500);
    expect(r.body.description).toContain('container not found');
  });
});

describe('Helm', () => {
  it('from an environment: values, source images and image paths are the environment’s', async () => {
    expect((await post('helm', helm({ version_name: 'v9.2.0', env_name: 'dev' }))).status).toBe(200);
    const { body } = await detailByName(server, 'helm-demo', 'v9.2.0');
    const env = await envContainer('helm-demo', 'dev', 'billing');
    const image = body.services[0].images[0];
    expect(image).toMatchObject({ source_image: env.image, image_name: env.image_name });
    expect(image.image_path).toEqual(env.image_path);
    expect(body.services[0].yaml_content).not.toContain('edited');
  });

  it('from a version: the base version’s values and images; no image_path needed', async () => {
    const base = (await detailByName(server, 'helm-demo', 'v2.4.0')).body;
    const request = helm({
      version_name: 'v9.3.0',
      source: 'from_version',
      original_version: 'v2.4.0',
      original_version_name: 'v2.4.0',
      original_chart_repo_name: base.chart_repo_name,
    });
    (request.services as Array<Record<string, unknown>>)[0]!.original_chart_version = '2.4.0';
    expect((await post('helm', request)).status).toBe(200);
    const { body } = await detailByName(server, 'helm-demo', 'v9.3.0');
    const was = base.services.find((s: { service_name: string }) => s.service_name === 'billing');
    expect(body.services[0].images[0].source_image).toBe(was.images[0].source_image);
    expect(body.services[0].images[0].image_path).toEqual(was.images[0].image_path);
    expect(body.services[0].yaml_content).not.toContain('edited');
  });

  it('accepts an empty chart repository and a manual image without image_path', async () => {
    const request = helm({
      version_name: 'v9.4.0',
      source: 'manual',
      chart_repo_name: '',
      services: [
        {
          service_name: 'billing',
          chart_version: '9.4.0',
          images: [
            helmImage({
              source_image: 'ccr.ccs.tencentyun.com/koderover-demo/billing:latest',
              source_image_tag: 'latest',
            }),
          ],
        },
      ],
    });
    const r = await post('helm', request);
    expect(r.status).toBe(200);
    const body = await waitForStatus(server, 'helm-demo', 'v9.4.0', ['success', 'failed']);
    expect(body).toMatchObject({ status: 'success', chart_repo_name: '' });
    expect(body.services[0].chart_status).toBe('passed');
    const pushes = await server.json('/sandbox/charts');
    expect(JSON.stringify(pushes.body)).not.toContain('9.4.0');
  });
});
