/**
 * The proxy's index on disk: every version summary the server has read, per Zadig host and project, in
 * SQLite (better-sqlite3) at `DATA_DIR/versions-index.sqlite`, so that a restart does not re-read a
 * project of 10,000 versions. When DATA_DIR cannot be written, an in-memory database (said once in
 * the log). Filters are SQL, as in the sandbox: name contains (case-insensitive, beyond ASCII too),
 * status any-of, type, every label.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseSummary } from '../../../src/api/model';
import type { VersionQuery } from '../source';

export type Db = Database.Database;
export const INDEX_FILE = 'versions-index.sqlite';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS versions (
    host TEXT NOT NULL, project TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
    type TEXT NOT NULL, source TEXT NOT NULL, status TEXT NOT NULL, labels TEXT NOT NULL,
    description TEXT NOT NULL, created_by TEXT NOT NULL, created_at INTEGER,
    PRIMARY KEY (host, project, id));
  CREATE INDEX IF NOT EXISTS versions_order ON versions (host, project, created_at DESC, id DESC);
  CREATE TABLE IF NOT EXISTS indexed_projects (
    host TEXT NOT NULL, project TEXT NOT NULL, total INTEGER NOT NULL, done INTEGER NOT NULL,
    PRIMARY KEY (host, project));`;

const LOWER = 'zrc_lower';
const MATCHES = `host = @host AND project = @project
  AND (@q = '' OR instr(lower(name), @q) > 0 OR (name GLOB '*[^ -~]*' AND instr(${LOWER}(name), @q) > 0))
  AND (@status = '[]' OR status IN (SELECT value FROM json_each(@status)))
  AND (@type = '' OR type = @type)
  AND NOT EXISTS (SELECT 1 FROM json_each(@label) want WHERE want.value NOT IN (SELECT value FROM json_each(labels)))`;
const ORDER = 'ORDER BY created_at DESC, id DESC';

interface Row {
  id: string;
  name: string;
  type: string;
  source: string;
  status: string;
  labels: string;
  description: string;
  created_by: string;
  created_at: number | null;
}

function toSummary(r: Row): ReleaseSummary {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    source: r.source,
    status: r.status,
    labels: JSON.parse(r.labels) as string[],
    description: r.description,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

/** Opens the index in `dataDir`, or in memory when that cannot be written (`log` says so once). */
export function openIndexDb(dataDir: string, log: (line: string) => void): Db {
  let db: Db;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(join(dataDir, INDEX_FILE));
    db.pragma('journal_mode = WAL');
    db.exec(SCHEMA);
  } catch (e) {
    log(
      `versions index: ${dataDir} cannot be written (${e instanceof Error ? e.message : String(e)}); kept in memory`,
    );
    db = new Database(':memory:');
    db.exec(SCHEMA);
  }
  db.function(LOWER, { deterministic: true }, (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v));
  return db;
}

export interface ProjectMeta {
  total: number;
  done: boolean;
}

/** One project's rows in the index (one Zadig host). */
export class ProjectRows {
  private readonly key: { host: string; project: string };
  private readonly s;

