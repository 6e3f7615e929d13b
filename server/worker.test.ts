import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  detailByName,
  HOST,
  k8sRequest,
  startTestServer,
  TCR,
  waitFor,
  waitForStatus,
  type TestServer,
} from './test/helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ pushMs: 150 });
});
afterAll(async () => {
  await server.destroy();
});

const create = (kind: 'k8s' | 'helm', json: unknown) =>
  server.json(`/openapi/delivery/releases/${kind}`, { method: 'POST', json });
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

describe('Helm versions', () => {
  it('writes target images at every image_path form, pushes the charts and marks them passed', async () => {
    const templates = (await server.json('/openapi/service/yaml/services?projectKey=helm-demo')).body;
    expect(templates.map((t: { service_name: string }) => t.service_name)).toEqual([
      'payment-gateway',
      'billing',
      'ledger',
      'notification',
    ]);
    const env = (await server.json('/openapi/environments/staging?projectKey=helm-demo')).body;
    const services = await Promise.all(
      env.services.map(
        async (s: {
          service_name: string;
          containers: Array<{ name: string; image: string; image_path: object }>;
        }) => {
          const values = await (
            await server.request(
              `/openapi/environments/service/values?projectKey=helm-demo&envName=staging&serviceName=${s.service_name}`,
            )
          ).text();
          const c = s.containers[0]!;
          return {
            service_name: s.service_name,
            chart_version: '7.0.0',
            yaml_content: values,
            images: [
              {
                container_name: c.name,
                image_name: c.name,
                source_image: c.image,
                source_image_tag: c.image.split(':').pop(),
                target_image: `ccr.ccs.tencentyun.com/release/${c.name}:v7.0.0`,
                target_image_tag: 'v7.0.0',
                image_path: c.image_path,
                push_image: true,
              },
            ],
          };
        },
      ),
    );
    const r = await create('helm', {
      project_key: 'helm-demo',
      version_name: 'v7.0.0',
      source: 'from_env',
      env_name: 'staging',
      image_registry_id: TCR,
      chart_repo_name: 'release-charts',
      services,
    });
    expect(r).toEqual({ status: 200, body: { message: 'success' } });
    const done = await waitForStatus(server, 'helm-demo', 'v7.0.0', ['success', 'failed']);
    expect(done.status).toBe('success');
    expect(done.chart_repo_name).toBe('release-charts');
    const values = Object.fromEntries(
      done.services.map((s: { service_name: string; yaml_content: string }) => [
        s.service_name,
        parse(s.yaml_content),
      ]),
    );
    expect(values['payment-gateway'].image).toMatchObject({
      repository: 'ccr.ccs.tencentyun.com/release/payment-gateway',
      tag: 'v7.0.0',
    });
    expect(values.billing.image).toBe('ccr.ccs.tencentyun.com/release/billing:v7.0.0');
    expect(values.ledger.image).toMatchObject({
      repo: 'ccr.ccs.tencentyun.com/release',
      name: 'ledger',
      tag: 'v7.0.0',
    });
    expect(values.notification.global.registry).toBe('ccr.ccs.tencentyun.com');
    expect(values.notification.image).toMatchObject({
      namespace: 'release',
      name: 'notification',
      tag: 'v7.0.0',
    });
    for (const s of done.services) {
      expect(s.chart_status).toBe('passed');
      expect(s.chart_version).toBe('7.0.0');
      expect(s.chart_name).not.toBe('');
    }
    const charts = (await server.json('/sandbox/charts?repo=release-charts')).body.charts.map(
      (c: { chart: string }) => c.chart,
    );
    expect(charts.sort()).toEqual(
      ['billing:7.0.0', 'general-chart:7.0.0', 'general-chart:7.0.0', 'notification:7.0.0']
        .sort()
        .filter((c, i, a) => a.indexOf(c) === i),
    );
  });
});

describe('delete while creating', () => {
  it('stops the copies; nothing brings the version back', async () => {
    const slow = await startTestServer({ pushMs: 400 });
    try {
      const target = `${HOST}/user-service:v6.0.0-deleted`;
      const req = k8sRequest({
        version_name: 'v6.0.0',
        services: [
          {
            service_name: 'user-service',
            images: [
              {
                ...k8sRequest().services[0]!.images[0]!,
                target_image: target,
                target_image_tag: 'v6.0.0-deleted',
              },
            ],
          },
        ],
      });
      expect((await slow.json('/openapi/delivery/releases/k8s', { method: 'POST', json: req })).status).toBe(
        200,
      );
      const running = await waitFor(
        () => detailByName(slow, 'yaml-demo', 'v6.0.0'),
        (r) => r.body.services[0].images[0].status === 'running',
      );
      expect(running.body.status).toBe('creating');
      const del = await slow.json(`/openapi/delivery/releases/${running.body.id}?projectKey=yaml-demo`, {
        method: 'DELETE',
      });
      expect(del.body).toEqual({ message: 'success' });
      await new Promise((r) => setTimeout(r, 700));
      expect((await detailByName(slow, 'yaml-demo', 'v6.0.0')).status).toBe(404);
      expect((await slow.json('/sandbox/images')).body.images).not.toContain(target);
      const names = (
        await slow.json('/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=100')
      ).body.list.map((i: { version_name: string }) => i.version_name);
      expect(names).not.toContain('v6.0.0');
      // and after a restart
      await slow.stop();
      const again = await startTestServer({ pushMs: 50, dataDir: slow.dataDir, staticDir: slow.staticDir });
      try {
        await new Promise((r) => setTimeout(r, 200));
        expect((await detailByName(again, 'yaml-demo', 'v6.0.0')).status).toBe(404);
      } finally {
        await again.stop();
      }
    } finally {
      await slow.destroy();
    }
  });
});

