/**
 * Forwards `/openapi/*` to one configured Zadig server (ZADIG_URL), and nothing else anywhere else.
 *
 * - The target is always the configured origin: the request path is appended to it; absolute-form
 *   request targets, `..` segments, `//`, backslashes and encoded slashes or dots are refused (400).
 * - Bodies stream both ways; status and body come back unchanged; hop-by-hop headers are dropped.
 * - A server-held token (ZADIG_TOKEN) is added as `Authorization: Bearer` only to requests that carry
 *   none. It is never written to a response or a log line: echoed occurrences are masked in the
 *   streamed body and headers.
 * - No answer within `timeoutMs` (30 s) → 504, an unreachable upstream → 502, both Zadig-shaped.
 */
import http, {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import https from 'node:https';
import { parseZadigUrl, PROXY_PREFIX, safeUpstreamPath, upstreamUrl, zadigHost } from './proxy-target';
import { redact, RedactStream } from './redact';
import { decideProxy, type ProxyPolicy } from './proxy-policy';

// The server and the tests import these from here.
export { parseZadigUrl, PROXY_PREFIX, redact, RedactStream, safeUpstreamPath, upstreamUrl, zadigHost };

export interface ProxyOptions {
  /** The Zadig server, e.g. `https://zadig.example.com` (a path prefix is kept). */
  zadigUrl: string;
  /** Server-held API token, added to requests that carry no Authorization header. */
  token?: string | undefined;
  /** Upstream time limit in ms (default 30 000). */
  timeoutMs?: number | undefined;
  /** One line per forwarded request; tokens are redacted before it is called. Default: console.log. */
  log?: ((line: string) => void) | undefined;
  /** May the server's token be used for writes (create, retry, delete)? Default false: reads only. */
  tokenWrites?: boolean | undefined;
  /** Host names from ALLOWED_HOSTS, accepted as the `Origin` of the console's own pages. */
  allowedHosts?: readonly string[] | undefined;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Headers that describe one connection, never forwarded (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);
/** Request headers that belong to this app, not to Zadig. */
const DROP_REQUEST = new Set([
  'host',
  'cookie',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
]);
/** Response headers a Zadig answer must not set on this app's origin (and every `access-control-*`). */
const DROP_RESPONSE = new Set(['set-cookie', 'set-cookie2', 'strict-transport-security', 'alt-svc']);
const dropResponse = (name: string) => DROP_RESPONSE.has(name) || name.startsWith('access-control-');

/**
 * Set on every forwarded answer, replacing Zadig's own: an answer opened as a page on this origin (an
 * HTML error page of a gateway in front of Zadig, say) can run nothing and cannot be framed, so it
 * cannot reach the token this origin keeps. The app reads answers with fetch, which these do not affect.
 */
export const API_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
/** A Zadig-shaped error body, as real servers send for gateway-level failures. */
export function sendZadigError(
  res: ServerResponse,
  status: number,
  message: string,
  description: string,
  extra: Readonly<Record<string, string>> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ code: status, message, description });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...extra,
    ...API_RESPONSE_HEADERS,
  });
  res.end(body);
}
/** Tokens this short are not masked in bodies (they would corrupt ordinary text). */
const MIN_MASKED_TOKEN = 8;

function connectionTokens(headers: IncomingHttpHeaders): Set<string> {
  const listed = headers.connection;
  const names = new Set<string>();
  for (const part of String(listed ?? '').split(',')) {
    const name = part.trim().toLowerCase();
    if (name) names.add(name);
  }
  return names;
}

function requestHeaders(req: IncomingMessage, upstream: URL, token: string | undefined): OutgoingHttpHeaders {
  const listed = connectionTokens(req.headers);
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || DROP_REQUEST.has(name) || listed.has(name)) continue;
    out[name] = value;
  }
  out.host = upstream.host;
  const hasAuth = typeof req.headers.authorization === 'string' && req.headers.authorization.trim() !== '';
  if (!hasAuth) delete out.authorization;
  if (!hasAuth && token) {
    out.authorization = `Bearer ${token}`;
    // The answer is scanned for the token, which needs it uncompressed.
    if (token.length >= MIN_MASKED_TOKEN) out['accept-encoding'] = 'identity';
  }
  return out;
}

function responseHeaders(upstream: IncomingMessage, token: string | undefined): OutgoingHttpHeaders {
  const listed = connectionTokens(upstream.headers);
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(upstream.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || dropResponse(name) || listed.has(name)) continue;
    out[name] = Array.isArray(value) ? value.map((v) => redact(v, token)) : redact(value, token);
  }
  return { ...out, ...API_RESPONSE_HEADERS };
}

