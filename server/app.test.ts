import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthResponseSchema } from '../src/api/schemas';
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
