// The sandbox worker on K8s YAML versions: copies, failures, retries, from_env and from_version.
import { describe, expect, it } from 'vitest';
import {
  detailByName,
  HOST,
  k8sRequest,
  sandboxCalls,
  serverForTheseTests,
  waitForStatus,
} from './test/helpers';

// Long enough that a version just created is still "creating" when read back on a busy machine.
const server = serverForTheseTests({ pushMs: 600 });
const { create } = sandboxCalls(server);
const catalog = async () => (await server.json('/sandbox/images')).body.images as string[];

describe('K8s versions', () => {
  it('from_env: creating → success, target images written into the YAML and published', async () => {
    const env = (await server.json('/openapi/environments/dev?projectKey=yaml-demo')).body;
    const svc = env.services.find((s: { service_name: string }) => s.service_name === 'order-service');
    const container = svc.containers.find((c: { name: string }) => c.name === 'order-service');
    const yaml = await (
      await server.request(
        '/openapi/environments/service/yaml?projectKey=yaml-demo&envName=dev&serviceName=order-service',
      )
    ).text();
    expect(yaml).toContain(`image: ${container.image}`);
    const target = `${HOST}/order-service:v5.0.0`;
    const r = await create('k8s', {
      project_key: 'yaml-demo',
      version_name: 'v5.0.0',
      source: 'from_env',
      env_name: 'dev',
      production: false,
      labels: ['发布', 'release'],
      image_registry_id: '6650a1c2e4b0f1a2b3c4d5e6',
      services: [
        {
          service_name: 'order-service',
          yaml_content: yaml,
          images: [
            {
              container_name: 'order-service',
              image_name: 'order-service',
              source_image: container.image,
              source_image_tag: container.image.split(':').pop(),
              target_image: target,
              target_image_tag: 'v5.0.0',
              push_image: true,
            },
          ],
        },
      ],
    });
    expect(r).toEqual({ status: 200, body: { message: 'success' } });
    const first = await detailByName(server, 'yaml-demo', 'v5.0.0');
    expect(first.body.status).toBe('creating');
    expect(['waiting', 'running']).toContain(first.body.services[0].images[0].status);
    const done = await waitForStatus(server, 'yaml-demo', 'v5.0.0', ['success', 'failed']);
    expect(done.status).toBe('success');
    expect(done.error).toBe('');
    expect(done.env_name).toBe('dev');
    expect(done.labels).toEqual(['发布', 'release']);
    const stored = done.services[0].yaml_content as string;
    expect(stored).toContain(`image: ${target}`);
    expect(stored).not.toContain(container.image);
    expect(stored).toContain('image: harbor.demo.koderover.com/infra/log-agent:1.4.2'); // sidecar untouched
    expect(done.services[0].images[0]).toMatchObject({
      status: 'passed',
      error: '',
      image_path: null,
      push_image: true,
    });
    expect(await catalog()).toContain(target);
    const listed = (await server.json('/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=1'))
      .body.list[0];
    expect(listed).toMatchObject({ version_name: 'v5.0.0', status: 'success', source: 'from_env' });
  });

  it('a missing source image fails the version; publish it, retry, and only the failed image runs again', async () => {
    const missing = `${HOST}/user-service:never-built-1`;
    const req = k8sRequest({
      version_name: 'v5.1.0',
      services: [
        {
          service_name: 'user-service',
          yaml_content: `kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: user-service\n        image: ${missing}\n`,
          images: [
            {
              ...k8sRequest().services[0]!.images[0]!,
              source_image: missing,
              source_image_tag: 'never-built-1',
              target_image: `${HOST}/user-service:v5.1.0`,
              target_image_tag: 'v5.1.0',
            },
          ],
        },
        {
          service_name: 'storefront',
          images: [
            {
              container_name: 'storefront',
              image_name: 'storefront',
              source_image: `${HOST}/storefront:latest`,
              source_image_tag: 'latest',
              target_image: `${HOST}/storefront:v5.1.0`,
              target_image_tag: 'v5.1.0',
              push_image: true,
            },
          ],
        },
      ],
    });
    expect((await create('k8s', req)).status).toBe(200);
    const failed = await waitForStatus(server, 'yaml-demo', 'v5.1.0', ['success', 'failed']);
    expect(failed.status).toBe('failed');
    expect(failed.error).toBe(`manifest unknown: manifest unknown for ${missing}`);
    expect(failed.services[0].images[0]).toMatchObject({ status: 'failed', error: failed.error });
    expect(failed.services[1].images[0].status).toBe('passed');
    // manual: the container got its target, no other replacement
    expect(failed.services[0].yaml_content).toContain(`image: ${HOST}/user-service:v5.1.0`);
    // manual without yaml_content: the service template's YAML
    expect(failed.services[1].yaml_content).toContain(`image: ${HOST}/storefront:v5.1.0`);

    // retry before publishing fails again, keeping the same error
    const retry1 = await server.json(
      `/openapi/delivery/releases/retry?id=${failed.id}&projectKey=yaml-demo`,
      { method: 'POST' },
    );
    expect(retry1.status).toBe(200);
    const during = await detailByName(server, 'yaml-demo', 'v5.1.0');
    expect(during.body.status).toBe('retrying');
    expect(during.body.error).toBe(failed.error);
    expect(during.body.services[1].images[0].status).toBe('passed');
    expect(['waiting', 'running']).toContain(during.body.services[0].images[0].status);
    expect((await waitForStatus(server, 'yaml-demo', 'v5.1.0', ['failed'])).error).toBe(failed.error);

    const pub = await server.json('/sandbox/images', { method: 'POST', json: { image: missing } });
    expect(pub.status).toBe(200);
    const retry2 = await server.json('/openapi/delivery/releases/retry', {
      method: 'POST',
      json: { id: failed.id, projectKey: 'yaml-demo' },
    });
    expect(retry2).toEqual({ status: 200, body: { message: 'success' } });
    const ok = await waitForStatus(server, 'yaml-demo', 'v5.1.0', ['success', 'failed']);
    expect(ok.status).toBe('success');
    expect(ok.error).toBe('');
    expect(
      ok.services.flatMap((s: { images: Array<{ status: string }> }) => s.images.map((i) => i.status)),
    ).toEqual(['passed', 'passed']);
    expect(await catalog()).toContain(`${HOST}/user-service:v5.1.0`);
  });

  it('two retries at once: one wins, the other gets the Zadig status error', async () => {
    const missing = `${HOST}/cart:missing-2`;
    const req = k8sRequest({
      version_name: 'v5.2.0',
      services: [
        {
          service_name: 'cart',
          images: [
            {
              ...k8sRequest().services[0]!.images[0]!,
              container_name: 'cart',
              source_image: missing,
              source_image_tag: 'missing-2',
            },
          ],
        },
      ],
    });
    expect((await create('k8s', req)).status).toBe(200);
    const failed = await waitForStatus(server, 'yaml-demo', 'v5.2.0', ['failed']);
    const both = await Promise.all(
      [1, 2].map(() =>
        server.json(`/openapi/delivery/releases/retry?id=${failed.id}&projectKey=yaml-demo`, {
          method: 'POST',
        }),
      ),
    );
    const statuses = both.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 400]);
    const loser = both.find((r) => r.status === 400)!;
    expect(loser.body).toMatchObject({
      type: 'error',
      code: 6560,
      message: "can't reCreate version with status:retrying",
    });
  });

  it('a version with nothing to push succeeds at once; its images keep status ""', async () => {
    const base = k8sRequest().services[0]!.images[0]!;
    const req = k8sRequest({
      version_name: 'v5.2.5',
      services: [
        {
          service_name: 'user-service',
          images: [
            {
              ...base,
              source_image: `${HOST}/nowhere:1`,
              source_image_tag: '1',
              target_image: `${HOST}/user-service:v5.2.5`,
              target_image_tag: 'v5.2.5',
              push_image: false,
            },
          ],
        },
      ],
    });
    expect((await create('k8s', req)).status).toBe(200);
    const done = await waitForStatus(server, 'yaml-demo', 'v5.2.5', ['success', 'failed']);
    expect(done.status).toBe('success');
    expect(done.services[0].images[0]).toMatchObject({ status: '', error: '', push_image: false });
    expect(await catalog()).not.toContain(`${HOST}/user-service:v5.2.5`);
  });

  it('from_version copies the base images when the request leaves them out', async () => {
    const base = (await detailByName(server, 'yaml-demo', 'v1.9.0')).body;
    const r = await create('k8s', {
      project_key: 'yaml-demo',
      version_name: 'v5.3.0',
      source: 'from_version',
      original_version_name: 'v1.9.0',
      image_registry_id: '6650a1c2e4b0f1a2b3c4d5e6',
      services: [{ service_name: 'storefront', yaml_content: base.services[0].yaml_content, images: [] }],
    });
    expect(r.status).toBe(200);
    const done = await waitForStatus(server, 'yaml-demo', 'v5.3.0', ['success', 'failed']);
    expect(done.status).toBe('success');
    expect(done.source).toBe('from_version');
    expect(done.env_name).toBe(base.env_name);
    expect(done.services[0].images.map((i: { source_image: string }) => i.source_image)).toEqual(
      base.services[0].images.map((i: { source_image: string }) => i.source_image),
    );
  });
});
