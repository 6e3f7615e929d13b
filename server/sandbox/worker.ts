/**
 * The sandbox's image-distribution worker: in-process, asynchronous and durable. Its jobs are the
 * `release_images` rows with `push_image = 1` and status `waiting` or `running`; a copy takes
 * `pushMs`, then passes (the target reference joins the catalog) or fails with a registry's
 * `manifest unknown` text when the source is not in the catalog. When a version has no job left it
 * ends `success` (Helm: charts recorded as pushed, `chart_status: passed`) or `failed`.
 *
 * Every state change is one transaction. Rows left `running` by a dead process are simply started
 * again on the next start, so a version in flight at a crash (even kill -9) finishes afterwards.
 */
import type { ReleaseChanges } from './changes';
import type { Db } from './db';
import type { ImageRow, ReleaseRow } from './store';

export interface WorkerOptions {
  pushMs: number;
  /** Copies running at once (across versions). */
  concurrency?: number;
  /** Safety poll for work nobody kicked (ms). */
  pollMs?: number;
  log?: (message: string) => void;
  /** Told when a version ends (success or failed); the store's `changes`. */
  changes?: ReleaseChanges;
}

export function manifestUnknown(image: string): string {
  return `manifest unknown: manifest unknown for ${image}`;
}

export class Worker {
  private readonly active = new Map<number, { releaseId: string; timer: NodeJS.Timeout }>();
  private poll: NodeJS.Timeout | null = null;
  private scheduled = false;
  private stopped = true;
  private readonly concurrency: number;
  private readonly stmts;

  constructor(
    private readonly db: Db,
    private readonly options: WorkerOptions,
  ) {
    this.concurrency = options.concurrency ?? 8;
    this.stmts = {
      pending: db.prepare<[], ImageRow>(`
        SELECT i.* FROM release_images i JOIN releases r ON r.id = i.release_id
        WHERE i.status IN ('waiting', 'running') AND r.status IN ('creating', 'retrying')
        ORDER BY r.created_time, i.release_id, i.service_position, i.position`),
      inFlight: db.prepare<[], ReleaseRow>("SELECT * FROM releases WHERE status IN ('creating', 'retrying')"),
      markRunning: db.prepare<[number, number]>(
        "UPDATE release_images SET status = 'running', error = '', started_at = ? WHERE id = ?",
      ),
      image: db.prepare<[number], ImageRow>('SELECT * FROM release_images WHERE id = ?'),
      release: db.prepare<[string], ReleaseRow>('SELECT * FROM releases WHERE id = ?'),
      finishImage: db.prepare<[string, string, number]>(
        "UPDATE release_images SET status = ?, error = ? WHERE id = ? AND status = 'running'",
      ),
      publish: db.prepare<[string, number]>(
        'INSERT OR IGNORE INTO catalog (image, published_at) VALUES (?, ?)',
      ),
      inCatalog: db.prepare<[string]>('SELECT 1 FROM catalog WHERE image = ?'),
      imagesOf: db.prepare<[string], ImageRow>(
        'SELECT * FROM release_images WHERE release_id = ? ORDER BY service_position, position',
      ),
      finishRelease: db.prepare<[string, string, string]>(
        "UPDATE releases SET status = ?, error = ? WHERE id = ? AND status IN ('creating', 'retrying')",
      ),
      charts: db.prepare<[string], { position: number; chart_name: string; chart_version: string }>(
        'SELECT position, chart_name, chart_version FROM release_services WHERE release_id = ?',
      ),
      chartPassed: db.prepare<[string]>(
        "UPDATE release_services SET chart_status = 'passed' WHERE release_id = ?",
      ),
      pushChart: db.prepare<[string, string, string, string, number]>(`
        INSERT INTO chart_pushes (repo, chart_name, chart_version, release_id, pushed_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (repo, chart_name, chart_version) DO UPDATE SET release_id = excluded.release_id,
          pushed_at = excluded.pushed_at`),
    };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.poll = setInterval(() => this.kick(), this.options.pollMs ?? 1000);
    this.poll.unref();
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    for (const { timer } of this.active.values()) clearTimeout(timer);
    this.active.clear();
  }

