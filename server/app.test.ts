import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  healthResponseSchema,
  projectListResponseSchema,
  environmentDetailResponseSchema,
} from '../src/api/schemas';
import { startTestServer, type TestServer } from './test/helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.destroy();
});

describe('health', () => {
  it('reports sandbox mode', async () => {
    const { status, body } = await server.json('/api/health');
    expect(status).toBe(200);
    expect(healthResponseSchema.parse(body)).toEqual({
      mode: 'sandbox',
      upstream: 'not-applicable',
      serverToken: false,
    });
  });
});

describe('static app', () => {
  it('serves index.html for client routes with no-cache, and assets with a long cache', async () => {
    for (const path of ['/', '/projects/yaml-demo/releases', '/releases/abc/detail?x=1']) {
      const r = await server.request(path);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-cache');
      expect(await r.text()).toContain('<div id="root">');
    }
    const asset = await server.request('/assets/app-abc123.js', {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends brotli or gzip built beside each file, each with its own ETag, and 304 for a matching one', async () => {
    const { request } = await import('node:http');
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const req = request(`${server.url}/assets/app-abc123.js`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        });
        req.on('error', reject);
        req.end();
      });
    const gz = await get({ 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toContain('console.log');
    const br = await get({ 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toContain('console.log');
    // Each encoding has its own ETag; a conditional request is answered for the body it would get.
    const plain = await get({ 'accept-encoding': 'identity' });
    expect(new Set([gz.headers.etag, br.headers.etag, plain.headers.etag]).size).toBe(3);
    expect(String(gz.headers.vary)).toMatch(/accept-encoding/i);
    const again = await get({ 'accept-encoding': 'gzip', 'if-none-match': String(gz.headers.etag) });
    expect(again.status).toBe(304);
    const listed = await get({
      'accept-encoding': 'br',
      'if-none-match': `"nope", ${String(br.headers.etag)}`,
    });
    expect(listed.status).toBe(304);
    const otherEncoding = await get({
      'accept-encoding': 'identity',
      'if-none-match': String(gz.headers.etag),
    });
    expect(otherEncoding.status).toBe(200);
    expect(otherEncoding.body.toString()).toContain('console.log');
  });

  it('404s missing assets and never leaves the static directory', async () => {
    expect((await server.request('/assets/missing-123.js')).status).toBe(404);
    expect((await server.request('/favicon-nope.png')).status).toBe(404);
    for (const path of [
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fpackage.json',
    ]) {
      const r = await server.request(path);
      expect(await r.text()).not.toMatch(/root:|"name":/);
    }
  });

  it('unknown /api routes are JSON 404s', async () => {
    expect((await server.json('/api/nope')).status).toBe(404);
  });
});

describe('JSON answers', () => {
  it('are compressed when the client accepts it', async () => {
    const { request } = await import('node:http');
    const path = '/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=50';
    const get = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const req = request(`${server.url}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get('br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    expect(br.body.length).toBeLessThan(plain.body.length);
    const gz = await get('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(plain.body.toString());
  });
});

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

describe('proxy mode', () => {
  let upstream: Server;
  let upstreamUrl: string;
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ forwarded: req.url, auth: req.headers.authorization ?? null }));
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => upstream.close(r));
  });

  it('forwards /openapi, starts no sandbox, and reports the upstream', async () => {
    const proxy = await startTestServer({ zadigUrl: upstreamUrl, zadigToken: 'server-token' });
    try {
      expect(proxy.mode).toBe('proxy');
      expect(existsSync(join(proxy.dataDir, 'sandbox.db'))).toBe(false);
      const r = await proxy.json('/openapi/environments?projectKey=a');
      expect(r.body.forwarded).toBe('/openapi/environments?projectKey=a');
      expect((await proxy.json('/sandbox/images')).status).toBe(404);
      const health = healthResponseSchema.parse((await proxy.json('/api/health')).body);
      expect(health).toMatchObject({ mode: 'proxy', upstream: 'ok', serverToken: true });
      expect(health.zadigHost).toContain('127.0.0.1');
      expect((await proxy.request('/')).status).toBe(200);
    } finally {
      await proxy.destroy();
    }
  });
});
