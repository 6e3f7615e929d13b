/**
 * An address whose percent-encoding is broken (an escape that is not UTF-8): a page address gets the
 * app shell, under the page's security headers, so the app says what it finds; an API address answers
 * a JSON 400 that says what is wrong, never Fastify's own body.
 */
import { describe, expect, it } from 'vitest';
import { serverForTheseTests } from './test/helpers';

const server = serverForTheseTests();

describe('an address with broken percent-encoding', () => {
  for (const path of [
    '/projects/x/releases/%E0%A4',
    '/projects/x/releases/%E0%A4?name=v1',
    '/projects/%ZZ/releases',
    '/projects/x/compare%',
  ]) {
    it(`${path}: the app shell`, async () => {
      const res = await server.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<div id="root">');
      expect(res.headers.get('content-security-policy')).toMatch(/script-src/);
    });
  }

  it('a file name is still a missing file, not the app shell', async () => {
    const res = await server.request('/assets/app-%E0%A4.js');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<div id="root">');
  });

  for (const path of [
    '/api/projects/x/versions/%E0%A4',
    '/openapi/delivery/releases/%E0%A4?projectKey=x',
    '/sandbox/%E0%A4',
  ]) {
    it(`${path}: a JSON 400 that names the problem`, async () => {
      const res = await server.request(path);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ code: 400, message: 'Bad Request' });
      expect(body.description).toMatch(/address is not valid: a percent sign/);
      expect(JSON.stringify(body)).not.toContain('FST_ERR');
    });
  }
});
