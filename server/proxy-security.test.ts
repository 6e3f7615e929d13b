/**
 * The attacks of "proxy mode is safe to put on a network", each against the real server in proxy mode
 * with a server-held token, each proving that nothing reached Zadig; and the controls: every call in the
 * console's table still goes through, with the server's token and with a token typed in the browser.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './app';
import { configFromEnv, listenNotes } from './config';
import { CONSOLE_API, type ConsoleCall } from './console-api';
import { makeStaticDir, startTestServer, tempDir } from './test/helpers';
import { rawHttp, recordingZadig, type RecordingZadig } from './test/recording-zadig';

const SERVER_TOKEN = 'server-held-token-7c1f2e9a44';
const USER_TOKEN = 'typed-in-the-browser-0b5d';
const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' };

let zadig: RecordingZadig;
let app: RunningServer;
let writer: RunningServer;
beforeAll(async () => {
  zadig = await recordingZadig();
  const base = { port: 0, host: '127.0.0.1', pushMs: 0, log: () => {}, zadigUrl: zadig.url };
  app = await startServer({
    ...base,
    dataDir: tempDir('data'),
    staticDir: makeStaticDir(),
    zadigToken: SERVER_TOKEN,
  });
  writer = await startServer({
    ...base,
    dataDir: tempDir('data'),
    staticDir: makeStaticDir(),
    zadigToken: SERVER_TOKEN,
    zadigTokenWrites: true,
  });
});
afterAll(async () => {
  await app.close();
  await writer.close();
  await zadig.close();
});
beforeEach(() => {
  zadig.seen.length = 0;
});

/** A concrete request path for a table entry, as the console sends it. */
function example(call: ConsoleCall): string {
  return `${call.path.replace(':id', '6650a1c2e4b0f1a2b3c4d5e6').replace(':name', 'dev')}?projectKey=yaml-demo`;
}

const RETRY = '/openapi/delivery/releases/retry?id=6650a1c2e4b0f1a2b3c4d5e6&projectKey=yaml-demo';

