/**
 * Reads and writes of delivery versions in the sandbox database, shaped as real Zadig servers answer
 * (list `create_time`; detail `version`, `project_name`, `desc`, `created_at`, `deleted_at`, plus `id`).
 * The rows and their helpers are in `rows.ts`.
 */
import { ReleaseChanges } from './changes';
import type { Db } from './db';
import { ObjectIds } from './object-id';
import {
  imageFromRow,
  parseJson,
  type ImageRow,
  type NewRelease,
  type ReleaseRow,
  type ServiceRow,
} from './rows';

export {
  imageFromRow,
  parseJson,
  type ImageRow,
  type NewRelease,
  type ReleaseRow,
  type ServiceRow,
} from './rows';

export class ReleaseStore {
  private readonly stmts;
  /** Ids for versions inserted without one. */
  private readonly ids = new ObjectIds();

  constructor(
    readonly db: Db,
    /** Told of every version created, deleted or retried here (the worker tells of the ends). */
    readonly changes = new ReleaseChanges(),
  ) {
    this.stmts = {
      count: db.prepare<[string], { release_count: number }>(
        'SELECT release_count FROM projects WHERE project_key = ?',
      ),
      page: db.prepare<[string, number, number], ReleaseRow>(`
        SELECT r.* FROM releases r
        JOIN (SELECT id FROM releases WHERE project_key = ? ORDER BY created_time DESC, id DESC LIMIT ? OFFSET ?) p
          ON p.id = r.id
        ORDER BY r.created_time DESC, r.id DESC`),
      // deep pages read the index from the other end: OFFSET steps through skipped entries
      pageFromEnd: db.prepare<[string, number, number], ReleaseRow>(`
        SELECT r.* FROM releases r
        JOIN (SELECT id FROM releases WHERE project_key = ? ORDER BY created_time ASC, id ASC LIMIT ? OFFSET ?) p
          ON p.id = r.id
        ORDER BY r.created_time DESC, r.id DESC`),
      byId: db.prepare<[string], ReleaseRow>('SELECT * FROM releases WHERE id = ?'),
      byName: db.prepare<[string, string], ReleaseRow>(
        'SELECT * FROM releases WHERE project_key = ? AND version_name = ?',
      ),
      services: db.prepare<[string], ServiceRow>(
        'SELECT * FROM release_services WHERE release_id = ? ORDER BY position',
      ),
      images: db.prepare<[string], ImageRow>(
        'SELECT * FROM release_images WHERE release_id = ? ORDER BY service_position, position',
      ),
      insertRelease: db.prepare(`
        INSERT INTO releases (id, project_key, version_name, type, source, env_name, production, status, error, labels,
          description, image_registry_id, chart_repo_name, original_version, created_by, created_time)
        VALUES (@id, @project_key, @version_name, @type, @source, @env_name, @production, @status, @error, @labels,
          @description, @image_registry_id, @chart_repo_name, @original_version, @created_by, @created_time)`),
      insertService: db.prepare(`
        INSERT INTO release_services (release_id, position, service_name, chart_name, original_chart_version,
          chart_version, chart_status, yaml_content, error)
        VALUES (@release_id, @position, @service_name, @chart_name, @original_chart_version, @chart_version,
          @chart_status, @yaml_content, '')`),
      insertImage: db.prepare(`
        INSERT INTO release_images (release_id, service_position, position, container_name, image_name, source_image,
          source_image_tag, target_image, target_image_tag, image_path, push_image, status, error)
        VALUES (@release_id, @service_position, @position, @container_name, @image_name, @source_image,
          @source_image_tag, @target_image, @target_image_tag, @image_path, @push_image, @status, @error)`),
      delete: db.prepare<[string, string]>('DELETE FROM releases WHERE id = ? AND project_key = ?'),
      markRetrying: db.prepare<[string]>(
        "UPDATE releases SET status = 'retrying' WHERE id = ? AND status = 'failed'",
      ),
      requeueImages: db.prepare<[string]>(`
        UPDATE release_images SET status = 'waiting', error = '', started_at = NULL
        WHERE release_id = ? AND push_image = 1 AND status <> 'passed'`),
    };
  }

  total(projectKey: string): number {
    return this.stmts.count.get(projectKey)?.release_count ?? 0;
  }