  constructor(
    private readonly db: Db,
    host: string,
    project: string,
  ) {
    this.key = { host, project };
    const where = 'host = @host AND project = @project';
    this.s = {
      get: db.prepare<{ host: string; project: string; id: string }, Row>(
        `SELECT * FROM versions WHERE ${where} AND id = @id`,
      ),
      byName: db.prepare<{ host: string; project: string; name: string }, Row>(
        `SELECT * FROM versions WHERE ${where} AND name = @name LIMIT 1`,
      ),
      put: db.prepare(`INSERT OR REPLACE INTO versions VALUES
        (@host, @project, @id, @name, @type, @source, @status, @labels, @description, @created_by, @created_at)`),
      del: db.prepare(`DELETE FROM versions WHERE ${where} AND id = @id`),
      count: db.prepare<{ host: string; project: string }, { n: number }>(
        `SELECT count(*) AS n FROM versions WHERE ${where}`,
      ),
      matchCount: db.prepare<Record<string, string>, { n: number }>(
        `SELECT count(*) AS n FROM versions WHERE ${MATCHES}`,
      ),
      page: db.prepare<Record<string, string | number>, Row>(
        `SELECT * FROM versions WHERE ${MATCHES} ${ORDER} LIMIT @limit OFFSET @offset`,
      ),
      newer: db.prepare<{ host: string; project: string; above: number }, { id: string; name: string }>(
        `SELECT id, name FROM versions WHERE ${where} AND (@above < 0 OR created_at > @above)`,
      ),
      inFlight: db.prepare<{ host: string; project: string }, Row>(
        `SELECT * FROM versions WHERE ${where} AND status IN ('creating', 'retrying') ${ORDER}`,
      ),
      labels: db.prepare<{ host: string; project: string }, { value: string }>(
        `SELECT DISTINCT j.value AS value FROM versions, json_each(labels) j WHERE ${where} AND j.type = 'text' ORDER BY j.value`,
      ),
      meta: db.prepare<{ host: string; project: string }, { total: number; done: number }>(
        `SELECT total, done FROM indexed_projects WHERE ${where}`,
      ),
      setMeta: db.prepare(`INSERT OR REPLACE INTO indexed_projects VALUES (@host, @project, @total, @done)`),
    };
  }

  get(id: string): ReleaseSummary | null {
    const row = this.s.get.get({ ...this.key, id });
    return row ? toSummary(row) : null;
  }

  byName(name: string): ReleaseSummary | null {
    const row = this.s.byName.get({ ...this.key, name });
    return row ? toSummary(row) : null;
  }

  /** Stores `versions`; the answer says, for each, whether it was new, changed or the same. */
  put(versions: ReleaseSummary[]): Array<'added' | 'changed' | 'same'> {
    return this.db.transaction(() =>
      versions.map((v) => {
        const old = this.get(v.id);
        if (old && JSON.stringify(old) === JSON.stringify(v)) return 'same';
        this.s.put.run({
          ...this.key,
          id: v.id,
          name: v.name,
          type: v.type,
          source: v.source,
          status: v.status,
          labels: JSON.stringify(v.labels),
          description: v.description,
          created_by: v.createdBy,
          created_at: v.createdAt,
        });
        return old ? 'changed' : 'added';
      }),
    )();
  }

  remove(id: string): void {
    this.s.del.run({ ...this.key, id });
  }

  count(): number {
    return this.s.count.get(this.key)?.n ?? 0;
  }

  list(query: VersionQuery): { items: ReleaseSummary[]; total: number } {
    const params = {
      ...this.key,
      q: query.q.trim().toLowerCase(),
      status: JSON.stringify(query.status),
      type: query.type,
      label: JSON.stringify(query.label),
    };
    const total = this.s.matchCount.get(params)?.n ?? 0;
    const offset = (query.page - 1) * query.size;
    const items =
      offset < total ? this.s.page.all({ ...params, limit: query.size, offset }).map(toSummary) : [];
    return { items, total };
  }

  /** Removes the versions created after `above` (ms; every one when < 0) not in `seen`; says which. */
  removeUnseen(seen: ReadonlySet<string>, above: number): Array<{ id: string; name: string }> {
    const gone = this.s.newer.all({ ...this.key, above }).filter(({ id }) => !seen.has(id));
    gone.forEach(({ id }) => this.remove(id));
    return gone;
  }

  /** The ids of the newest `size` versions, whatever their status. */
  newestIds(size: number): Set<string> {
    const query = { page: 1, size, q: '', status: [], type: '', label: [] };
    return new Set(this.list(query).items.map((v) => v.id));
  }

  /** Versions whose status still changes (Zadig: `creating`, `retrying`). */
  inFlight(): ReleaseSummary[] {
    return this.s.inFlight.all(this.key).map(toSummary);
  }

  labels(): string[] {
    return this.s.labels.all(this.key).map((r) => r.value);
  }

  meta(): ProjectMeta | null {
    const m = this.s.meta.get(this.key);
    return m ? { total: m.total, done: m.done === 1 } : null;
  }

  setMeta(meta: ProjectMeta): void {
    this.s.setMeta.run({ ...this.key, total: meta.total, done: meta.done ? 1 : 0 });
  }
}
