/**
 * The server's pino log: one line per API call (method, path, status, duration), and never the server's
 * Zadig token, wherever a request puts it (path, query, headers) and whatever goes wrong.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './app';
import { makeStaticDir, tempDir } from './test/helpers';
import { rawHttp } from './test/recording-zadig';

const TOKEN = 'server-token-for-the-log-test-91f3';

let app: RunningServer | undefined;
let zadig: http.Server | undefined;
afterEach(async () => {
  await app?.close();
  await new Promise<void>((resolve) => (zadig ? zadig.close(() => resolve()) : resolve()));
  app = undefined;
  zadig = undefined;
});

describe('the log', () => {
  it('says what was asked and answered, and never holds the token', async () => {
    // A careless Zadig: it echoes the Authorization it got, and fails on one path.
    zadig = http.createServer((req, res) => {
      if (req.url?.includes('registry')) {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-echo': String(req.headers.authorization) });
      res.end(JSON.stringify({ auth: req.headers.authorization }));
    });
    await new Promise<void>((resolve) => zadig!.listen(0, '127.0.0.1', resolve));
    const lines: string[] = [];
    app = await startServer({
      port: 0,
      host: '127.0.0.1',
      pushMs: 0,
      dataDir: tempDir('data'),
      staticDir: makeStaticDir(),
      zadigUrl: `http://127.0.0.1:${(zadig.address() as AddressInfo).port}`,
      zadigToken: TOKEN,
      log: (line) => lines.push(line),
    });
    const asked = [
      `/openapi/delivery/releases/${TOKEN}?projectKey=${TOKEN}`,
      `/openapi/environments?projectKey=a&x=${TOKEN}`,
      '/openapi/system/registry',
      `/openapi/workflow/${TOKEN}`,
      `/${TOKEN}`,
    ];
    for (const path of asked) await rawHttp(app.url, { path, headers: { 'x-token': TOKEN } });
    await rawHttp(app.url, {
      path: '/openapi/environments',
      headers: { authorization: `Bearer ${TOKEN}` },
    });

    const log = lines.join('\n');
    expect(log).not.toContain(TOKEN);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow(); // structured: one JSON object a line
    expect(log).toMatch(/proxy GET \/openapi\/environments → 200 \d+ms/);
    expect(log).toMatch(/proxy GET \/openapi\/system\/registry → 502/);
    expect(log).toMatch(/proxy GET \/openapi\/workflow\/\*+ → 403/);
  });
});
