/**
 * Two checks every request passes before the server acts on it:
 * - the Host allowlist (against DNS rebinding: a web page whose name has been pointed at this
 *   server's address would otherwise read the console's answers as its own origin), and
 * - same-origin for API calls that carry no Authorization of their own (against cross-site requests:
 *   any page a user visits can send a form-like POST, and the server would add its own token).
 */
import { hostname as machineName, networkInterfaces } from 'node:os';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** The name part of a Host header or URL host (`[::1]:8080` → `::1`, `Example.com.` → `example.com`). */
export function hostName(host: string): string {
  let name = host.trim().toLowerCase();
  if (name.startsWith('[')) {
    const end = name.indexOf(']');
    return end === -1 ? '' : name.slice(1, end);
  }
  const colon = name.lastIndexOf(':');
  if (colon !== -1 && name.indexOf(':') === colon) name = name.slice(0, colon);
  return name.replace(/\.$/, '');
}

/** Splits `ALLOWED_HOSTS` ("console.example.com, 10.0.0.5") into host names. */
export function parseAllowedHosts(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((h) => hostName(h))
    .filter(Boolean);
}

/**
 * The names the console answers to: localhost names, the bound address (every interface address and
 * the machine's name when bound to all interfaces), and the operator's `ALLOWED_HOSTS`.
 */
export function consoleHostNames(boundHost: string, extra: readonly string[] = []): Set<string> {
  const names = new Set<string>([...LOOPBACK_NAMES, ...extra.map(hostName)]);
  const bound = hostName(
    boundHost.includes(':') && !boundHost.startsWith('[') ? `[${boundHost}]` : boundHost,
  );
  if (WILDCARDS.has(bound)) {
    for (const list of Object.values(networkInterfaces())) {
      for (const address of list ?? []) names.add(address.address.toLowerCase().replace(/%.*$/, ''));
    }
    names.add(machineName().toLowerCase());
  } else {
    names.add(bound);
  }
  return names;
}

/** Whether a Host header names this console (any `*.localhost` name counts as loopback). */
export function hostAllowed(hostHeader: string | undefined, names: ReadonlySet<string>): boolean {
  if (!hostHeader) return false;
  const name = hostName(hostHeader);
  if (!name) return false;
  return names.has(name) || name.endsWith('.localhost');
}

/**
 * Why a request does not come from the console's own pages, or null when it does (or when nothing
 * says it comes from a browser page at all: a script or curl sends neither header).
 * - `Sec-Fetch-Site` (every current browser): only `same-origin` and `none` (typed address, bookmark).
 * - Otherwise `Origin`: its host must be the request's `Host` (or a name listed in `ALLOWED_HOSTS`,
 *   for a TLS proxy in front of the console that changes the Host header).
 */
export function crossSiteReason(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  allowedHosts: readonly string[] = [],
): string | null {
  const site = first(headers['sec-fetch-site'])?.trim().toLowerCase();
  if (site) {
    if (site === 'same-origin' || site === 'none') return null;
    return `Sec-Fetch-Site: ${site.slice(0, 40)} — only the console's own pages may call its API without an Authorization header`;
  }
  const origin = first(headers.origin)?.trim();
  if (!origin) return null;
  let originHost: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    originHost = url.host.toLowerCase();
  } catch {
    return `Origin: ${origin.slice(0, 80)} — only the console's own pages may call its API without an Authorization header`;
  }
  const host = first(headers.host)?.trim().toLowerCase();
  if (host && originHost === host) return null;
  if (allowedHosts.map(hostName).includes(hostName(originHost))) return null;
  return `Origin: ${origin.slice(0, 80)} is not this console — only the console's own pages may call its API without an Authorization header`;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Whether the request carries an Authorization header of its own (the caller's own credentials). */
export function hasOwnAuthorization(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): boolean {
  const auth = first(headers.authorization);
  return typeof auth === 'string' && auth.trim() !== '';
}
