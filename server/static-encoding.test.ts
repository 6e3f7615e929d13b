/**
 * `GET /` and client routes answer 200 whatever the client says it accepts: no Accept-Encoding at all
 * (curl, wget, load-balancer probes), gzip, or br — including when the built `index.html` is large
 * enough to have `.br`/`.gz` copies beside it (scripts/precompress.mjs).
 */
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../scripts/precompress.mjs';
import { makeStaticDir, startTestServer, type TestServer } from './test/helpers';

const PAGE = `<!doctype html><title>console</title><div id="root"></div><!-- ${'x'.repeat(4000)} -->`;

let server: TestServer;
beforeAll(async () => {
  const staticDir = makeStaticDir();
  writeFileSync(join(staticDir, 'index.html'), PAGE); // as large as a built one: compressed copies exist
  precompressDir(staticDir);
  server = await startTestServer({ staticDir });
});
afterAll(async () => {
  await server.destroy();
});

/** A raw GET (fetch always adds Accept-Encoding; curl and probes send none). */
function get(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${server.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the app shell for any Accept-Encoding', () => {
  for (const path of ['/', '/index.html', '/projects/yaml-demo/releases']) {
    it(`${path} with no Accept-Encoding is the plain page`, async () => {
      const r = await get(path, {});
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.body.toString()).toContain('<div id="root">');
    });

    it(`${path} with gzip is the gzip copy`, async () => {
      const r = await get(path, { 'accept-encoding': 'gzip' });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(r.body).toString()).toContain('<div id="root">');
    });

    it(`${path} with br is the brotli copy`, async () => {
      const r = await get(path, { 'accept-encoding': 'br' });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(r.body).toString()).toContain('<div id="root">');
    });
  }

  it('an asset with no Accept-Encoding is the plain file', async () => {
    const r = await get('/assets/app-abc123.js', {});
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toContain('console.log');
  });
});
