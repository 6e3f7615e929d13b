/**
 * A list's address answered with its first page rendered into the page (server/page-render.ts), by the
 * real renderer (built here as `vite build` builds it), only when the server knows the language, the
 * theme and an answer the page's own first request would get; the plain app shell otherwise.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverRenderConfig } from '../vite.config';
import { k8sRequest, makeStaticDir, startTestServer, type TestServer } from './test/helpers';
import { recordingZadig } from './test/recording-zadig';
import { choiceCookieName, type ChoiceName } from '../src/lib/server-choice';
import { THEME_HINT } from './page-prefs';
import { RenderBudget } from './page-render';

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
  // Enough rendering for every test; the budget is tested with a server of its own.
  server = await startTestServer({ staticDir, renderBudgetMs: 1e9 });
}, 120_000);
afterAll(async () => {
  await server.destroy();
});

const open = (path: string, headers: Record<string, string> = {}) =>
  server.request(path, { headers: { 'accept-encoding': 'identity', ...headers } });
const rendered = (html: string) => html.includes('data-server-render');

/** This console's cookie holding a choice made in the app (src/lib/server-choice.ts). */
const choice = (name: ChoiceName, value: string) =>
  `${choiceCookieName(name, new URL(server.url).port)}=${value}`;

/** The answer the page carries for its first list request (src/first-list/ adopts it). */
function carried(html: string): { url: string; body: string } {
  const json = /<script type="application\/json" id="zrc-first-list">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json ?? 'null') as { url: string; body: string };
}

