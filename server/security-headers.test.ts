import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CONTENT_SECURITY_POLICY } from './security-headers';
import { makeStaticDir, startTestServer, type TestServer } from './test/helpers';

/** The built page's inline script (vite.config.ts inlines src/first-list/ so): allowed by its hash. */
const INLINE = '(()=>{window.__first=1})();';
const INLINE_HASH = `'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`;

let server: TestServer;
beforeAll(async () => {
  const staticDir = makeStaticDir();
  writeFileSync(
    join(staticDir, 'index.html'),
    `<!doctype html><meta charset="UTF-8" /><script>${INLINE}</script>` +
      '<script type="module" src="/assets/app-abc123.js"></script><div id="root"></div>',
  );
  server = await startTestServer({ staticDir });
});
afterAll(() => server.destroy());

describe('security headers', () => {
  it('pages get a strict CSP, nosniff, a referrer policy and frame protection', async () => {
    const response = await server.request('/projects/yaml-demo/releases');
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    // Scripts from this origin, and the page's own inline script by its hash: no other inline script.
    expect(directives['script-src']).toEqual(["'self'", INLINE_HASH]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it.each([
    '/api/health',
    '/api/nope',
    '/openapi/delivery/releases?projectKey=yaml-demo',
    '/openapi/nope',
    '/sandbox/images',
  ])('%s (not a page) can run nothing and cannot be framed', async (path) => {
    const response = await server.request(path);
    expect(response.headers.get('content-security-policy')).toBe(API_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});
