/**
 * Proxy mode's `VersionSource` (contract in `../source.ts`): one `ProjectIndex` per project of the
 * configured Zadig host, kept in `DATA_DIR/versions-index.sqlite`; every request and stream authorised
 * with the caller's own token (or the server's) by `AuthCache`; details read from Zadig by name with
 * the caller's token (Zadig's `/releases/detail?projectKey=&versionName=`, the only detail route of
 * v4.0–v5.0: pkg/microservice/aslan/core/delivery/handler/router.go).
 */
import type { ReleaseDetail } from '../../../src/api/model';
import { normaliseReleaseDetail } from '../../../src/api/normalise';
import { ZadigError } from '../../http';
import { versionNotFound } from '../../sandbox/releases';
import type { Caller, VersionEvent, VersionList, VersionQuery, VersionSource } from '../source';
import { AuthCache } from './auth-cache';
import { realClock, type Clock } from './clock';
import { openIndexDb, ProjectRows, type Db } from './index-db';
import { ProjectIndex } from './project-index';
import { ZadigReader } from './zadig-reader';

export interface ProxySourceOptions {
  /** ZADIG_URL, parsed (proxy-target.ts `parseZadigUrl`). */
  base: URL;
  dataDir: string;
  /** ZADIG_TOKEN: used for reads when a caller sends no Authorization. */
  serverToken?: string | undefined;
  timeoutMs?: number | undefined;
  /** VERSIONS_REFRESH_MS (default 15 000). */
  refreshMs?: number | undefined;
  /** VERSIONS_LIVE_MS (default 5 000, the pace at which Zadig itself polls image copies). */
  liveMs?: number | undefined;
  /** VERSIONS_AUTH_TTL_MS (default 30 000). */
  authTtlMs?: number | undefined;
  pageSize?: number | undefined;
  clock?: Clock | undefined;
  log?: ((line: string) => void) | undefined;
}

export const DEFAULT_REFRESH_MS = 15_000;
export const DEFAULT_LIVE_MS = 5_000;
export const DEFAULT_AUTH_TTL_MS = 30_000;
/** How long a detail waits for the index to learn a version it does not know yet (one read of it). */
const ID_WAIT_MS = 5_000;

class ProxyVersionSource implements VersionSource {
  private readonly db: Db;
  private readonly host: string;
  private readonly reader: ZadigReader;
  private readonly auth: AuthCache;
  private readonly indexes = new Map<string, ProjectIndex>();
  private readonly serverAuthorization: string | undefined;
  private readonly clock: Clock;

  constructor(private readonly o: ProxySourceOptions) {
    const log = o.log ?? (() => {});
    this.clock = o.clock ?? realClock;
    this.db = openIndexDb(o.dataDir, log);
    this.host = `${o.base.origin}${o.base.pathname.replace(/\/+$/, '')}`;
    this.reader = new ZadigReader(o.base, o.timeoutMs ?? 30_000);
    this.auth = new AuthCache(this.reader, this.clock, o.authTtlMs ?? DEFAULT_AUTH_TTL_MS);
    const token = o.serverToken?.trim();
    this.serverAuthorization = token ? `Bearer ${token}` : undefined;
  }

  async authorise(project: string, caller: Caller): Promise<void> {
    const authorization = this.authorizationOf(caller);
    await this.auth.check(project, authorization);
    this.index(project).readAs(authorization);
  }

  async list(project: string, query: VersionQuery): Promise<VersionList> {
    const index = this.index(project);
    index.watch();
    await index.ready();
    return index.list(query);
  }

  async detail(project: string, name: string, caller: Caller): Promise<ReleaseDetail> {
    const index = this.index(project);
    try {
      const json = await this.reader.detail(project, name, this.authorizationOf(caller));
      return normaliseReleaseDetail(json, { id: await this.idOf(index, name), projectKey: project });
    } catch (e) {
      // Zadig answers an unknown name with a 500 (`mongo: no documents in result`, service/openapi.go
      // `OpenAPIGetDeliveryVersion`): a 404 when the complete index has no such name either.
      const unknown = e instanceof ZadigError && e.status === 500 && !index.byName(name);
      if (unknown && index.progress().done) throw versionNotFound(`version ${name} of project ${project}`);
      throw e;
    }
  }

  /**
   * The id of a version Zadig has (its detail carries none): from the index, read again once when the
   * index does not know the name yet (a version just created), for at most ID_WAIT_MS.
   */
  private async idOf(index: ProjectIndex, name: string): Promise<string | undefined> {
    const known = index.byName(name)?.id;
    if (known) return known;
    let cancel = () => {};
    const waited = new Promise<void>((resolve) => (cancel = this.clock.setTimer(resolve, ID_WAIT_MS)));
    await Promise.race([index.refresh().catch(() => undefined), waited]);
    cancel();
    return index.byName(name)?.id;
  }

  subscribe(project: string, listener: (event: VersionEvent) => void): () => void {
    return this.index(project).subscribe(listener);
  }

  touched(project: string): void {
    this.indexes.get(project)?.touch();
  }

  async close(): Promise<void> {
    for (const index of this.indexes.values()) index.close();
    this.indexes.clear();
    if (this.db.open) this.db.close();
  }

  private authorizationOf(caller: Caller): string | undefined {
    const own = caller.authorization?.trim();
    return own || this.serverAuthorization;
  }

  private index(project: string): ProjectIndex {
    let index = this.indexes.get(project);
    if (!index) {
      index = new ProjectIndex(project, new ProjectRows(this.db, this.host, project), {
        reader: this.reader,
        clock: this.clock,
        refreshMs: this.o.refreshMs ?? DEFAULT_REFRESH_MS,
        liveMs: this.o.liveMs ?? DEFAULT_LIVE_MS,
        pageSize: this.o.pageSize ?? 100,
        serverAuthorization: this.serverAuthorization,
        log: this.o.log ?? (() => {}),
      });
      this.indexes.set(project, index);
    }
    return index;
  }
}

export function proxySource(options: ProxySourceOptions): VersionSource {
  return new ProxyVersionSource(options);
}
