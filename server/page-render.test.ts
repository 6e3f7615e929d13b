/**
 * A list's address answered with its first page rendered into the page (server/page-render.ts), by the
 * real renderer (built here as `vite build` builds it), only when the server knows the language, the
 * theme and an answer the page's own first request would get; the plain app shell otherwise.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverRenderConfig } from '../vite.config';
import { k8sRequest, makeStaticDir, startTestServer, type TestServer } from './test/helpers';
import { THEME_HINT } from './page-render';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script>/* first list */</script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;
const LIST = '/projects/yaml-demo/releases';

let server: TestServer;
beforeAll(async () => {
  const staticDir = makeStaticDir();
  writeFileSync(join(staticDir, 'index.html'), PAGE);
  // As `vite build` runs (vitest's NODE_ENV=test would have React's JSX built for development).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build(serverRenderConfig(staticDir)).finally(() => (process.env.NODE_ENV = nodeEnv));
  server = await startTestServer({ staticDir });
}, 120_000);
afterAll(async () => {
  await server.destroy();
});

const open = (path: string, headers: Record<string, string> = {}) =>
  server.request(path, { headers: { 'accept-encoding': 'identity', ...headers } });
const rendered = (html: string) => html.includes('data-server-render');

/** The answer the page carries for its first list request (src/first-list/ adopts it). */
function carried(html: string): { url: string; body: string } {
  const json = /<script type="application\/json" id="zrc-first-list">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json ?? 'null') as { url: string; body: string };
}

describe('a list opened in a browser whose theme the server knows', () => {
  it('comes with its first page: rows, language, theme, and the answer they were made from', async () => {
    const res = await open(LIST, { [THEME_HINT]: '"dark"', 'accept-language': 'en-US,en;q=0.9' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toContain(THEME_HINT);
    const html = await res.text();
    expect(html).toContain('<html lang="en-US" data-theme="dark" style="color-scheme:dark">');
    expect(html).toMatch(/<div id="root"><div inert data-server-render>.*<\/div><\/div>/s);
    const first = carried(html);
    expect(first.url).toBe('/api/projects/yaml-demo/versions?page=1&size=20');
    const { items } = JSON.parse(first.body) as { items: { id: string; name: string }[] };
    // The API's own answer (a version in flight may have moved on since).
    const api = await server.json<{ items: { id: string }[] }>(first.url);
    expect(items.map((v) => v.id)).toEqual(api.body.items.map((v) => v.id));
    for (const { name } of items) expect(html).toContain(`<strong>${name}</strong>`);
    expect(html).toContain('>Versions</h1>');
    // Before the page's own inline script, which reads it as the page is parsed.
    expect(html.indexOf('id="zrc-first-list"')).toBeLessThan(html.indexOf('<script>/* first list */'));
  });

  it('in the language and theme chosen in the app (cookies) over the browser’s', async () => {
    const html = await (
      await open(`${LIST}?page=1&size=10`, {
        [THEME_HINT]: 'dark',
        'accept-language': 'en-US',
        cookie: 'other=1; zrc.locale=zh-CN; zrc.theme=light',
      })
    ).text();
    expect(html).toContain('<html lang="zh-CN" data-theme="light"');
    expect(html).toContain('>版本</h1>');
    expect(carried(html).url).toBe('/api/projects/yaml-demo/versions?page=1&size=10');
    expect(JSON.parse(carried(html).body).items).toHaveLength(10);
  });

  it('with no hint (an address that is not HTTPS), in the system’s theme as the app last found it', async () => {
    const lastFound = { cookie: 'zrc.theme=system-dark' };
    expect(await (await open(LIST, lastFound)).text()).toContain('data-theme="dark"');
    // The browser's word on the system's theme is newer.
    const hinted = await (await open(LIST, { ...lastFound, [THEME_HINT]: 'light' })).text();
    expect(hinted).toContain('data-theme="light"');
    expect(rendered(await (await open(LIST, { cookie: 'zrc.theme=system-blue' })).text())).toBe(false);
  });

  it('in Chinese for a browser that reads it, as the app would start', async () => {
    const html = await (
      await open(LIST, { [THEME_HINT]: 'light', 'accept-language': 'en-GB, zh;q=0.5' })
    ).text();
    expect(html).toContain('<html lang="zh-CN" data-theme="light"');
  });

  it('compressed for a browser that accepts it', async () => {
    const res = await server.request(LIST, { headers: { [THEME_HINT]: 'light', 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(rendered(await res.text())).toBe(true);
  });

  it('never lets a version’s text out of its element or its script', async () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const created = await server.json('/openapi/delivery/releases/k8s', {
      method: 'POST',
      json: k8sRequest({ version_name: `evil-${Date.now()}`, desc: evil }),
    });
    expect(created.status).toBeLessThan(300);
    const html = await (await open(LIST, { [THEME_HINT]: 'light' })).text();
    expect(rendered(html)).toBe(true);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(
      JSON.parse(carried(html).body).items.some((v: { description: string }) => v.description === evil),
    ).toBe(true);
  });
});

describe('a renderer that fails', () => {
  it('leaves the page as the plain app shell, and says why in the log', async () => {
    const staticDir = makeStaticDir();
    writeFileSync(join(staticDir, 'index.html'), PAGE);
    mkdirSync(join(staticDir, '.server-render'));
    writeFileSync(
      join(staticDir, '.server-render', 'render-list.js'),
      'export const renderList = () => { throw new Error("boom"); };',
    );
    const logged: string[] = [];
    const broken = await startTestServer({ staticDir, log: (line) => logged.push(line) });
    try {
      const res = await broken.request(LIST, { headers: { [THEME_HINT]: 'light' } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<div id="root"></div>');
      expect(rendered(html)).toBe(false);
      expect(logged.join('\n')).toContain('could not be rendered into its page: Error: boom');
    } finally {
      await broken.destroy();
    }
  });
});

describe('the plain app shell, and the browser asked for its theme', () => {
  it('when the theme is not known (no choice, no hint)', async () => {
    const res = await open(LIST);
    expect(res.headers.get('accept-ch')).toBe(THEME_HINT);
    expect(res.headers.get('critical-ch')).toBe(THEME_HINT);
    expect(rendered(await res.text())).toBe(false);
  });

  it('for a filtered list, another page, a project the server does not have, or a navigation from another site', async () => {
    const headers = { [THEME_HINT]: 'light' };
    for (const path of [`${LIST}?q=v1`, `${LIST}?status=failed`, '/projects/no-such-project/releases', '/']) {
      const res = await open(path, headers);
      expect(res.status, path).toBe(200);
      expect(rendered(await res.text()), path).toBe(false);
    }
    const crossSite = await open(LIST, { ...headers, 'sec-fetch-site': 'cross-site' });
    expect(rendered(await crossSite.text())).toBe(false);
  });

  it('and the renderer itself is never served', async () => {
    for (const path of ['/.server-render/render-list.js', '/%2Eserver-render/render-list.js']) {
      expect((await open(path)).status, path).toBe(404);
    }
  });
});
