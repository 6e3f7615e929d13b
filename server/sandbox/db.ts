/**
 * The sandbox's SQLite database (better-sqlite3, WAL) under DATA_DIR/sandbox.db, with versioned
 * schema migrations recorded in `schema_migrations`. Each migration runs in its own transaction.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE projects (
        project_key  TEXT PRIMARY KEY,
        project_name TEXT NOT NULL,
        description  TEXT NOT NULL DEFAULT '',
        deploy_type  TEXT NOT NULL,
        release_count INTEGER NOT NULL DEFAULT 0,
        position     INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE registries (
        registry_id TEXT PRIMARY KEY,
        address     TEXT NOT NULL,
        provider    TEXT NOT NULL,
        region      TEXT NOT NULL DEFAULT '',
        namespace   TEXT NOT NULL DEFAULT '',
        is_default  INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE environments (
        project_key TEXT NOT NULL REFERENCES projects(project_key) ON DELETE CASCADE,
        env_key     TEXT NOT NULL,
        namespace   TEXT NOT NULL,
        production  INTEGER NOT NULL DEFAULT 0,
        registry_id TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL DEFAULT 'running',
        cluster_name TEXT NOT NULL DEFAULT '',
        update_time INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (project_key, env_key)
      );

      -- A service deployed in an environment: its rendered YAML (K8s) or values (Helm) and containers.
      CREATE TABLE env_services (
        project_key  TEXT NOT NULL,
        env_key      TEXT NOT NULL,
        service_name TEXT NOT NULL,
        type         TEXT NOT NULL,
        status       TEXT NOT NULL DEFAULT 'Running',
        chart_name   TEXT NOT NULL DEFAULT '',
        chart_version TEXT NOT NULL DEFAULT '',
        yaml         TEXT NOT NULL DEFAULT '',
        values_yaml  TEXT NOT NULL DEFAULT '',
        containers   TEXT NOT NULL DEFAULT '[]',
        position     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (project_key, env_key, service_name),
        FOREIGN KEY (project_key, env_key) REFERENCES environments(project_key, env_key) ON DELETE CASCADE
      );

      CREATE TABLE service_templates (
        project_key  TEXT NOT NULL REFERENCES projects(project_key) ON DELETE CASCADE,
        service_name TEXT NOT NULL,
        source       TEXT NOT NULL DEFAULT 'spock',
        type         TEXT NOT NULL,
        chart_name   TEXT NOT NULL DEFAULT '',
        yaml         TEXT NOT NULL DEFAULT '',
        containers   TEXT NOT NULL DEFAULT '[]',
        position     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (project_key, service_name)
      );

      -- The sandbox's registry: every image reference that exists.
      CREATE TABLE catalog (
        image        TEXT PRIMARY KEY,
        published_at INTEGER NOT NULL
      );

      CREATE TABLE releases (
        id                TEXT PRIMARY KEY,
        project_key       TEXT NOT NULL REFERENCES projects(project_key),
        version_name      TEXT NOT NULL,
        type              TEXT NOT NULL,
        source            TEXT NOT NULL,
        env_name          TEXT NOT NULL DEFAULT '',
        production        INTEGER NOT NULL DEFAULT 0,
        status            TEXT NOT NULL,
        error             TEXT NOT NULL DEFAULT '',
        labels            TEXT NOT NULL DEFAULT '[]',
        description       TEXT NOT NULL DEFAULT '',
        image_registry_id TEXT NOT NULL DEFAULT '',
        chart_repo_name   TEXT NOT NULL DEFAULT '',
        original_version  TEXT NOT NULL DEFAULT '',
        created_by        TEXT NOT NULL DEFAULT '',
        created_time      INTEGER NOT NULL,
        UNIQUE (project_key, version_name)
      );
      CREATE INDEX releases_by_project_time ON releases (project_key, created_time DESC, id);
      CREATE INDEX releases_in_flight ON releases (status) WHERE status IN ('creating', 'retrying');

      CREATE TABLE release_services (
        release_id    TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        service_name  TEXT NOT NULL,
        chart_name    TEXT NOT NULL DEFAULT '',
        original_chart_version TEXT NOT NULL DEFAULT '',
        chart_version TEXT NOT NULL DEFAULT '',
        chart_status  TEXT NOT NULL DEFAULT '',
        yaml_content  TEXT NOT NULL DEFAULT '',
        error         TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (release_id, position)
      );

      -- One row per image; rows with push_image = 1 are the worker's per-image copy jobs.
      CREATE TABLE release_images (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        release_id       TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        service_position INTEGER NOT NULL,
        position         INTEGER NOT NULL,
        container_name   TEXT NOT NULL,
        image_name       TEXT NOT NULL,
        source_image     TEXT NOT NULL,
        source_image_tag TEXT NOT NULL,
        target_image     TEXT NOT NULL,
        target_image_tag TEXT NOT NULL,
        image_path       TEXT,
        push_image       INTEGER NOT NULL,
        status           TEXT NOT NULL DEFAULT '',
        error            TEXT NOT NULL DEFAULT '',
        started_at       INTEGER
      );
      CREATE INDEX release_images_by_release ON release_images (release_id, service_position, position);
      CREATE INDEX release_images_pending ON release_images (status) WHERE status IN ('waiting', 'running');

      -- Charts the sandbox "pushed" to a chart repository.
      CREATE TABLE chart_pushes (
        repo          TEXT NOT NULL,
        chart_name    TEXT NOT NULL,
        chart_version TEXT NOT NULL,
        release_id    TEXT NOT NULL,
        pushed_at     INTEGER NOT NULL,
        PRIMARY KEY (repo, chart_name, chart_version)
      );

      -- total of the list endpoint in O(1)
      CREATE TRIGGER releases_count_insert AFTER INSERT ON releases BEGIN
        UPDATE projects SET release_count = release_count + 1 WHERE project_key = NEW.project_key;
      END;
      CREATE TRIGGER releases_count_delete AFTER DELETE ON releases BEGIN
        UPDATE projects SET release_count = release_count - 1 WHERE project_key = OLD.project_key;
      END;
    `,
  },
  {
    version: 2,
    name: 'list index matches the list order (newest first, id descending) so pages need no sort',
    sql: `
      DROP INDEX releases_by_project_time;
      CREATE INDEX releases_by_project_time ON releases (project_key, created_time DESC, id DESC);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function migrate(db: Db): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
      (r) => r.version,
    ),
  );
  const ran: number[] = [];
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        Date.now(),
      );
    })();
    ran.push(m.version);
  }
  return ran;
}

export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'sandbox.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