  /** One page (1-based) of a project's versions, newest first, without services. */
  list(projectKey: string, pageNum: number, pageSize: number) {
    const offset = (pageNum - 1) * pageSize;
    const total = this.total(projectKey);
    let rows: ReleaseRow[] = [];
    if (offset < total) {
      rows =
        offset + pageSize / 2 <= total / 2
          ? this.stmts.page.all(projectKey, pageSize, offset)
          : this.stmts.pageFromEnd.all(
              projectKey,
              Math.min(pageSize, total - offset),
              Math.max(0, total - offset - pageSize),
            );
    }
    return {
      list: rows.map((r) => ({
        id: r.id,
        version_name: r.version_name,
        type: r.type,
        source: r.source,
        status: r.status,
        labels: parseJson<string[]>(r.labels, []),
        description: r.description,
        created_by: r.created_by,
        create_time: r.created_time,
      })),
      total,
    };
  }

  row(id: string): ReleaseRow | undefined {
    return this.stmts.byId.get(id);
  }

  rowByName(projectKey: string, versionName: string): ReleaseRow | undefined {
    return this.stmts.byName.get(projectKey, versionName);
  }

  services(id: string): ServiceRow[] {
    return this.stmts.services.all(id);
  }

  images(id: string): ImageRow[] {
    return this.stmts.images.all(id);
  }

  /** The detail answer of a version, in real-server field names plus the documented `id`. */
  detail(row: ReleaseRow) {
    const images = this.images(row.id);
    return {
      id: row.id,
      version: row.version_name,
      project_name: row.project_key,
      env_name: row.env_name,
      production: row.production === 1,
      type: row.type,
      source: row.source,
      desc: row.description,
      labels: parseJson<string[]>(row.labels, []),
      image_registry_id: row.image_registry_id,
      chart_repo_name: row.chart_repo_name,
      services: this.services(row.id).map((s) => ({
        service_name: s.service_name,
        chart_name: s.chart_name,
        original_chart_version: '',
        chart_version: s.chart_version,
        chart_status: s.chart_status,
        yaml_content: s.yaml_content,
        images: images
          .filter((i) => i.service_position === s.position)
          .map((i) => ({
            ...imageFromRow(i),
            status: i.status,
            error: i.error,
          })),
        error: '',
      })),
      status: row.status,
      error: row.error,
      created_by: row.created_by,
      created_at: row.created_time,
      deleted_at: 0,
    };
  }

  /** Inserts a version with its services and images (call inside a transaction). Returns its id. */
  insert(input: NewRelease): string {
    const r = input.release;
    const id = r.id ?? this.ids.next(r.created_time);
    this.stmts.insertRelease.run({
      ...r,
      id,
      production: r.production ? 1 : 0,
      labels: JSON.stringify(r.labels),
    });
    this.changes.notify({ kind: 'added', projectKey: r.project_key, id, name: r.version_name });
    input.services.forEach((s, position) => {
      this.stmts.insertService.run({
        release_id: id,
        position,
        service_name: s.service_name,
        chart_name: s.chart_name,
        original_chart_version: s.original_chart_version,
        chart_version: s.chart_version,
        chart_status: s.chart_status,
        yaml_content: s.yaml_content,
      });
      s.images.forEach((img, imagePosition) => {
        this.stmts.insertImage.run({
          release_id: id,
          service_position: position,
          position: imagePosition,
          container_name: img.container_name,
          image_name: img.image_name,
          source_image: img.source_image,
          source_image_tag: img.source_image_tag,
          target_image: img.target_image,
          target_image_tag: img.target_image_tag,
          image_path: img.image_path ? JSON.stringify(img.image_path) : null,
          push_image: img.push_image ? 1 : 0,
          status: img.status,
          error: img.error,
        });
      });
    });
    return id;
  }

  /** Deletes a version of a project (any status); true when something was deleted. */
  delete(id: string, projectKey: string): boolean {
    const row = this.row(id);
    const deleted = this.stmts.delete.run(id, projectKey).changes > 0;
    if (deleted && row) this.changes.notify({ kind: 'removed', projectKey, id, name: row.version_name });
    return deleted;
  }

  /**
   * Moves a failed version to `retrying` and re-queues its images that did not pass, in one
   * transaction. Returns the status found when the version was not failed (nothing changed).
   */
  retry(id: string): { ok: true } | { ok: false; status: string } {
    return this.db.transaction(() => {
      const changed = this.stmts.markRetrying.run(id).changes;
      if (changed === 0) return { ok: false as const, status: this.row(id)?.status ?? '' };
      this.stmts.requeueImages.run(id);
      const row = this.row(id);
      if (row)
        this.changes.notify({ kind: 'changed', projectKey: row.project_key, id, name: row.version_name });
      return { ok: true as const };
    })();
  }
}
