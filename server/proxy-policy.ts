/**
 * What the proxy does with one request, decided before anything is sent to Zadig: answer a CORS
 * preflight itself, refuse (with the reason, in a Zadig-shaped body), or forward to one checked URL.
 * Pure, so that every rule can be tested, and fuzzed, without a network.
 */
import { consoleCall, type ConsoleCall } from './console-api';
import { safeUpstreamPath, upstreamUrl } from './proxy-target';
import { crossSiteReason, hasOwnAuthorization } from './request-guard';

export interface ProxyPolicy {
  /** ZADIG_URL, parsed. */
  base: URL;
  /** Whether the server holds a token (ZADIG_TOKEN). */
  serverToken: boolean;
  /** ZADIG_TOKEN_WRITES: may the server's token create, retry and delete? */
  tokenWrites?: boolean | undefined;
  /** ALLOWED_HOSTS names, accepted as the Origin of the console's own pages. */
  allowedHosts?: readonly string[] | undefined;
}

export interface ProxyRequest {
  method: string;
  /** The request target as received (path and query). */
  url: string | undefined;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

export type ProxyDecision =
  | { kind: 'preflight' }
  | {
      kind: 'refuse';
      status: 400 | 401 | 403;
      message: string;
      description: string;
      headers?: Readonly<Record<string, string>>;
    }
  | { kind: 'forward'; target: URL; call: ConsoleCall; withServerToken: boolean };

const refuse = (
  status: 400 | 401 | 403,
  description: string,
  headers?: Readonly<Record<string, string>>,
): ProxyDecision => ({
  kind: 'refuse',
  status,
  message: status === 400 ? 'Bad Request' : status === 401 ? 'Unauthorized' : 'Forbidden',
  description,
  ...(headers ? { headers } : {}),
});

export function decideProxy(req: ProxyRequest, policy: ProxyPolicy): ProxyDecision {
  // A CORS preflight: answered by the console, never forwarded, granting nothing to another origin.
  if (req.method === 'OPTIONS') return { kind: 'preflight' };
  const safePath = safeUpstreamPath(req.url);
  let target: URL | null = null;
  try {
    target = safePath ? upstreamUrl(policy.base, safePath) : null;
  } catch {
    target = null;
  }
  if (!target) return refuse(400, 'Only /openapi/ paths on the configured Zadig server are forwarded.');

  const prefix = policy.base.pathname.replace(/\/+$/, '');
  const path = target.pathname.slice(prefix.length);
  const call = consoleCall(req.method, path);
  if (!call) {
    return refuse(
      403,
      `${req.method.slice(0, 16)} ${path.slice(0, 120)} is not a call the console makes: the proxy forwards only the delivery-version API and the reads its forms need (server/console-api.ts).`,
    );
  }
  if (hasOwnAuthorization(req.headers)) {
    // The caller's own credentials: a browser cannot add them cross-site without a preflight.
    return { kind: 'forward', target, call, withServerToken: false };
  }
  const crossSite = crossSiteReason(req.headers, policy.allowedHosts);
  if (crossSite) return refuse(403, `Cross-site request refused (${crossSite}).`);
  if (policy.serverToken && call.write && !policy.tokenWrites) {
    return refuse(
      401,
      "The server's API token is used for reading only. Enter your own API token to make changes (the operator can allow writes with ZADIG_TOKEN_WRITES=1).",
      { 'www-authenticate': 'Bearer' },
    );
  }
  return { kind: 'forward', target, call, withServerToken: policy.serverToken };
}
