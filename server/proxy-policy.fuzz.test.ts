/**
 * Fuzzing the proxy's path and header handling: whatever the method, target and headers, a request is
 * forwarded only to the configured Zadig, only for a method + path of the console's table (as Zadig will
 * decode it), and with the server's token only when it comes from the console's own pages.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './app';
import { CONSOLE_API } from './console-api';
import { decideProxy } from './proxy-policy';
import { makeStaticDir, tempDir } from './test/helpers';
import { rawHttp, recordingZadig, type RecordingZadig } from './test/recording-zadig';

const SERVER_TOKEN = 'server-held-token-fuzz-1234';

/** The table, written independently of console-api.ts's matcher: one regex per entry. */
const ORACLE = CONSOLE_API.map((call) => ({
  method: call.method,
  write: call.write,
  pattern: new RegExp(`^${call.path.replace(/:[a-z]+/g, '[^/]+')}$`),
}));
function inTable(method: string, decodedPath: string) {
  return ORACLE.find((o) => o.method === method && o.pattern.test(decodedPath)) ?? null;
}

const segment = fc.oneof(
  fc.constantFrom(
    ...new Set(CONSOLE_API.flatMap((c) => c.path.split('/').filter((s) => s && !s.startsWith(':')))),
  ),
  fc.constantFrom('..', '.', '%2e%2e', '%2E', '%2f', '%5c', '%252f', '%6b8s', 'k%38s', '', 'workflow', 'v4'),
  fc.constantFrom('\\', '..\\..', '%00', '%', 'a%2fb', '6650a1c2e4b0f1a2b3c4d5e6', '@evil.example'),
  fc.stringMatching(/^[A-Za-z0-9._~%-]{1,8}$/),
);
/** A table path with its parameters filled in, sometimes with one segment changed or added. */
const nearTable = fc
  .tuple(
    fc.constantFrom(...CONSOLE_API.map((c) => c.path)),
    fc.array(segment, { minLength: 2, maxLength: 2 }),
    fc.constantFrom('as-is', 'replace', 'append'),
    fc.nat(),
  )
  .map(([tablePath, [param, extra], how, at]) => {
    const parts = tablePath
      .split('/')
      .slice(1)
      .map((p) => (p.startsWith(':') ? param! || 'x' : p));
    if (how === 'replace') parts[at % parts.length] = extra!;
    if (how === 'append') parts.splice(at % (parts.length + 1), 0, extra!);
    return `/${parts.join('/')}`;
  });
const path = fc.oneof(
  { arbitrary: nearTable, weight: 4 },
  fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/openapi/${parts.join('/')}`),
  fc.array(segment, { minLength: 0, maxLength: 6 }).map((parts) => `/${parts.join('/')}`),
  fc.constantFrom('http://evil.example/openapi/system/registry', '//evil.example/openapi/x', '*'),
);
const target = fc
  .tuple(path, fc.option(fc.stringMatching(/^[A-Za-z0-9=&%._/-]{0,20}$/)))
  .map(([p, q]) => (q === null ? p : `${p}?${q}`));
const method = fc.oneof(
  { arbitrary: fc.constantFrom('GET', 'POST', 'DELETE'), weight: 5 },
  fc.constantFrom('PUT', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE'),
);
const siteHeader = fc.option(
  fc.constantFrom('same-origin', 'same-site', 'cross-site', 'none', 'SAME-ORIGIN', 'bogus'),
);
const originHeader = fc.option(
  fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1:1', 'http://console.test', 'not a url'),
);
const authHeader = fc.option(fc.constantFrom('Bearer user-token', '', '   ', 'Basic abc'));

function headersOf(site: string | null, origin: string | null, auth: string | null, host: string) {
  const headers: Record<string, string> = { host };
  if (site !== null) headers['sec-fetch-site'] = site;
  if (origin !== null) headers.origin = origin;
  if (auth !== null) headers.authorization = auth;
  return headers;
}

/** Whether a request comes from the console's own page at `host` (the oracle for the server's token). */
function sameOrigin(headers: Record<string, string>): boolean {
  const site = headers['sec-fetch-site']?.toLowerCase();
  if (site !== undefined && site !== '') return site === 'same-origin' || site === 'none';
  if (headers.origin === undefined) return true;
  return headers.origin === `http://${headers.host}`;
}

