/**
 * Where the proxy may send a request: the configured Zadig origin (ZADIG_URL) and, on it, only plain
 * `/openapi/...` paths. Absolute-form targets, `..` segments, `//`, backslashes and encoded slashes,
 * dots or percents are refused.
 */
export const PROXY_PREFIX = '/openapi/';

/** Parses and checks ZADIG_URL: an http(s) URL without credentials, query or fragment. */
export function parseZadigUrl(zadigUrl: string): URL {
  let url: URL;
  try {
    url = new URL(zadigUrl);
  } catch {
    throw new Error(
      `ZADIG_URL is not a URL: give the address of the Zadig server, e.g. https://zadig.example.com`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`ZADIG_URL must start with http:// or https:// (got ${url.protocol})`);
  }
  if (url.username || url.password)
    throw new Error('ZADIG_URL must not contain a user name or password; use ZADIG_TOKEN');
  if (url.search || url.hash) throw new Error('ZADIG_URL must not contain a query string or fragment');
  return url;
}

/**
 * What a user is told when Zadig cannot be reached (the browser knows the sentence, and shows its own
 * translation of it); what to check goes to the server's log (`zadigUnreachableHint`).
 */
export { ZADIG_UNREACHABLE } from '../src/api/outage';

/** The log's line for an unreachable Zadig: where it was looked for, why it failed, what to check. */
export function zadigUnreachableHint(base: URL, cause?: string): string {
  const why = cause ? ` (${cause})` : '';
  return `The Zadig server at ${base.host} cannot be reached${why}. Check ZADIG_URL and the network.`;
}

/** The Zadig host shown to users (no path, no credentials). */
export function zadigHost(zadigUrl: string): string {
  return parseZadigUrl(zadigUrl).host;
}

/**
 * Checks a request target and returns the path+query to append to the upstream base, or null when
 * the target is not a plain `/openapi/...` path.
 */
export function safeUpstreamPath(rawUrl: string | undefined): string | null {
  if (!rawUrl || !rawUrl.startsWith(PROXY_PREFIX)) return null; // also refuses absolute-form targets
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
  if (path.includes('\\') || path.includes('//')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  // Encoded slash, backslash, percent or dot would mean something else once decoded upstream.
  if (/%2f|%5c|%25|%2e/i.test(path)) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '.' || s === '..')) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(rawUrl)) return null;
  return rawUrl;
}

/** Joins a checked path onto the configured base; the origin can only be the configured one. */
export function upstreamUrl(base: URL, safePath: string): URL {
  const prefix = base.pathname.replace(/\/+$/, '');
  const target = new URL(`${base.origin}${prefix}${safePath}`);
  if (target.origin !== base.origin || !target.pathname.startsWith(`${prefix}${PROXY_PREFIX}`)) {
    throw new Error('upstream target outside the configured Zadig server');
  }
  return target;
}
