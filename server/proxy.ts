/**
 * Forwards the console's `/openapi/*` calls to one configured Zadig server (ZADIG_URL) through
 * @fastify/reply-from, and nothing else anywhere else.
 *
 * - What is forwarded is decided first, without a network (proxy-policy.ts): preflights are answered
 *   here; targets outside `/openapi/`, calls outside the console's table, cross-site calls without
 *   their own Authorization and writes with a read-only server token are refused.
 * - The target is always the configured origin: the checked request path is appended to it.
 * - Bodies stream both ways; status and body come back unchanged; hop-by-hop headers, cookies and
 *   `Access-Control-*` are dropped.
 * - A server-held token (ZADIG_TOKEN) is added as `Authorization: Bearer` only to requests that carry
 *   none. It is never written to a response or a log line: echoed occurrences are masked in the
 *   streamed body (a stream transform) and in headers.
 * - No answer within `timeoutMs` (30 s) → 504, an unreachable upstream → 502, both Zadig-shaped.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import replyFrom from '@fastify/reply-from';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { decideProxy, type ProxyPolicy } from './proxy-policy';
import {
  parseZadigUrl,
  PROXY_PREFIX,
  safeUpstreamPath,
  upstreamUrl,
  ZADIG_UNREACHABLE,
  zadigHost,
  zadigUnreachableHint,
} from './proxy-target';
import { redact, RedactStream } from './redact';
import { API_CONTENT_SECURITY_POLICY } from './security-headers';

// The server and the tests import these from here.
export { parseZadigUrl, PROXY_PREFIX, redact, RedactStream, safeUpstreamPath, upstreamUrl, zadigHost };

export interface ProxyOptions {
  /** The Zadig server, e.g. `https://zadig.example.com` (a path prefix is kept). */
  zadigUrl: string;
  /** Server-held API token, added to requests that carry no Authorization header. */
  token?: string | undefined;
  /** Upstream time limit in ms (default 30 000). */
  timeoutMs?: number | undefined;
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
  'content-security-policy': API_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** A Zadig-shaped error body, as real servers send for gateway-level failures. */
export function sendZadigError(
  reply: FastifyReply,
  status: number,
  message: string,
  description: string,
  extra: Readonly<Record<string, string>> = {},
): FastifyReply {
  return reply
    .code(status)
    .headers({ 'cache-control': 'no-store', ...extra, ...API_RESPONSE_HEADERS })
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ code: status, message, description }));
}

/** Tokens this short are not masked in bodies (they would corrupt ordinary text). */
const MIN_MASKED_TOKEN = 8;

function connectionTokens(headers: IncomingHttpHeaders | Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  for (const part of String(headers.connection ?? '').split(',')) {
    const name = part.trim().toLowerCase();
    if (name) names.add(name);
  }
  return names;
}

function requestHeaders(
  incoming: IncomingHttpHeaders,
  upstream: URL,
  token: string | undefined,
): Record<string, string | string[]> {
  const listed = connectionTokens(incoming);
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || HOP_BY_HOP.has(name) || DROP_REQUEST.has(name) || listed.has(name)) continue;
    out[name] = value;
  }
  out.host = upstream.host;
  const hasAuth = typeof incoming.authorization === 'string' && incoming.authorization.trim() !== '';
  if (!hasAuth) delete out.authorization;
  if (!hasAuth && token) {
    out.authorization = `Bearer ${token}`;
    // The answer is scanned for the token, which needs it uncompressed.
    if (token.length >= MIN_MASKED_TOKEN) out['accept-encoding'] = 'identity';
  }
  return out;
}

function responseHeaders(
  upstream: Record<string, string | string[] | number | undefined>,
  token: string | undefined,
): Record<string, string | string[]> {
  const listed = connectionTokens(upstream);
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(upstream)) {
    if (value === undefined || HOP_BY_HOP.has(name) || dropResponse(name) || listed.has(name)) continue;
    out[name] = Array.isArray(value) ? value.map((v) => redact(v, token)) : redact(String(value), token);
  }
  return { ...out, ...API_RESPONSE_HEADERS };
}

/** The `/openapi/*` proxy as a Fastify plugin. Throws at start-up when ZADIG_URL is unusable. */
export async function proxyPlugin(app: FastifyInstance, options: ProxyOptions): Promise<void> {
  const base = parseZadigUrl(options.zadigUrl);
  const token = options.token?.trim() || undefined;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maskToken = token && token.length >= MIN_MASKED_TOKEN ? token : undefined;
  const policy: ProxyPolicy = {
    base,
    serverToken: Boolean(token),
    tokenWrites: options.tokenWrites,
    allowedHosts: options.allowedHosts,
  };
  const agentOptions = { keepAlive: true, maxSockets: 64 };

  await app.register(replyFrom, {
    base: base.origin,
    http: {
      agents: { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) },
      requestOptions: { timeout: timeoutMs },
    },
  });
  // Bodies are streamed to Zadig as they arrive, whatever their type.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_req, payload, done) => done(null, payload));

  app.all(`${PROXY_PREFIX}*`, (req, reply) => {
    const decision = decideProxy({ method: req.method, url: req.raw.url, headers: req.headers }, policy);
    if (decision.kind === 'preflight') {
      req.raw.resume();
      return reply
        .code(204)
        .headers({ 'cache-control': 'no-store', ...API_RESPONSE_HEADERS })
        .send();
    }
    if (decision.kind === 'refuse') {
      req.raw.resume();
      return sendZadigError(reply, decision.status, decision.message, decision.description, decision.headers);
    }
    const target = decision.target;
    // The query goes on its own: a version name such as `../../etc` in it is data, not a path (the
    // path itself was checked above, and is checked again by reply-from).
    return reply.from(target.pathname, {
      queryString: () => target.search.slice(1),
      rewriteRequestHeaders: (request) => requestHeaders(request.headers, target, token),
      rewriteHeaders: (headers) => responseHeaders(headers, token),
      onResponse: (_request, res, upstream) => {
        const stream = upstream.stream;
        res.send(maskToken ? stream.pipe(new RedactStream(maskToken)) : stream);
      },
      onError: (from, { error }) => {
        const res = from as unknown as FastifyReply;
        const timedOut = (error as { statusCode?: number }).statusCode === 504;
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        const code = cause ?? (error as { code?: string }).code ?? 'connection failed';
        if (res.sent) return;
        if (timedOut) {
          sendZadigError(
            res,
            504,
            'Gateway Timeout',
            `The Zadig server did not answer within ${Math.round(timeoutMs / 1000)} s. Try again later.`,
          );
        } else {
          // The user is told that Zadig cannot be reached; the operator's hint goes to the log.
          res.log.warn(zadigUnreachableHint(base, code));
          sendZadigError(res, 502, 'Bad Gateway', ZADIG_UNREACHABLE);
        }
      },
    });
  });
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
