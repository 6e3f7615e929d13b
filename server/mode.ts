/**
 * What answers `/openapi/*`: the proxy to a real Zadig (when a Zadig URL is configured) or the
 * embedded sandbox, each with the source of the console's own versions API.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { parseZadigUrl, proxyPlugin } from './proxy';
import type { Db } from './sandbox/db';
import { sandboxPlugin } from './sandbox/plugin';
import type { Reference } from './sandbox/reference';
import type { ReleaseStore } from './sandbox/store';
import type { Worker } from './sandbox/worker';
import { proxySource } from './versions/proxy/proxy-source';
import { sandboxSource } from './versions/sandbox-source';
import type { VersionSource } from './versions/source';
import { trackWrites } from './written-project';

export interface SandboxHandle {
  db: Db;
  store: ReleaseStore;
  reference: Reference;
  worker: Worker;
}

export interface Mode {
  /** The sandbox internals (sandbox mode only). */
  sandbox: SandboxHandle | null;
  /** What answers `/api/projects/:project/versions…` (the console's own versions API, versions/plugin.ts). */
  versions: VersionSource | null;
}

/** Registers the proxy or the sandbox, as the configuration says. */
export async function registerMode(
  app: FastifyInstance,
  config: ServerConfig,
  log: (line: string) => void,
): Promise<Mode> {
  const proxyMode = Boolean(config.zadigUrl);
  let sandbox: SandboxHandle | null = null;
  let versions: VersionSource | null = null;
  if (proxyMode) {
    // Proxy mode's source (versions/proxy/, one index per Zadig host and project) is set here.
    const source = proxySource({
      base: parseZadigUrl(config.zadigUrl!),
      dataDir: config.dataDir,
      serverToken: config.zadigToken,
      timeoutMs: config.zadigTimeoutMs,
      refreshMs: config.versionsRefreshMs,
      liveMs: config.versionsLiveMs,
      authTtlMs: config.versionsAuthTtlMs,
      clock: config.versionsClock,
      log,
    });
    versions = source;
    trackWrites(app, (project) => source.touched(project));
    await app.register(proxyPlugin, {
      zadigUrl: config.zadigUrl!,
      token: config.zadigToken,
      timeoutMs: config.zadigTimeoutMs ?? 30_000,
      tokenWrites: config.zadigTokenWrites,
      allowedHosts: config.allowedHosts,
    });
  } else {
    // The sandbox opens its database, store and worker itself and closes them in its onClose.
    const { dataDir, seed, pushMs, sandboxToken } = config;
    await app.register(sandboxPlugin, { dataDir, seed, pushMs, sandboxToken, log });
    sandbox = app.sandbox ?? null;
    versions = sandbox && sandboxSource({ deps: sandbox, sandboxToken });
  }
  return { sandbox, versions };
}