describe('attacks: nothing reaches Zadig', () => {
  it('a cross-site text/plain POST without Sec-Fetch-* (Origin only) is refused with a reason', async () => {
    const answer = await rawHttp(app.url, {
      method: 'POST',
      path: RETRY,
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 403, message: 'Forbidden' });
    expect(JSON.parse(answer.body).description).toMatch(/Origin: https:\/\/evil\.example.*own pages/);
    expect(zadig.seen).toEqual([]);
  });

  it.each(['cross-site', 'same-site'])('a POST with Sec-Fetch-Site: %s is refused', async (site) => {
    for (const server of [app, writer]) {
      const answer = await rawHttp(server.url, {
        method: 'POST',
        path: RETRY,
        headers: { 'sec-fetch-site': site, origin: 'https://evil.example', 'content-type': 'text/plain' },
        body: '{}',
      });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).description).toContain(`Sec-Fetch-Site: ${site}`);
    }
    expect(zadig.seen).toEqual([]);
  });

  it('a cross-site read with the server token is refused too', async () => {
    const answer = await rawHttp(app.url, {
      path: '/openapi/delivery/releases?projectKey=yaml-demo',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(answer.status).toBe(403);
    expect(zadig.seen).toEqual([]);
  });

  it('a preflight is answered by the console, grants nothing and is not forwarded', async () => {
    const answer = await rawHttp(app.url, {
      method: 'OPTIONS',
      path: '/openapi/delivery/releases/6650a1c2e4b0f1a2b3c4d5e6?projectKey=yaml-demo',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'DELETE',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(answer.status).toBe(204);
    expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(zadig.seen).toEqual([]);
  });

  it.each(['evil.example', 'evil.example:80', '127.0.0.1.evil.example', 'localhost.evil.example'])(
    'a request with Host: %s (DNS rebinding) is refused before anything is forwarded',
    async (host) => {
      for (const path of [
        '/openapi/delivery/releases?projectKey=yaml-demo',
        '/api/health',
        '/',
        // An address the router cannot decode is answered before any hook: the Host is checked there too.
        '/openapi/delivery/releases/%E0%A4?projectKey=yaml-demo',
        '/projects/x/releases/%E0%A4',
      ]) {
        const answer = await rawHttp(app.url, { path, headers: { host } });
        expect(answer.status).toBe(421);
        expect(JSON.parse(answer.body).description).toContain('ALLOWED_HOSTS');
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
      }
      expect(zadig.seen).toEqual([]);
    },
  );

  it.each([
    ['DELETE', '/openapi/workflow/v4/some-workflow'],
    ['GET', '/openapi/system/user'],
    ['POST', '/openapi/projects/project'],
    ['GET', '/openapi/delivery/releases/a/b'],
    // The console reads versions by name; no Zadig v4.0–v5.0 routes GET /:id (docs/zadig-routes.md).
    ['GET', '/openapi/delivery/releases/6650a1c2e4b0f1a2b3c4d5e6'],
    ['POST', '/openapi/delivery/releases/k8s/extra'],
  ])('%s %s (not a call the console makes) is 403 naming the rule', async (method, path) => {
    for (const headers of [SAME_ORIGIN, { authorization: `Bearer ${USER_TOKEN}` }]) {
      const answer = await rawHttp(app.url, { method, path, headers });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).description).toContain('is not a call the console makes');
    }
    expect(zadig.seen).toEqual([]);
  });

  it.each(['PUT', 'PATCH', 'HEAD', 'TRACE'])(
    'a method not on the list (%s on a listed path) is refused',
    async (method) => {
      const answer = await rawHttp(app.url, {
        method,
        path: '/openapi/delivery/releases/6650a1c2e4b0f1a2b3c4d5e6?projectKey=yaml-demo',
        headers: { authorization: `Bearer ${USER_TOKEN}` },
      });
      expect(answer.status).toBe(403);
      expect(zadig.seen).toEqual([]);
    },
  );

  it("a same-origin write with the server's token asks for the user's own token (reads only by default)", async () => {
    const answer = await rawHttp(app.url, { method: 'POST', path: RETRY, headers: SAME_ORIGIN, body: '{}' });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer');
    expect(JSON.parse(answer.body).description).toContain('ZADIG_TOKEN_WRITES');
    expect(zadig.seen).toEqual([]);
  });
});

describe('controls: the console keeps working', () => {
  it.each(CONSOLE_API.map((call) => [`${call.method} ${call.path}`, call] as const))(
    '%s goes through with a token typed in the browser, even from another origin',
    async (_name, call) => {
      const answer = await rawHttp(app.url, {
        method: call.method,
        path: example(call),
        headers: { authorization: `Bearer ${USER_TOKEN}`, origin: 'https://elsewhere.example' },
        ...(call.method === 'POST' ? { body: '{}' } : {}),
      });
      expect(answer.status).toBe(200);
      expect(zadig.seen).toHaveLength(1);
      expect(zadig.seen[0]).toMatchObject({ method: call.method, url: example(call) });
      expect(zadig.seen[0]!.headers.authorization).toBe(`Bearer ${USER_TOKEN}`);
      expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    },
  );

  it.each(CONSOLE_API.map((call) => [`${call.method} ${call.path}`, call] as const))(
    "%s goes through from the console's own page with the server's token (writes when allowed)",
    async (_name, call) => {
      const server = call.write ? writer : app;
      const pages: Record<string, string>[] = [
        SAME_ORIGIN,
        { origin: server.url },
        { 'sec-fetch-site': 'none' },
        {},
      ];
      for (const headers of pages) {
        zadig.seen.length = 0;
        const answer = await rawHttp(server.url, {
          method: call.method,
          path: example(call),
          headers,
          ...(call.method === 'POST' ? { body: '{}' } : {}),
        });
        expect(answer.status).toBe(200);
        expect(answer.body).not.toContain(SERVER_TOKEN);
        expect(zadig.seen).toHaveLength(1);
        expect(zadig.seen[0]!.headers.authorization).toBe(`Bearer ${SERVER_TOKEN}`);
      }
    },
  );
});

