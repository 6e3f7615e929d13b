/**
 * The versions API reads Zadig with the server's token when the caller sends none, so another site's
 * page must not be able to make a visitor's browser spend it: the same rule as the /openapi proxy
 * (server/request-guard.ts), proven here by a Zadig that saw nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../app';
import { makeStaticDir, tempDir } from '../test/helpers';
import { rawHttp, recordingZadig, type RecordingZadig } from '../test/recording-zadig';

const SERVER_TOKEN = 'server-held-token-3e1d';

let zadig: RecordingZadig;
let app: RunningServer;
beforeAll(async () => {
  // Any read answers as a project with no versions (Zadig's list shape, delivery/handler/openapi.go).
  zadig = await recordingZadig((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ total: 0, list: [] }));
  });
  app = await startServer({
    port: 0,
    host: '127.0.0.1',
    pushMs: 0,
    log: () => {},
    zadigUrl: zadig.url,
    dataDir: tempDir('data'),
    staticDir: makeStaticDir(),
    zadigToken: SERVER_TOKEN,
  });
});
afterAll(async () => {
  await app.close();
  await zadig.close();
});
beforeEach(() => {
  zadig.seen.length = 0;
});

const PATHS = [
  '/api/projects/yaml-demo/versions',
  '/api/projects/yaml-demo/versions/v1.0.0',
  '/api/projects/yaml-demo/version-events',
];

describe('the versions API refuses other sites before Zadig is asked', () => {
  it.each(PATHS)('Sec-Fetch-Site: cross-site on %s → 403 with a reason', async (path) => {
    const answer = await rawHttp(app.url, { path, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({
      code: 403,
      description: expect.stringMatching(/Cross-site/),
    });
    expect(zadig.seen).toEqual([]);
  });

  it("an Origin that is not this console's → 403", async () => {
    const answer = await rawHttp(app.url, {
      path: PATHS[0]!,
      headers: { origin: 'https://evil.example' },
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('evil.example');
    expect(zadig.seen).toEqual([]);
  });

  it("the console's own pages read with the server's token", async () => {
    const answer = await rawHttp(app.url, {
      path: PATHS[0]!,
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(answer.status).toBe(200);
    expect(zadig.seen.length).toBeGreaterThan(0);
    expect(zadig.seen.every((r) => r.headers.authorization === `Bearer ${SERVER_TOKEN}`)).toBe(true);
  });

  it("a caller's own token is theirs to spend, whatever site sent it", async () => {
    const answer = await rawHttp(app.url, {
      path: PATHS[0]!,
      headers: { 'sec-fetch-site': 'cross-site', authorization: 'Bearer their-own' },
    });
    expect(answer.status).toBe(200);
    expect(zadig.seen.every((r) => r.headers.authorization === 'Bearer their-own')).toBe(true);
  });
});
