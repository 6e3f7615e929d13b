/**
 * The only Zadig OpenAPI calls the proxy forwards: the method + path pairs the console itself makes
 * (src/api/releases.ts and src/api/catalog.ts). Versions are read from the console's own API
 * (`/api/projects/:project/versions`, server/versions/), so Zadig's list and detail GETs are not here. Everything else under `/openapi/` is refused with 403
 * before Zadig is asked, so that the proxy, and a token it adds, never reach the rest of Zadig's API.
 */
export interface ConsoleCall {
  method: 'GET' | 'POST' | 'DELETE';
  /** The path as written in the table; `:name` is one non-empty path segment. */
  path: string;
  /** A write changes something in Zadig (see `ZADIG_TOKEN_WRITES`). */
  write: boolean;
}

const get = (path: string): ConsoleCall => ({ method: 'GET', path, write: false });

export const CONSOLE_API: readonly ConsoleCall[] = [
  { method: 'POST', path: '/openapi/delivery/releases/k8s', write: true },
  { method: 'POST', path: '/openapi/delivery/releases/helm', write: true },
  { method: 'POST', path: '/openapi/delivery/releases/retry', write: true },
  { method: 'DELETE', path: '/openapi/delivery/releases/:id', write: true },
  get('/openapi/projects/project'),
  get('/openapi/environments'),
  get('/openapi/environments/production'),
  get('/openapi/environments/:name'),
  get('/openapi/environments/service/yaml'),
  get('/openapi/environments/service/values'),
  get('/openapi/system/registry'),
  get('/openapi/service/yaml/services'),
];

const compiled = CONSOLE_API.map((call) => ({
  call,
  parts: call.path.split('/').filter(Boolean),
}));

/**
 * The table entry for a request, or null. `pathname` is the path without the query; a parameter
 * segment is any non-empty segment without a slash (even encoded).
 */
export function consoleCall(method: string, pathname: string): ConsoleCall | null {
  const raw = pathname.split('/');
  if (raw[0] !== '') return null;
  raw.shift();
  // Compared as Zadig will read them: `%6b8s` is `k8s`.
  let parts: string[];
  try {
    parts = raw.map((p) => decodeURIComponent(p));
  } catch {
    return null;
  }
  if (parts.some((p) => p === '' || p.includes('/'))) return null;
  for (const { call, parts: want } of compiled) {
    if (call.method !== method || want.length !== parts.length) continue;
    if (want.every((w, i) => w.startsWith(':') || w === parts[i])) return call;
  }
  return null;
}