describe('security headers on every answer', () => {
  it.each([
    '/api/health',
    '/api/nope',
    '/openapi/delivery/releases?projectKey=yaml-demo',
    '/openapi/workflow/v4/x',
    '/openapi/../x',
    '/projects/yaml-demo/releases',
    '/assets/missing.js',
  ])('%s', async (path) => {
    const answer = await rawHttp(app.url, { path, headers: SAME_ORIGIN });
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('where the server listens', () => {
  const env = { ZADIG_URL: 'https://zadig.example.com', ZADIG_TOKEN: SERVER_TOKEN };

  it('listens on loopback with a server token and HOST unset, and says so', () => {
    const config = configFromEnv(env);
    expect(config.host).toBe('127.0.0.1');
    expect(listenNotes(config, env).info.join(' ')).toMatch(/loopback only \(127\.0\.0\.1\)/);
    expect(listenNotes(config, env).warn).toEqual([]);
  });

  it('warns when HOST=0.0.0.0 opens the server token to the network', () => {
    const opened = { ...env, HOST: '0.0.0.0' };
    const config = configFromEnv(opened);
    expect(config.host).toBe('0.0.0.0');
    expect(listenNotes(config, opened).warn.join(' ')).toMatch(/everyone who can reach this port/);
  });

  it('keeps listening on every interface without a server token, and reads ALLOWED_HOSTS', () => {
    const config = configFromEnv({
      ZADIG_URL: 'https://zadig.example.com',
      ALLOWED_HOSTS: 'Console.Example.com, 10.0.0.5:8080',
    });
    expect(config.host).toBe('0.0.0.0');
    expect(config.allowedHosts).toEqual(['console.example.com', '10.0.0.5']);
    expect(() => configFromEnv({ ZADIG_TOKEN_WRITES: 'maybe' })).toThrow(/ZADIG_TOKEN_WRITES/);
  });

  it('answers the names in ALLOWED_HOSTS', async () => {
    const named = await startServer({
      port: 0,
      host: '127.0.0.1',
      pushMs: 0,
      log: () => {},
      zadigUrl: zadig.url,
      dataDir: tempDir('data'),
      staticDir: makeStaticDir(),
      allowedHosts: ['console.example.com'],
    });
    try {
      expect(
        (await rawHttp(named.url, { path: '/api/health', headers: { host: 'console.example.com' } })).status,
      ).toBe(200);
      expect(
        (await rawHttp(named.url, { path: '/api/health', headers: { host: 'other.example.com' } })).status,
      ).toBe(421);
      expect(
        (await rawHttp(named.url, { path: '/api/health', headers: { host: 'localhost:1234' } })).status,
      ).toBe(200);
    } finally {
      await named.close();
    }
  });
});

describe('the sandbox', () => {
  it('refuses a cross-site write without Authorization, and keeps answering its own pages and scripts', async () => {
    const sandbox = await startTestServer();
    try {
      const image = 'harbor.demo.koderover.com/mall/cross-site:1';
      const attack = await sandbox.request('/sandbox/images', {
        method: 'POST',
        headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'text/plain' },
        body: JSON.stringify({ image }),
      });
      expect(attack.status).toBe(403);
      expect((await sandbox.json('/sandbox/images')).body.images).not.toContain(image);
      const own: Record<string, string>[] = [{ 'sec-fetch-site': 'same-origin' }, {}];
      for (const headers of own) {
        const answer = await sandbox.request('/sandbox/images', { method: 'POST', headers, json: { image } });
        expect(answer.status).toBe(200);
      }
    } finally {
      await sandbox.destroy();
    }
  });
});
