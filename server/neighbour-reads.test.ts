// The sandbox's neighbouring read endpoints (projects, environments, service YAML and values,
// registries, service templates) in the shapes real Zadig servers send: shared/spec/zadig-behaviour.md.
import { describe, expect, it } from 'vitest';
import { projectListResponseSchema, environmentDetailResponseSchema } from '../src/api/schemas';
import { serverForTheseTests } from './test/helpers';

const server = serverForTheseTests();

describe('neighbouring read endpoints', () => {
  it('projects, with paging', async () => {
    const { body } = await server.json('/openapi/projects/project?pageNum=1&pageSize=20');
    const parsed = projectListResponseSchema.parse(body);
    expect(parsed.total).toBe(2);
    expect(parsed.projects.map((p) => [p.project_key, p.deploy_type])).toEqual([
      ['yaml-demo', 'k8s'],
      ['helm-demo', 'helm'],
    ]);
    expect(
      (await server.json('/openapi/projects/project?pageNum=2&pageSize=1')).body.projects[0].project_key,
    ).toBe('helm-demo');
    expect((await server.json('/openapi/projects/project?pageNum=0&pageSize=1')).status).toBe(400);
  });

  it('environments and production environments', async () => {
    const test = (await server.json('/openapi/environments?projectKey=yaml-demo')).body;
    expect(test.map((e: { env_key: string }) => e.env_key)).toEqual(['dev', 'qa']);
    expect(test[0]).toMatchObject({ envName: 'dev', namespace: 'yaml-demo-dev', production: false });
    const prod = (await server.json('/openapi/environments/production?projectKey=yaml-demo')).body;
    expect(prod.map((e: { env_key: string; production: boolean }) => [e.env_key, e.production])).toEqual([
      ['prod', true],
    ]);
    const missing = await server.json('/openapi/environments');
    expect(missing.status).toBe(400);
    expect(missing.body.description).toBe('projectKey: is required');
    expect((await server.json('/openapi/environments?projectKey=nope')).body.description).toContain(
      'projectKey',
    );
  });

  it('environment detail, including production', async () => {
    const d = environmentDetailResponseSchema.parse(
      (await server.json('/openapi/environments/prod?projectKey=helm-demo')).body,
    );
    expect(d.production).toBe(true);
    expect(d.registry_id).toBe('6650a1c2e4b0f1a2b3c4d5e7');
    expect(d.services.map((s) => s.service_name)).toEqual([
      'payment-gateway',
      'billing',
      'ledger',
      'notification',
    ]);
    expect(d.services.every((s) => s.containers.every((c) => c.image_path !== null))).toBe(true);
    const k8s = (await server.json('/openapi/environments/qa?projectKey=yaml-demo')).body;
    expect(k8s.services[1].containers.map((c: { name: string }) => c.name)).toEqual([
      'order-service',
      'log-agent',
    ]);
    expect(k8s.services[1].containers[0].image_path).toBeNull();
    const unknown = await server.json('/openapi/environments/nope?projectKey=yaml-demo');
    expect(unknown.status).toBe(404);
    expect(unknown.body.type).toBe('error');
    expect((await server.json('/openapi/environments/production/dev?projectKey=yaml-demo')).status).toBe(404);
    expect((await server.json('/openapi/environments/production/prod?projectKey=yaml-demo')).status).toBe(
      200,
    );
  });

  it('a service YAML and Helm values in an environment, as plain text', async () => {
    const yaml = await server.request(
      '/openapi/environments/service/yaml?projectKey=yaml-demo&envName=qa&serviceName=storefront',
    );
    expect(yaml.status).toBe(200);
    expect(yaml.headers.get('content-type')).toContain('text/yaml');
    const text = await yaml.text();
    expect(text).toContain('kind: Deployment');
    expect(text).toContain('name: storefront');
    const values = await server.request(
      '/openapi/environments/service/values?projectKey=helm-demo&envName=dev&serviceName=billing',
    );
    expect(await values.text()).toMatch(/^fullnameOverride: billing\n/);
    const notHelm = await server.json(
      '/openapi/environments/service/values?projectKey=yaml-demo&envName=qa&serviceName=storefront',
    );
    expect(notHelm.status).toBe(400);
    const noService = await server.json(
      '/openapi/environments/service/yaml?projectKey=yaml-demo&envName=qa&serviceName=nope',
    );
    expect(noService.body.description).toContain('serviceName');
    const noParams = await server.json('/openapi/environments/service/yaml?projectKey=yaml-demo');
    expect(noParams.body.description).toBe('envName: is required; serviceName: is required');
  });

  it('registries (one default) and service templates', async () => {
    const regs = (await server.json('/openapi/system/registry')).body;
    expect(regs).toHaveLength(2);
    expect(regs.filter((r: { is_default: boolean }) => r.is_default)).toHaveLength(1);
    const templates = (await server.json('/openapi/service/yaml/services?projectKey=yaml-demo')).body;
    expect(templates.map((t: { service_name: string }) => t.service_name)).toEqual([
      'storefront',
      'order-service',
      'user-service',
    ]);
    expect(templates[0]).toMatchObject({ source: 'spock', type: 'k8s' });
    expect((await server.json('/openapi/service/yaml/services')).status).toBe(400);
  });
});