/** Creates the `/openapi/*` handler. Throws at start-up when ZADIG_URL is unusable. */
export function createProxyHandler(
  options: ProxyOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const base = parseZadigUrl(options.zadigUrl);
  const token = options.token?.trim() || undefined;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const log = options.log ?? ((line: string) => console.log(line));
  const client = base.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ keepAlive: true, maxSockets: 64 });
  const maskToken = token && token.length >= MIN_MASKED_TOKEN ? token : undefined;
  const policy: ProxyPolicy = {
    base,
    serverToken: Boolean(token),
    tokenWrites: options.tokenWrites,
    allowedHosts: options.allowedHosts,
  };

  return (req, res) => {
    const started = Date.now();
    const method = req.method ?? 'GET';
    const logLine = (status: number | string) => {
      const where = (req.url ?? '').split('?')[0] ?? '';
      log(redact(`proxy ${method} ${where.slice(0, 200)} → ${status} ${Date.now() - started}ms`, token));
    };
    const decision = decideProxy({ method, url: req.url, headers: req.headers }, policy);
    if (decision.kind !== 'forward') {
      req.resume();
      if (decision.kind === 'preflight') {
        res.writeHead(204, { 'cache-control': 'no-store', 'content-length': 0, ...API_RESPONSE_HEADERS });
        res.end();
      } else {
        sendZadigError(res, decision.status, decision.message, decision.description, decision.headers);
      }
      logLine(decision.kind === 'preflight' ? '204 preflight' : `${decision.status} refused`);
      return;
    }
    const target = decision.target;
    let finished = false;

    const upstreamReq = client.request(target, {
      method,
      headers: requestHeaders(req, target, token),
      agent,
    });

    const timer = setTimeout(() => {
      if (finished) return;
      finished = true;
      upstreamReq.destroy();
      sendZadigError(
        res,
        504,
        'Gateway Timeout',
        `The Zadig server did not answer within ${Math.round(timeoutMs / 1000)} s. Try again later.`,
      );
      logLine('504 timeout');
    }, timeoutMs);
    timer.unref();

    upstreamReq.on('response', (upstreamRes) => {
      if (finished) {
        upstreamRes.resume();
        return;
      }
      clearTimeout(timer);
      res.writeHead(
        upstreamRes.statusCode ?? 502,
        upstreamRes.statusMessage,
        responseHeaders(upstreamRes, token),
      );
      // After the headers, a stalled body still ends the exchange after `timeoutMs` of silence.
      let idle = setTimeout(() => upstreamReq.destroy(new Error('idle')), timeoutMs);
      upstreamRes.on('data', () => {
        clearTimeout(idle);
        idle = setTimeout(() => upstreamReq.destroy(new Error('idle')), timeoutMs);
      });
      upstreamRes.on('close', () => clearTimeout(idle));
      const body = maskToken ? upstreamRes.pipe(new RedactStream(maskToken)) : upstreamRes;
      body.pipe(res);
      upstreamRes.on('error', () => res.destroy());
      upstreamRes.on('end', () => {
        finished = true;
        clearTimeout(idle);
        logLine(upstreamRes.statusCode ?? 0);
      });
    });

    upstreamReq.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (finished) return;
      finished = true;
      if (res.headersSent) {
        res.destroy();
      } else {
        sendZadigError(
          res,
          502,
          'Bad Gateway',
          `The Zadig server at ${base.host} cannot be reached (${error.code ?? 'connection failed'}). Check ZADIG_URL and the network.`,
        );
      }
      logLine(`502 ${error.code ?? ''}`.trim());
    });

    // The browser went away before the answer was complete: stop the upstream work too.
    res.on('close', () => {
      if (!res.writableFinished) {
        clearTimeout(timer);
        finished = true;
        upstreamReq.destroy();
      }
    });

    req.pipe(upstreamReq);
    req.on('error', () => upstreamReq.destroy());
  };
}

/**
 * Whether the Zadig server answers at all (any HTTP answer below 500 counts, 401 included: the
 * health check sends no token).
 */
export async function checkUpstream(zadigUrl: string, timeoutMs = 5_000): Promise<'ok' | 'unreachable'> {
  let base: URL;
  try {
    base = parseZadigUrl(zadigUrl);
  } catch {
    return 'unreachable';
  }
  const target = upstreamUrl(base, '/openapi/projects/project?pageNum=1&pageSize=1');
  const client = base.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = client.request(
      target,
      { method: 'GET', timeout: timeoutMs, headers: { accept: 'application/json' } },
      (res) => {
        res.resume();
        resolve((res.statusCode ?? 500) < 500 ? 'ok' : 'unreachable');
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve('unreachable'));
    req.end();
  });
}
