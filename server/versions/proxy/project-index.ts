/**
 * One Zadig project's versions as the proxy holds them, shared by everyone who watches it:
 * - a pass reads Zadig's list from page 1 (newest first): the first pass reads every page (with
 *   `progress` events); later passes stop at the first page that is known and unchanged once the count
 *   agrees with Zadig's `total` (a version removed further down makes it read on until it is found);
 * - a pass runs once per refresh interval, and only while someone watches (an open stream, or a list
 *   request within the last interval); while a version is in flight (`creating`, `retrying`) once per
 *   live interval, for all watchers at once; one further down than the pages read is read by name;
 * - what changed is told to subscribers: added, changed, removed, progress.
 */
import { normaliseReleaseDetail } from '../../../src/api/normalise';
import type { ReleaseSummary } from '../../../src/api/model';
import { ZadigError } from '../../http';
import type { IndexProgress, VersionEvent, VersionList, VersionQuery } from '../source';
import type { Clock } from './clock';
import type { ProjectMeta, ProjectRows } from './index-db';
import { Subscribers } from './subscribers';
import { isUnreachable, type ZadigReader } from './zadig-reader';

export interface IndexOptions {
  reader: ZadigReader;
  clock: Clock;
  /** A pass from page 1 at most this often while watched (ms). */
  refreshMs: number;
  /** How often a version in flight is followed (ms). */
  liveMs: number;
  /** Versions per list page read from Zadig (its list takes any size; 100 keeps answers small). */
  pageSize: number;
  /** The server's token (`Bearer …`), which the index reads with when set. */
  serverAuthorization?: string | undefined;
  log: (line: string) => void;
}

export class ProjectIndex {
  private readonly listeners = new Subscribers();
  private meta: ProjectMeta;
  private running: Promise<void> | null = null;
  private again = false;
  private lastRefresh = -Infinity;
  private lastWatched = -Infinity;
  private cancelTimer: (() => void) | null = null;
  private pageWaiters: Array<() => void> = [];
  private callerAuthorization: string | undefined;
  private lastFailure = '';
  /** Zadig could not be reached on the last read: lists answer its error until a pass succeeds. */
  private unreachable: ZadigError | null = null;
  private closed = false;

  constructor(
    readonly project: string,
    private readonly rows: ProjectRows,
    private readonly o: IndexOptions,
  ) {
    this.meta = rows.meta() ?? { total: 0, done: false };
  }

  /** A caller Zadig let read the project: the index may read with their token (without a server one). */
  readAs(authorization: string | undefined): void {
    if (authorization) this.callerAuthorization = authorization;
  }

  progress(): IndexProgress {
    return { loaded: this.rows.count(), total: this.meta.total, done: this.meta.done };
  }

  list(query: VersionQuery): VersionList {
    return { ...this.rows.list(query), labels: this.rows.labels(), progress: this.progress() };
  }

  byName(name: string): ReleaseSummary | null {
    return this.rows.byName(name);
  }

  /** Someone asked for the list: keep the index fresh for one more interval. */
  watch(): void {
    this.lastWatched = this.o.clock.now();
    this.schedule();
  }

  /**
   * Resolves when the index may answer: at once when fresh; after a pass when it is older than an
   * interval; after the first page of a first pass (the rest follows, told by `progress`).
   */
  async ready(): Promise<void> {
    const fresh = this.o.clock.now() - this.lastRefresh < this.o.refreshMs && !this.unreachable;
    if (this.meta.done && fresh) return;
    const run = this.refresh();
    if (this.meta.done) await run.catch((e: unknown) => this.failed(e));
    else {
      const firstPage = new Promise<void>((resolve) => this.pageWaiters.push(resolve));
      await Promise.race([run.catch(() => {}), firstPage]);
      if (this.rows.count() === 0 && !this.meta.done) await run;
    }
    if (this.unreachable) throw this.unreachable;
  }

  subscribe(listener: (event: VersionEvent) => void): () => void {
    this.listeners.add(listener);
    listener({ type: 'progress', progress: this.progress() });
    if (this.unreachable) listener({ type: 'unreachable' });
    this.watch();
    if (!this.meta.done || this.o.clock.now() - this.lastRefresh >= this.o.refreshMs) {
      this.refresh().catch((e: unknown) => this.failed(e));
    }
    return () => {
      this.listeners.delete(listener);
      this.lastWatched = this.o.clock.now();
    };
  }

  /** A write went through: read again now (after the pass under way, when one is). */
  touch(): void {
    if (this.running) this.again = true;
    else this.refresh().catch((e: unknown) => this.failed(e));
    this.schedule();
  }

