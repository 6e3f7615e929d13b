// The sandbox worker on Helm versions: target images at every image_path form, charts pushed.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sandboxCalls, serverForTheseTests, TCR, waitForStatus } from './test/helpers';

const server = serverForTheseTests({ pushMs: 150 });
const { create } = sandboxCalls(server);

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
