import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from './app';

const TOKEN = 'server-held-token-5d1e0a9b';

let app: RunningServer | undefined;
let zadig: http.Server | undefined;
afterEach(async () => {
  await app?.close();
  await new Promise<void>((resolve) => (zadig ? zadig.close(() => resolve()) : resolve()));
  app = undefined;
  zadig = undefined;
});

/** A Zadig that echoes the Authorization header it got, as a careless server might. */
async function echoingZadig(): Promise<string> {
  zadig = http.createServer((req, res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'x-seen-auth': String(req.headers.authorization),
    });
    res.end(JSON.stringify({ auth: req.headers.authorization ?? null, list: [], total: 0 }));
  });
  await new Promise<void>((resolve) => zadig!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(zadig.address() as AddressInfo).port}`;
}

async function startProxyApp(zadigUrl: string, zadigToken?: string) {
  const staticDir = mkdtempSync(join(tmpdir(), 'zrc-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><div id="root"></div>');
  const logs: string[] = [];
  app = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: mkdtempSync(join(tmpdir(), 'zrc-data-')),
    staticDir,
    pushMs: 0,
    zadigUrl,
    zadigToken,
    log: (line) => logs.push(line),
  });
  return { url: app.url, logs };
}

describe('the server in proxy mode', () => {
  it('reports proxy mode, the Zadig host and that it answers, but never the token', async () => {
    const zadigUrl = await echoingZadig();
    const { url } = await startProxyApp(zadigUrl, TOKEN);
    const health = await fetch(`${url}/api/health`);
    const text = await health.text();
    expect(JSON.parse(text)).toEqual({
      mode: 'proxy',
      zadigHost: new URL(zadigUrl).host,
      upstream: 'ok',
      serverToken: true,
    });
    expect(text).not.toContain(TOKEN);
  });

  it('says unreachable when Zadig does not answer', async () => {
    const { url } = await startProxyApp('http://127.0.0.1:1');
    expect(await (await fetch(`${url}/api/health`)).json()).toMatchObject({
      mode: 'proxy',
      upstream: 'unreachable',
    });
  });

  it('adds the server token to /openapi requests, and no answer carries it back', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const zadigUrl = await echoingZadig();
    const { url, logs } = await startProxyApp(zadigUrl, TOKEN);
    const answer = await fetch(`${url}/openapi/environments?projectKey=a`);
    const body = await answer.text();
    expect(JSON.parse(body).auth).toBe(`Bearer ${'*'.repeat(TOKEN.length)}`); // it was sent, then masked
    expect(body).not.toContain(TOKEN);
    expect(answer.headers.get('x-seen-auth')).not.toContain(TOKEN);

    const page = await fetch(`${url}/projects/a/releases`);
    expect(await page.text()).not.toContain(TOKEN);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const headerValues: string[] = [];
    page.headers.forEach((value) => headerValues.push(value));
    expect(headerValues.join('\n')).not.toContain(TOKEN);
    const logged = [...logs, ...printed.mock.calls.map((c) => c.join(' '))].join('\n');
    printed.mockRestore();
    expect(logged).toContain('/openapi/environments');
    expect(logged).not.toContain(TOKEN);
  });

  it('does not serve the sandbox in proxy mode', async () => {
    const zadigUrl = await echoingZadig();
    const { url } = await startProxyApp(zadigUrl);
    const response = await fetch(`${url}/sandbox/images`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
  });
});