describe('a list opened in a browser whose theme the server knows', () => {
  it('comes with its first page: rows, language, theme, and the answer they were made from', async () => {
    const res = await open(LIST, { [THEME_HINT]: '"dark"', 'accept-language': 'en-US,en;q=0.9' });
    expect(res.status).toBe(200);
    // Never kept, so that Back shows the list as it is then, not as it was.
    expect(res.headers.get('cache-control')).toBe('no-store');
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
        // This console's (its port's), not another console's on the same host.
        cookie: `other=1; zrc.locale=en-US; zrc.theme=dark; ${choice('zrc.locale', 'zh-CN')}; ${choice('zrc.theme', 'light')}`,
      })
    ).text();
    expect(html).toContain('<html lang="zh-CN" data-theme="light"');
    expect(html).toContain('>版本</h1>');
    expect(html).toContain('10 条/页'); // antd's own texts in Chinese too
    expect(carried(html).url).toBe('/api/projects/yaml-demo/versions?page=1&size=10');
    expect(JSON.parse(carried(html).body).items).toHaveLength(10);
  });

  it('with no hint (an address that is not HTTPS), in the system’s theme as the app last found it', async () => {
    const lastFound = { cookie: choice('zrc.theme', 'system-dark') };
    expect(await (await open(LIST, lastFound)).text()).toContain('data-theme="dark"');
    // The browser's word on the system's theme is newer.
    const hinted = await (await open(LIST, { ...lastFound, [THEME_HINT]: 'light' })).text();
    expect(hinted).toContain('data-theme="light"');
    expect(rendered(await (await open(LIST, { cookie: choice('zrc.theme', 'system-blue') })).text())).toBe(
      false,
    );
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

  it('writes a version’s text as it is, `$` and all', async () => {
    const description = "Price $` note $' end $& $1";
    const created = await server.json('/openapi/delivery/releases/k8s', {
      method: 'POST',
      json: k8sRequest({ version_name: `dollar-${Date.now()}`, desc: description, labels: ['$$5'] }),
    });
    expect(created.status).toBeLessThan(300);
    const html = await (await open(LIST, { [THEME_HINT]: 'light' })).text();
    expect(html.match(/<!doctype html>/gi)).toHaveLength(1);
    expect(html).toContain('>Price $` note $&#x27; end $&amp; $1<'); // as React escapes it
    expect(html).toContain('>$$5<');
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

/** A static directory with the page and `code` as its renderer (in place of the built one). */
function withRenderer(code: string): string {
  const staticDir = makeStaticDir();
  writeFileSync(join(staticDir, 'index.html'), PAGE);
  mkdirSync(join(staticDir, '.server-render'));
  writeFileSync(join(staticDir, '.server-render', 'render-list.js'), code);
  return staticDir;
}

describe('a renderer that fails', () => {
  it('leaves the page as the plain app shell, and says why in the log', async () => {
    const staticDir = withRenderer('export const renderList = () => { throw new Error("boom"); };');
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

describe('a renderer that is slow to load (a busy machine)', () => {
  it('neither holds the server’s start past a few seconds nor a page: the page goes out plain', async () => {
    const staticDir = withRenderer(
      'await new Promise((r) => setTimeout(r, 60_000).unref()); export const renderList = () => "<p>late</p>";',
    );
    const started = performance.now();
    const slow = await startTestServer({ staticDir });
    try {
      expect(performance.now() - started).toBeLessThan(9_000);
      const asked = performance.now();
      const res = await slow.request(LIST, { headers: { [THEME_HINT]: 'light' } });
      expect(performance.now() - asked).toBeLessThan(2_000);
      expect(rendered(await res.text())).toBe(false);
    } finally {
      await slow.destroy();
    }
  }, 20_000);
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
    const paths = [
      `${LIST}?q=v1`,
      `${LIST}?status=failed`,
      '/projects/no-such-project/releases',
      // No versions on the page: the server cannot tell an empty project from one Zadig does not have.
      `${LIST}?page=99`,
      '/',
    ];
    for (const path of paths) {
      const res = await open(path, headers);
      expect(res.status, path).toBe(200);
      expect(rendered(await res.text()), path).toBe(false);
    }
    const crossSite = await open(LIST, { ...headers, 'sec-fetch-site': 'cross-site' });
    expect(rendered(await crossSite.text())).toBe(false);
  });

  it('once the server has rendered as much as it takes on (a burst of loads)', async () => {
    // A second server on the same build, with the default budget.
    const busy = await startTestServer({ staticDir: server.staticDir });
    try {
      const answers = await Promise.all(
        Array.from({ length: 30 }, () =>
          busy.request(`${LIST}?size=100`, { headers: { [THEME_HINT]: 'light' } }).then((r) => r.text()),
        ),
      );
      const shells = answers.filter((html) => !rendered(html)).length;
      expect(shells).toBeGreaterThan(0);
      expect(shells).toBeLessThan(answers.length);
    } finally {
      await busy.stop();
      rmSync(busy.dataDir, { recursive: true, force: true });
    }
  });

  it('and the renderer itself is never served', async () => {
    for (const path of ['/.server-render/render-list.js', '/%2Eserver-render/render-list.js']) {
      expect((await open(path)).status, path).toBe(404);
    }
  });
});

describe('the render budget', () => {
  it('takes on a given number of milliseconds of rendering a second, and no more', () => {
    let now = 0;
    const budget = new RenderBudget(250, () => now);
    expect(budget.allows()).toBe(true);
    budget.spend(300);
    expect(budget.allows()).toBe(false);
    now = 200; // 50 ms earned back: still 0 left
    expect(budget.allows()).toBe(false);
    now = 400;
    expect(budget.allows()).toBe(true);
    now = 60_000; // never more than a second's worth in hand
    budget.allows();
    budget.spend(251);
    expect(budget.allows()).toBe(false);
  });
});

describe('proxy mode without ZADIG_TOKEN', () => {
  it('sends the plain app shell without asking Zadig (its answer to no token is a 401)', async () => {
    const zadig = await recordingZadig();
    const staticDir = makeStaticDir();
    writeFileSync(join(staticDir, 'index.html'), PAGE);
    const proxy = await startTestServer({ staticDir, zadigUrl: zadig.url });
    try {
      const html = await (await proxy.request(LIST, { headers: { [THEME_HINT]: 'light' } })).text();
      expect(html).toContain('<div id="root"></div>');
      expect(zadig.seen).toEqual([]);
    } finally {
      await proxy.destroy();
      await zadig.close();
    }
  });
});
