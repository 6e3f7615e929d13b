import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { loggerOptions } from './logger';
import {
  checkUpstream,
  parseZadigUrl,
  proxyPlugin,
  RedactStream,
  safeUpstreamPath,
  type ProxyOptions,
} from './proxy';

const TOKEN = 'zadig-server-token-0123456789';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A fake Zadig that records what reached it; `answer` decides the reply. */
async function upstream(answer?: (req: IncomingMessage, res: ServerResponse, seen: Seen) => void) {
  const seen: Seen[] = [];
  const url = await listen((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(entry);
      if (answer) return answer(req, res, entry);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  return { url, seen };
}

const apps: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

/** The proxy plugin alone on a Fastify app, logging what the server would. */
async function proxy(options: Partial<ProxyOptions> & { zadigUrl: string }) {
  const logs: string[] = [];
  const app = Fastify({ logger: loggerOptions(options.token, (line) => logs.push(line)) });
  apps.push(app);
  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ req, res: reply }, 'answered');
  });
  await app.register(proxyPlugin, options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, logs };
}

/** Sends a raw request line, for targets `fetch` would normalise away. */
function rawRequest(baseUrl: string, requestLine: string): Promise<string> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => {
      socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

describe('proxy: what is forwarded where', () => {
  it('forwards /openapi/* with method, query and body, and returns status and body unchanged', async () => {
    const zadig = await upstream((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(
        '{"type":"error","code":6560,"message":"version already exist","description":"dup","extra":{}}',
      );
    });
    const app = await proxy({ zadigUrl: zadig.url });
    const response = await fetch(`${app.url}/openapi/delivery/releases/k8s?projectKey=demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"version_name":"v1"}',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(
      '{"type":"error","code":6560,"message":"version already exist","description":"dup","extra":{}}',
    );
    expect(zadig.seen).toHaveLength(1);
    expect(zadig.seen[0]).toMatchObject({
      method: 'POST',
      url: '/openapi/delivery/releases/k8s?projectKey=demo',
      body: '{"version_name":"v1"}',
    });
  });

  it('forwards a name such as ../../etc in the query as data (real Zadig accepts such names)', async () => {
    const zadig = await upstream();
    const app = await proxy({ zadigUrl: zadig.url });
    const query = new URLSearchParams({ projectKey: 'demo', serviceName: '../../etc/passwd' }).toString();
    const response = await fetch(`${app.url}/openapi/environments/service/yaml?${query}`);
    expect(response.status).toBe(200);
    expect(zadig.seen.map((s) => s.url)).toEqual([`/openapi/environments/service/yaml?${query}`]);
    // The path itself still may not climb.
    const climbing = await rawRequest(app.url, 'GET /openapi/delivery/../../etc/passwd HTTP/1.1');
    expect(climbing).toMatch(/^HTTP\/1\.1 400/);
    expect(zadig.seen).toHaveLength(1);
  });

  it('passes empty-bodied 401 and 403 through as they are', async () => {
    const zadig = await upstream((req, res) => {
      res.writeHead(req.url?.includes('system') ? 403 : 401);
      res.end();
    });
    const app = await proxy({ zadigUrl: zadig.url });
    const unauthorised = await fetch(`${app.url}/openapi/environments`);
    expect(unauthorised.status).toBe(401);
    expect(await unauthorised.text()).toBe('');
    const forbidden = await fetch(`${app.url}/openapi/system/registry`);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toBe('');
  });

  it('keeps a path prefix of ZADIG_URL', async () => {
    const zadig = await upstream();
    const app = await proxy({ zadigUrl: `${zadig.url}/zadig/` });
    expect((await fetch(`${app.url}/openapi/projects/project?pageNum=1`)).status).toBe(200);
    expect(zadig.seen[0]?.url).toBe('/zadig/openapi/projects/project?pageNum=1');
  });

  it.each(['/api/health', '/openapi', '/openapix/delivery', '/index.html'])(
    'does not forward %s (not under /openapi/)',
    async (path) => {
      const zadig = await upstream();
      const app = await proxy({ zadigUrl: zadig.url });
      const reply = await rawRequest(app.url, `GET ${path} HTTP/1.1`);
      expect(reply).toMatch(/^HTTP\/1\.1 404/);
      expect(zadig.seen).toHaveLength(0);
    },
  );

  it.each([
    '/openapi/../api/health',
    '/openapi/%2e%2e/api/health',
    '/openapi/%2E%2e/%2e%2e/etc/passwd',
    '/openapi/a%2f..%2f..%2fsecret',
    '/openapi//evil.example/x',
    '/openapi/a\\..\\b',
    '/openapi/./x',
  ])('refuses %s without asking Zadig', async (path) => {
    const zadig = await upstream();
    const app = await proxy({ zadigUrl: zadig.url });
    const reply = await rawRequest(app.url, `GET ${path} HTTP/1.1`);
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(reply).toContain('"code":400');
    expect(zadig.seen).toHaveLength(0);
  });

  it.each([
    '/openapi/delivery/releases?projectKey=a',
    '/openapi/delivery/releases/detail?projectKey=a&versionName=v1',
  ])('refuses %s (the console reads versions from its own API) without asking Zadig', async (path) => {
    const zadig = await upstream();
    const app = await proxy({ zadigUrl: zadig.url });
    expect((await fetch(`${app.url}${path}`)).status).toBe(403);
    expect(zadig.seen).toHaveLength(0);
  });

  it('never lets the request choose the host (absolute-form targets and Host headers)', async () => {
    const zadig = await upstream();
    const elsewhere = await upstream();
    const app = await proxy({ zadigUrl: zadig.url });
    const absolute = await rawRequest(app.url, `GET ${elsewhere.url}/openapi/system/registry HTTP/1.1`);
    expect(absolute).toMatch(/^HTTP\/1\.1 400/);
    const viaHost = await fetch(`${app.url}/openapi/system/registry`, {
      headers: { 'x-forwarded-host': new URL(elsewhere.url).host },
    });
    expect(viaHost.status).toBe(200);
    expect(elsewhere.seen).toHaveLength(0);
    expect(zadig.seen).toHaveLength(1);
    expect(zadig.seen[0]?.headers.host).toBe(new URL(zadig.url).host);
    expect(zadig.seen[0]?.headers['x-forwarded-host']).toBeUndefined();
  });

  it('makes any answer harmless when opened as a page on this origin', async () => {
    const zadig = await upstream((_req, res) => {
      res.writeHead(502, {
        'content-type': 'text/html',
        'content-security-policy': "script-src 'unsafe-inline'",
      });
      res.end('<script>alert(1)</script>');
    });
    const app = await proxy({ zadigUrl: zadig.url });
    const response = await fetch(`${app.url}/openapi/system/registry`);
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('<script>alert(1)</script>');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'; sandbox",
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('drops hop-by-hop headers and cookies both ways', async () => {
    const zadig = await upstream((_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/plain',
        'set-cookie': 'session=zadig',
        connection: 'x-upstream-hop',
        'x-upstream-hop': '1',
        'x-kept': 'yes',
      });
      res.end('ok');
    });
    const app = await proxy({ zadigUrl: zadig.url });
    const reply = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = http.request(`${app.url}/openapi/system/registry`, {
        headers: {
          connection: 'x-hop',
          'x-hop': 'secret',
          'proxy-authorization': 'Basic abc',
          cookie: 'app=1',
          te: 'trailers',
          'x-custom': 'kept',
        },
      });
      req.on('response', resolve);
      req.on('error', reject);
      req.end();
    });
    reply.resume();
    const headers = zadig.seen[0]?.headers ?? {};
    expect(headers['x-hop']).toBeUndefined();
    expect(headers['proxy-authorization']).toBeUndefined();
    expect(headers.cookie).toBeUndefined();
    expect(headers.te).toBeUndefined();
    expect(headers['x-custom']).toBe('kept');
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.headers['x-upstream-hop']).toBeUndefined();
    expect(reply.headers['x-kept']).toBe('yes');
  });
});

describe('proxy: the server-held token', () => {
  it('adds Authorization: Bearer only when the request carries none', async () => {
    const zadig = await upstream();
    const app = await proxy({ zadigUrl: zadig.url, token: TOKEN });
    await fetch(`${app.url}/openapi/system/registry`);
    await fetch(`${app.url}/openapi/projects/project`, { headers: { authorization: 'Bearer user-token' } });
    expect(zadig.seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(zadig.seen[1]?.headers.authorization).toBe('Bearer user-token');
  });

  it('adds nothing without a configured token', async () => {
    const zadig = await upstream();
    const app = await proxy({ zadigUrl: zadig.url });
    await fetch(`${app.url}/openapi/system/registry`);
    expect(zadig.seen[0]?.headers.authorization).toBeUndefined();
  });

  it('never echoes the token back, in body or headers, even split across chunks', async () => {
    const zadig = await upstream((req, res) => {
      const auth = String(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'text/plain', 'x-echo': auth });
      // The echo arrives in three pieces, splitting the token.
      res.write(`you sent ${auth.slice(0, 15)}`);
      setTimeout(() => {
        res.write(auth.slice(15, 30));
        setTimeout(() => res.end(`${auth.slice(30)} and nothing else`), 10);
      }, 10);
    });
    const app = await proxy({ zadigUrl: zadig.url, token: TOKEN });
    const response = await fetch(`${app.url}/openapi/system/registry`);
    const body = await response.text();
    expect(body).not.toContain(TOKEN);
    expect(body).toBe(`you sent Bearer ${'*'.repeat(TOKEN.length)} and nothing else`);
    expect(response.headers.get('x-echo')).toBe(`Bearer ${'*'.repeat(TOKEN.length)}`);
  });

  it('never writes the token to a log line', async () => {
    const zadig = await upstream();
    const app = await proxy({ zadigUrl: zadig.url, token: TOKEN });
    await fetch(`${app.url}/openapi/delivery/releases/${TOKEN}?x=${TOKEN}`);
    expect(app.logs.join('\n')).toContain('/openapi/delivery/releases/');
    expect(app.logs.join('\n')).not.toContain(TOKEN);
  });
});

describe('proxy: streaming and failures', () => {
  it('streams the answer: the first bytes arrive before Zadig has finished', async () => {
    let finish: () => void = () => undefined;
    const zadig = await upstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first;');
      finish = () => res.end('last');
    });
    const app = await proxy({ zadigUrl: zadig.url });
    const response = await fetch(`${app.url}/openapi/environments`);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('first;');
    finish();
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest += new TextDecoder().decode(chunk.value);
    }
    expect(rest).toBe('last');
  });

  it('streams the request body: Zadig sees the first bytes before the browser has finished', async () => {
    let zadigFirst: (chunk: string) => void = () => undefined;
    const firstChunk = new Promise<string>((resolve) => (zadigFirst = resolve));
    const url = await listen((req, res) => {
      req.setEncoding('utf8');
      req.once('data', (chunk: string) => zadigFirst(chunk));
      req.on('end', () => res.end('done'));
    });
    const app = await proxy({ zadigUrl: url });
    const req = http.request(`${app.url}/openapi/delivery/releases/k8s`, { method: 'POST' });
    const reply = new Promise<number>((resolve) =>
      req.on('response', (res) => (res.resume(), resolve(res.statusCode ?? 0))),
    );
    req.write('part-one;');
    expect(await firstChunk).toBe('part-one;');
    req.end('part-two');
    expect(await reply).toBe(200);
  });

  it('answers 504 with a Zadig-shaped body when Zadig does not answer in time', async () => {
    const zadig = await upstream(() => undefined); // never answers
    const app = await proxy({ zadigUrl: zadig.url, timeoutMs: 200 });
    const started = Date.now();
    const response = await fetch(`${app.url}/openapi/environments?projectKey=x`);
    expect(response.status).toBe(504);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code: 504, message: 'Gateway Timeout' });
    expect(typeof body.description).toBe('string');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('answers 502 with a Zadig-shaped body when Zadig cannot be reached, and logs what to check', async () => {
    const closed = await listen(() => undefined);
    const port = new URL(closed.toString()).port;
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    const app = await proxy({ zadigUrl: `http://127.0.0.1:${port}` });
    const response = await fetch(`${app.url}/openapi/environments`);
    expect(response.status).toBe(502);
    // The user is told about the product; what to check is for whoever runs the console, in the log.
    expect(await response.json()).toEqual({
      code: 502,
      message: 'Bad Gateway',
      description: 'Zadig cannot be reached. Try again later, or tell whoever runs this console.',
    });
    const warning = app.logs.find((line) => line.includes('Check ZADIG_URL'));
    expect(warning).toContain(`The Zadig server at 127.0.0.1:${port} cannot be reached (ECONNREFUSED)`);
  });

  it('refuses an unusable ZADIG_URL at start-up', async () => {
    expect(() => parseZadigUrl('zadig.example.com')).toThrow(/ZADIG_URL/);
    expect(() => parseZadigUrl('ftp://zadig.example.com')).toThrow(/http/);
    expect(() => parseZadigUrl('https://u:p@zadig.example.com')).toThrow(/ZADIG_TOKEN/);
    await expect(proxy({ zadigUrl: 'zadig.example.com' })).rejects.toThrow(/ZADIG_URL/);
  });
});

describe('checkUpstream', () => {
  it('says ok when Zadig answers (even 401) and unreachable when it does not', async () => {
    const zadig = await upstream((_req, res) => {
      res.writeHead(401);
      res.end();
    });
    expect(await checkUpstream(zadig.url)).toBe('ok');
    const broken = await upstream((_req, res) => {
      res.writeHead(502);
      res.end();
    });
    expect(await checkUpstream(broken.url)).toBe('unreachable');
    expect(await checkUpstream('http://127.0.0.1:1')).toBe('unreachable');
    const silent = await upstream(() => undefined);
    expect(await checkUpstream(silent.url, 200)).toBe('unreachable');
  });
});

describe('safeUpstreamPath and RedactStream', () => {
  it('keeps ordinary paths and queries as they are', () => {
    expect(safeUpstreamPath('/openapi/delivery/releases/detail?projectKey=a&versionName=v1.0%2Fx')).toBe(
      '/openapi/delivery/releases/detail?projectKey=a&versionName=v1.0%2Fx',
    );
    expect(safeUpstreamPath('http://evil/openapi/x')).toBeNull();
  });

  it('masks a secret in any chunking', async () => {
    const secret = 'abcdefghij';
    const input = `x${secret}y${secret}${secret}z`;
    for (let size = 1; size <= input.length; size++) {
      const stream = new RedactStream(secret);
      const out: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => out.push(chunk));
      const done = new Promise((resolve) => stream.on('end', resolve));
      for (let i = 0; i < input.length; i += size) stream.write(Buffer.from(input.slice(i, i + size)));
      stream.end();
      await done;
      expect(Buffer.concat(out).toString()).toBe(`x${'*'.repeat(10)}y${'*'.repeat(20)}z`);
    }
  });
});