describe('decideProxy (pure)', () => {
  const base = new URL('https://zadig.example.com/prefix/');
  it('never forwards outside the table, the Zadig origin, or the console’s own pages', () => {
    let forwarded = 0;
    fc.assert(
      fc.property(
        method,
        target,
        siteHeader,
        originHeader,
        authHeader,
        fc.boolean(),
        (m, url, site, origin, auth, tokenWrites) => {
          const headers = headersOf(site, origin, auth, 'console.test');
          const decision = decideProxy({ method: m, url, headers }, { base, serverToken: true, tokenWrites });
          if (m === 'OPTIONS') expect(decision.kind).toBe('preflight');
          if (decision.kind !== 'forward') return true;
          forwarded++;
          expect(decision.target.origin).toBe(base.origin);
          expect(decision.target.pathname.startsWith('/prefix/openapi/')).toBe(true);
          const decoded = decodeURIComponent(decision.target.pathname).slice('/prefix'.length);
          const entry = inTable(m, decoded);
          expect(entry, `${m} ${decoded}`).not.toBeNull();
          const ownAuth = (auth ?? '').trim() !== '';
          expect(decision.withServerToken).toBe(!ownAuth);
          if (decision.withServerToken) {
            expect(sameOrigin(headers)).toBe(true);
            if (entry!.write) expect(tokenWrites).toBe(true);
          }
          return true;
        },
      ),
      { numRuns: 5000 },
    );
    expect(forwarded).toBeGreaterThan(50); // the property was tested on forwarded requests, not only refusals
  });
});

describe('the running proxy (network)', () => {
  let zadig: RecordingZadig;
  let app: RunningServer;
  beforeAll(async () => {
    zadig = await recordingZadig();
    app = await startServer({
      port: 0,
      host: '127.0.0.1',
      pushMs: 0,
      log: () => {},
      zadigUrl: zadig.url,
      zadigToken: SERVER_TOKEN,
      dataDir: tempDir('data'),
      staticDir: makeStaticDir(),
    });
  });
  afterAll(async () => {
    await app.close();
    await zadig.close();
  });

  it('whatever arrives, Zadig sees only table calls, and the server token only from the console’s pages', async () => {
    const port = new URL(app.url).port;
    let reached = 0;
    const host = fc.constantFrom(`127.0.0.1:${port}`, `localhost:${port}`, 'evil.example', `[::1]:${port}`);
    await fc.assert(
      fc.asyncProperty(
        method,
        target,
        siteHeader,
        originHeader,
        authHeader,
        host,
        async (m, url, site, origin, auth, h) => {
          zadig.seen.length = 0;
          const headers = headersOf(site, origin, auth, h);
          let status: number;
          try {
            status = (await rawHttp(app.url, { method: m, path: url, headers })).status;
          } catch {
            return; // a target Node's client will not send at all
          }
          expect(status).toBeGreaterThan(0);
          reached += zadig.seen.length;
          for (const seen of zadig.seen) {
            const decoded = decodeURIComponent(seen.url.split('?')[0]!);
            const entry = inTable(seen.method, decoded);
            expect(entry, `${seen.method} ${seen.url}`).not.toBeNull();
            expect(['127.0.0.1', 'localhost', '[::1]']).toContain(h.replace(/:\d+$/, ''));
            if (seen.headers.authorization === `Bearer ${SERVER_TOKEN}`) {
              expect((auth ?? '').trim()).toBe('');
              expect(sameOrigin(headers)).toBe(true);
              expect(entry!.write).toBe(false);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(reached).toBeGreaterThan(0); // some requests did go through
  });
});