describe('persistence and demo data', () => {
  it('keeps versions across a restart, and the seeded creating version finishes', async () => {
    const first = await startTestServer({ pushMs: 50 });
    const creating = (await detailByName(first, 'yaml-demo', 'v1.11.0')).body;
    expect(['creating', 'success']).toContain(creating.status);
    const finished = await waitForStatus(first, 'yaml-demo', 'v1.11.0', ['success', 'failed']);
    expect(finished.status).toBe('success');
    expect((await waitForStatus(first, 'helm-demo', 'v2.8.1', ['success', 'failed'])).status).toBe('success');
    expect(
      (
        await first.json('/openapi/delivery/releases/k8s', {
          method: 'POST',
          json: k8sRequest({ version_name: 'v-persist' }),
        })
      ).status,
    ).toBe(200);
    const before = await waitForStatus(first, 'yaml-demo', 'v-persist', ['success']);
    const listBefore = (
      await first.json('/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=100')
    ).body;
    await first.stop();
    const second = await startTestServer({ pushMs: 50, dataDir: first.dataDir, staticDir: first.staticDir });
    try {
      expect((await detailByName(second, 'yaml-demo', 'v-persist')).body).toEqual(before);
      expect(
        (await second.json('/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=100')).body,
      ).toEqual(listBefore);
    } finally {
      await second.destroy();
    }
  });

  it('demo data: every status, both languages, and a failed version that can be retried to success', async () => {
    // slow copies first, so the seeded in-flight versions are still in flight when listed
    const slow = await startTestServer({ pushMs: 60_000 });
    let fresh: TestServer = slow;
    try {
      const statuses = new Set<string>();
      let total = 0;
      for (const key of ['yaml-demo', 'helm-demo']) {
        const { body } = await fresh.json(
          `/openapi/delivery/releases?projectKey=${key}&pageNum=1&pageSize=100`,
        );
        total += body.total;
        for (const i of body.list) statuses.add(i.status);
        expect(body.list.some((i: { description: string }) => /[\u4e00-\u9fff]/.test(i.description))).toBe(
          true,
        );
        expect(body.list.some((i: { description: string }) => /^[\x20-\x7e]+$/.test(i.description))).toBe(
          true,
        );
      }
      expect(total).toBeGreaterThanOrEqual(25);
      expect([...statuses].sort()).toEqual(['creating', 'failed', 'retrying', 'success']);
      await slow.stop();
      fresh = await startTestServer({ pushMs: 30, dataDir: slow.dataDir, staticDir: slow.staticDir });
      const failed = (await detailByName(fresh, 'yaml-demo', 'v1.9.1')).body;
      expect(failed.status).toBe('failed');
      const missing = failed.services
        .flatMap((s: { images: Array<{ status: string; source_image: string }> }) => s.images)
        .find((i: { status: string }) => i.status === 'failed').source_image;
      expect(failed.error).toContain(missing);
      expect((await fresh.json('/sandbox/images')).body.images).not.toContain(missing);
      await fresh.json('/sandbox/images', { method: 'POST', json: { image: missing } });
      await fresh.json(`/openapi/delivery/releases/retry?id=${failed.id}&projectKey=yaml-demo`, {
        method: 'POST',
      });
      expect((await waitForStatus(fresh, 'yaml-demo', 'v1.9.1', ['success', 'failed'])).status).toBe(
        'success',
      );
      // catalog: env images and successful targets
      const images = new Set((await fresh.json('/sandbox/images')).body.images as string[]);
      for (const key of ['yaml-demo', 'helm-demo']) {
        const envs = [
          ...(await fresh.json(`/openapi/environments?projectKey=${key}`)).body,
          ...(await fresh.json(`/openapi/environments/production?projectKey=${key}`)).body,
        ];
        expect(envs.length).toBeGreaterThanOrEqual(2);
        expect(envs.filter((e: { production: boolean }) => e.production)).toHaveLength(1);
        for (const e of envs) {
          const d = (await fresh.json(`/openapi/environments/${e.env_key}?projectKey=${key}`)).body;
          expect(d.services.length).toBeGreaterThanOrEqual(3);
          for (const s of d.services) for (const c of s.containers) expect(images.has(c.image)).toBe(true);
        }
        for (const t of (await fresh.json(`/openapi/service/yaml/services?projectKey=${key}`)).body) {
          for (const c of t.containers) expect(images.has(c.image)).toBe(true);
        }
      }
      const ok = (await detailByName(fresh, 'helm-demo', 'v2.4.0')).body;
      for (const s of ok.services) for (const i of s.images) expect(images.has(i.target_image)).toBe(true);
    } finally {
      await fresh.destroy();
      await slow.destroy();
    }
  });
});