  close(): void {
    this.closed = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.listeners.clear();
    this.wakeWaiters();
  }

  /** One pass at a time: a second caller joins the pass under way. */
  refresh(): Promise<void> {
    this.running ??= (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
          this.unreachable = null;
          await this.followDeep();
        } while (this.again && !this.closed);
      } finally {
        this.running = null;
        this.wakeWaiters();
        this.cancelTimer?.(); // the next look: an interval after this one (live, when one is in flight)
        this.cancelTimer = null;
        this.schedule();
      }
    })();
    return this.running;
  }

  private get authorization(): string | undefined {
    return this.o.serverAuthorization ?? this.callerAuthorization;
  }

  private watched(): boolean {
    return this.listeners.size > 0 || this.o.clock.now() - this.lastWatched < this.o.refreshMs;
  }

  private hasInFlight(): boolean {
    return this.rows.inFlight().length > 0;
  }

  private schedule(): void {
    if (this.cancelTimer || this.closed || !this.watched()) return;
    const delay = this.hasInFlight() ? this.o.liveMs : this.o.refreshMs;
    this.cancelTimer = this.o.clock.setTimer(() => {
      this.cancelTimer = null;
      return this.tick();
    }, delay);
  }

  private async tick(): Promise<void> {
    if (!this.watched() || this.closed) return;
    if (this.hasInFlight() || this.o.clock.now() - this.lastRefresh >= this.o.refreshMs) {
      await this.refresh().catch((e: unknown) => this.failed(e));
    }
    this.schedule();
  }

  private async pass(): Promise<void> {
    this.lastRefresh = this.o.clock.now();
    const wasDone = this.meta.done;
    const seen = new Set<string>();
    let oldest = Infinity;
    for (let pageNum = 1; !this.closed; pageNum++) {
      const page = await this.o.reader.page(this.project, pageNum, this.o.pageSize, this.authorization);
      if (this.closed) return;
      let changes = this.apply(page.items, wasDone);
      for (const v of page.items) {
        seen.add(v.id);
        oldest = Math.min(oldest, v.createdAt ?? 0);
      }
      const end = page.items.length < this.o.pageSize || pageNum * this.o.pageSize >= page.total;
      const gone = this.rows.removeUnseen(seen, end ? -1 : oldest);
      if (wasDone) gone.forEach(({ id, name }) => this.listeners.tell({ type: 'removed', id, name }));
      changes += gone.length;
      const settled = wasDone && changes === 0 && this.rows.count() === page.total;
      this.meta = { total: page.total, done: wasDone || end };
      this.rows.setMeta(this.meta);
      this.listeners.progress(this.progress());
      this.wakeWaiters();
      if (end || settled) return;
    }
  }

  /** Versions in flight further down than a pass reads, read one by one by name. */
  private async followDeep(): Promise<void> {
    if (this.closed) return;
    const newest = this.rows.newestIds(this.o.pageSize);
    for (const v of this.rows.inFlight()) {
      if (this.closed || newest.has(v.id)) continue;
      try {
        const json = await this.o.reader.detail(this.project, v.name, this.authorization);
        if (this.closed) return;
        const d = normaliseReleaseDetail(json, { id: v.id, projectKey: this.project });
        this.apply([{ ...v, status: d.status, labels: d.labels, description: d.description }], true);
      } catch (e) {
        this.failed(e); // gone since (Zadig: 500) or busy: the next pass's count finds a removal
      }
    }
  }

  private apply(versions: ReleaseSummary[], tell: boolean): number {
    const outcome = this.rows.put(versions);
    let changes = 0;
    outcome.forEach((kind, i) => {
      if (kind === 'same') return;
      changes++;
      if (tell) this.listeners.tell({ type: kind, version: versions[i]! });
    });
    return changes;
  }

  private wakeWaiters(): void {
    const waiters = this.pageWaiters;
    this.pageWaiters = [];
    for (const wake of waiters) wake();
  }

  private failed(e: unknown): void {
    if (isUnreachable(e)) {
      if (!this.unreachable) this.listeners.tell({ type: 'unreachable' });
      this.unreachable = e;
    }
    const refused = e instanceof ZadigError && (e.status === 401 || e.status === 403);
    // a caller's token Zadig no longer takes is not read with again; the next caller's is
    if (refused && !this.o.serverAuthorization) this.callerAuthorization = undefined;
    const text = `versions index: reading ${this.project} failed (${e instanceof Error ? e.message : String(e)})`;
    if (text !== this.lastFailure) this.o.log(text);
    this.lastFailure = text;
  }
}