  /** Looks for work soon (after create, retry, a finished copy). */
  kick(): void {
    if (this.stopped || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.stopped) this.tick();
    });
  }

  /** Stops the copies of a deleted version at once. */
  cancelRelease(releaseId: string): void {
    for (const [imageId, job] of this.active) {
      if (job.releaseId === releaseId) {
        clearTimeout(job.timer);
        this.active.delete(imageId);
      }
    }
    this.kick();
  }

  /** Copies running now (for tests and health). */
  get running(): number {
    return this.active.size;
  }

  private tick(): void {
    // versions with nothing (left) to copy end now
    for (const release of this.stmts.inFlight.all()) {
      const images = this.stmts.imagesOf.all(release.id);
      if (!images.some((i) => i.status === 'waiting' || i.status === 'running'))
        this.finishRelease(release.id);
    }
    for (const image of this.stmts.pending.all()) {
      if (this.active.size >= this.concurrency) break;
      if (this.active.has(image.id)) continue;
      this.stmts.markRunning.run(Date.now(), image.id);
      const timer = setTimeout(() => this.finishCopy(image.id), this.options.pushMs);
      this.active.set(image.id, { releaseId: image.release_id, timer });
    }
  }

  private finishCopy(imageId: number): void {
    if (!this.active.delete(imageId) || this.stopped) return;
    try {
      this.db.transaction(() => {
        const image = this.stmts.image.get(imageId);
        if (!image || image.status !== 'running') return; // deleted meanwhile
        const release = this.stmts.release.get(image.release_id);
        if (!release || (release.status !== 'creating' && release.status !== 'retrying')) return;
        if (this.stmts.inCatalog.get(image.source_image)) {
          this.stmts.publish.run(image.target_image, Date.now());
          this.stmts.finishImage.run('passed', '', image.id);
        } else {
          this.stmts.finishImage.run('failed', manifestUnknown(image.source_image), image.id);
        }
        const images = this.stmts.imagesOf.all(image.release_id);
        if (!images.some((i) => i.status === 'waiting' || i.status === 'running'))
          this.finishRelease(image.release_id);
      })();
    } catch (e) {
      this.options.log?.(`worker: copy ${imageId} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.kick();
  }

  /** Ends a version whose jobs are all done (inside or outside a transaction). */
  private finishRelease(releaseId: string): void {
    this.db.transaction(() => {
      const release = this.stmts.release.get(releaseId);
      if (!release || (release.status !== 'creating' && release.status !== 'retrying')) return;
      const images = this.stmts.imagesOf.all(releaseId);
      const failed = images.filter((i) => i.push_image === 1 && i.status !== 'passed');
      if (failed.length > 0) {
        const error = failed
          .map((i) => i.error || `${i.source_image}: ${i.status || 'not copied'}`)
          .join('; ');
        this.stmts.finishRelease.run('failed', error, releaseId);
        this.ended(release);
        return;
      }
      if (release.type === 'HelmChart') {
        const now = Date.now();
        // No chart repository: the charts are not pushed, yet each is `passed`, as on Zadig
        // (koderover/zadig .../delivery/service/version_v2.go, buildDeliveryChartsV2).
        const charts = release.chart_repo_name ? this.stmts.charts.all(releaseId) : [];
        for (const chart of charts) {
          this.stmts.pushChart.run(
            release.chart_repo_name,
            chart.chart_name,
            chart.chart_version,
            releaseId,
            now,
          );
        }
        this.stmts.chartPassed.run(releaseId);
      }
      this.stmts.finishRelease.run('success', '', releaseId);
      this.ended(release);
    })();
  }

  private ended(release: ReleaseRow): void {
    this.options.changes?.notify({
      kind: 'changed',
      projectKey: release.project_key,
      id: release.id,
      name: release.version_name,
    });
  }
}
