/** The server's configuration, read from the environment (see the README's Environment table). */
import { parseAllowedHosts } from './request-guard';
import type { Clock } from './versions/proxy/clock';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  staticDir: string;
  /** Milliseconds each sandbox image copy takes. */
  pushMs: number;
  /** When set, every sandbox `/openapi` request needs `Authorization: Bearer <token>`. */
  sandboxToken?: string | undefined;
  /** A Zadig server to forward `/openapi/*` to (proxy mode); empty → sandbox. */
  zadigUrl?: string | undefined;
  zadigToken?: string | undefined;
  /** May the server's token be used to create, retry and delete versions? Default false. */
  zadigTokenWrites?: boolean | undefined;
  /** How long the proxy waits for Zadig before answering 504 (ms, default 30 000). */
  zadigTimeoutMs?: number | undefined;
  /** Host names the console answers to besides localhost names and the bound address. */
  allowedHosts?: readonly string[] | undefined;
  /** Seed demo data into an empty database (default true). */
  seed?: boolean | undefined;
  /** How often `/api/projects/:project/version-events` streams send a keep-alive comment (ms, default 15 000). */
  versionsHeartbeatMs?: number | undefined;
  /** Proxy mode: a project's versions are read again from page 1 at most this often while watched (ms, default 15 000). */
  versionsRefreshMs?: number | undefined;
  /** Proxy mode: how often a version in flight is followed for its watchers (ms, default 5 000). */
  versionsLiveMs?: number | undefined;
  /** Proxy mode: how long Zadig's yes or no to a (token, project) is kept (ms, default 30 000). */
  versionsAuthTtlMs?: number | undefined;
  /** Proxy mode: the versions index's clock (tests move one by hand; default real time). */
  versionsClock?: Clock | undefined;
  /** How much rendering of list pages the server takes on (ms a second, default 250; page-render.ts). */
  renderBudgetMs?: number | undefined;
  log?: ((line: string) => void) | undefined;
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::']);

export function isWildcardHost(host: string): boolean {
  return WILDCARD_HOSTS.has(host.trim());
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === '0' || raw === 'false' || raw === 'no') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes') return true;
  throw new Error(`${name} must be 1 or 0 (got "${env[name]}")`);
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const int = (name: string, fallback: number, min: number) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`${name} must be a whole number ≥ ${min} (got "${raw}")`);
    return n;
  };
  const zadigUrl = env.ZADIG_URL?.trim() || undefined;
  const zadigToken = (zadigUrl && env.ZADIG_TOKEN) || undefined;
  return {
    port: int('PORT', 8080, 0),
    // With a server token, everyone who reaches the port acts with it: loopback unless HOST says otherwise.
    host: env.HOST?.trim() || (zadigToken ? '127.0.0.1' : '0.0.0.0'),
    dataDir: env.DATA_DIR?.trim() || './data',
    staticDir: env.STATIC_DIR?.trim() || './dist',
    pushMs: int('SANDBOX_PUSH_MS', 1500, 0),
    sandboxToken: env.SANDBOX_TOKEN || undefined,
    zadigUrl,
    zadigToken,
    zadigTokenWrites: flag(env, 'ZADIG_TOKEN_WRITES'),
    zadigTimeoutMs: int('ZADIG_TIMEOUT_MS', 30_000, 100),
    allowedHosts: parseAllowedHosts(env.ALLOWED_HOSTS),
    versionsRefreshMs: int('VERSIONS_REFRESH_MS', 15_000, 100),
    versionsLiveMs: int('VERSIONS_LIVE_MS', 5_000, 100),
    versionsAuthTtlMs: int('VERSIONS_AUTH_TTL_MS', 30_000, 0),
  };
}

/**
 * What the start line adds about where the server listens and what the token may do; `warn` lines
 * go to the log as warnings.
 */
export function listenNotes(
  config: ServerConfig,
  env: NodeJS.ProcessEnv = process.env,
): { info: string[]; warn: string[] } {
  const info: string[] = [];
  const warn: string[] = [];
  if (!config.zadigUrl || !config.zadigToken) return { info, warn };
  if (!env.HOST?.trim()) {
    info.push(
      `loopback only (${config.host}) because ZADIG_TOKEN is set; HOST=0.0.0.0 opens it to the network`,
    );
  } else if (isWildcardHost(config.host)) {
    warn.push(
      `HOST=${config.host} with ZADIG_TOKEN set: everyone who can reach this port acts with the server's token`,
    );
  }
  info.push(
    config.zadigTokenWrites
      ? "the server's token may create, retry and delete versions (ZADIG_TOKEN_WRITES=1)"
      : "the server's token is used for reading only; users enter their own token to make changes",
  );
  return { info, warn };
}
