/**
 * The sandbox's `VersionSource`: answers from its SQLite database. Every filter is one SQL statement
 * (name contains, case-insensitive; status in; type equals; every label, through `json_each` over the
 * labels' JSON text), newest first like the sandbox's `/openapi/delivery/releases`. The database is
 * the whole truth, so progress is always done. Changes come from the store and worker
 * (`sandbox/changes.ts`) as they happen: no polling.
 */
import type { ReleaseDetail, ReleaseSummary } from '../../src/api/model';
import { normaliseReleaseDetail } from '../../src/api/normalise';
import { ZadigError } from '../http';
import type { ReleaseChange } from '../sandbox/changes';
import type { SandboxDeps } from '../sandbox/routes';
import { tokenMatches } from '../sandbox/routes';
import { versionNotFound } from '../sandbox/releases';
import type { Db } from '../sandbox/db';
import { parseJson, type ReleaseRow, type ReleaseStore } from '../sandbox/store';
import type { Caller, IndexProgress, VersionEvent, VersionList, VersionQuery, VersionSource } from './source';

/**
 * JS's lower-casing, for names with a character beyond ASCII (SQLite's `lower()` folds ASCII only, and
 * is 7× cheaper): 'É' finds 'é' as the list page did.
 */
const LOWER = 'zrc_lower';

/** The labels' JSON text, or an empty list when a row holds something else. */
const LABELS = "CASE WHEN json_valid(r.labels) THEN r.labels ELSE '[]' END";

const MATCHES = `
  r.project_key = @project
  AND (@q = '' OR instr(lower(r.version_name), @q) > 0
    OR (r.version_name GLOB '*[^ -~]*' AND instr(${LOWER}(r.version_name), @q) > 0))
  AND (@status = '[]' OR r.status IN (SELECT value FROM json_each(@status)))
  AND (@type = '' OR r.type = @type)
  AND NOT EXISTS (
    SELECT 1 FROM json_each(@label) want
    WHERE want.value NOT IN (SELECT value FROM json_each(${LABELS})))`;

interface Params {
  project: string;
  q: string;
  status: string;
  type: string;
  label: string;
}

function labelsOf(row: ReleaseRow): string[] {
  const labels = parseJson<unknown>(row.labels, []);
  return Array.isArray(labels) ? labels.filter((l): l is string => typeof l === 'string') : [];
}

export function summaryOf(row: ReleaseRow): ReleaseSummary {
  return {
    id: row.id,
    name: row.version_name,
    type: row.type,
    source: row.source,
    status: row.status,
    labels: labelsOf(row),
    description: row.description,
    createdBy: row.created_by,
    // the sandbox stores unix seconds, as Zadig does
    createdAt: row.created_time > 0 ? row.created_time * 1000 : null,
  };
}

function unknownProject(project: string): ZadigError {
  return new ZadigError(404, {
    code: 404,
    message: 'Not Found',
    description: `project ${project} does not exist; pick one of GET /openapi/projects/project`,
  });
}

export interface SandboxSourceOptions {
  deps: SandboxDeps;
  /** SANDBOX_TOKEN: when set, callers must send `Authorization: Bearer <it>` (else 401, empty body). */
  sandboxToken?: string | undefined;
}

type Listener = (event: VersionEvent) => void;

/** The SQL of the list: matches, a page of them, the project's labels (cached until a change). */
class VersionQueries {
  private readonly stmts;
  private labelsAt = -1;
  private readonly labelCache = new Map<string, string[]>();

  constructor(
    db: Db,
    private readonly store: ReleaseStore,
  ) {
    db.function(LOWER, { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? value.toLowerCase() : value,
    );
    this.stmts = {
      count: db.prepare<Params, { n: number }>(`SELECT count(*) AS n FROM releases r WHERE ${MATCHES}`),
      page: db.prepare<Params & { limit: number; offset: number }, ReleaseRow>(
        `SELECT r.* FROM releases r WHERE ${MATCHES}
         ORDER BY r.created_time DESC, r.id DESC LIMIT @limit OFFSET @offset`,
      ),
      labels: db.prepare<[string], { value: string }>(
        `SELECT DISTINCT j.value AS value FROM releases r, json_each(${LABELS}) j
         WHERE r.project_key = ? AND j.type = 'text' ORDER BY j.value`,
      ),
    };
  }

  list(project: string, query: VersionQuery): { rows: ReleaseRow[]; total: number } {
    const params: Params = {
      project,
      q: query.q.trim().toLowerCase(),
      status: JSON.stringify(query.status),
      type: query.type,
      label: JSON.stringify(query.label),
    };
    const filtered = params.q !== '' || params.status !== '[]' || params.type !== '' || params.label !== '[]';
    // unfiltered: the project's count, kept by a trigger (a count(*) is a pass over the versions)
    const total = filtered ? (this.stmts.count.get(params)?.n ?? 0) : this.store.total(project);
    const offset = (query.page - 1) * query.size;
    const rows = offset < total ? this.stmts.page.all({ ...params, limit: query.size, offset }) : [];
    return { rows, total };
  }

  /**
   * A project's labels cost a pass over its versions (8 ms for 10,000): kept until the store or the
   * worker next tells of a change (every write of a version goes through them).
   */
  labels(project: string): string[] {
    const at = this.store.changes.count;
    if (at !== this.labelsAt) this.labelCache.clear();
    this.labelsAt = at;
    let labels = this.labelCache.get(project);
    if (!labels) {
      labels = this.stmts.labels.all(project).map((r) => r.value);
      this.labelCache.set(project, labels);
    }
    return labels;
  }
}

class SandboxVersionSource implements VersionSource {
  private readonly queries: VersionQueries;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly stopListening: () => void;

  constructor(
    private readonly deps: SandboxDeps,
    private readonly sandboxToken: string | undefined,
  ) {
    this.queries = new VersionQueries(deps.db, deps.store);
    this.stopListening = deps.store.changes.listen((change) => this.tell(change));
  }

  async authorise(project: string, caller: Caller): Promise<void> {
    if (this.sandboxToken && !tokenMatches(caller.authorization, this.sandboxToken)) {
      throw new ZadigError(401, null);
    }
    if (!this.deps.reference.project(project)) throw unknownProject(project);
  }

  async list(project: string, query: VersionQuery): Promise<VersionList> {
    const { rows, total } = this.queries.list(project, query);
    return {
      items: rows.map(summaryOf),
      total,
      labels: this.queries.labels(project),
      progress: this.progress(project),
    };
  }

  async detail(project: string, name: string): Promise<ReleaseDetail> {
    const { store } = this.deps;
    const row = store.rowByName(project, name);
    if (!row) throw versionNotFound(`version ${name} of project ${project}`);
    return normaliseReleaseDetail(store.detail(row), { id: row.id, projectKey: project });
  }

  subscribe(project: string, listener: Listener): () => void {
    const set = this.listeners.get(project) ?? new Set();
    this.listeners.set(project, set);
    set.add(listener);
    listener({ type: 'progress', progress: this.progress(project) });
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(project) === set) this.listeners.delete(project);
    };
  }

  /** The store tells of every write as it happens. */
  touched(): void {}

  async close(): Promise<void> {
    this.stopListening();
    this.listeners.clear();
  }

  private progress(project: string): IndexProgress {
    const total = this.deps.store.total(project);
    return { loaded: total, total, done: true };
  }

  private tell(change: ReleaseChange): void {
    const listeners = this.listeners.get(change.projectKey);
    if (!listeners?.size) return;
    const event = this.eventOf(change);
    if (!event) return;
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // one subscriber's failure (a connection gone) is not the others' or the writer's
      }
    }
  }

  private eventOf(change: ReleaseChange): VersionEvent | null {
    const row = this.deps.store.row(change.id);
    if (change.kind === 'removed') {
      // a delete whose transaction rolled back: still there, nothing to tell
      return row ? null : { type: 'removed', id: change.id, name: change.name };
    }
    // an insert whose transaction rolled back, or a version deleted since: nothing to tell
    if (!row) return null;
    return { type: change.kind, version: summaryOf(row) };
  }
}

export function sandboxSource({ deps, sandboxToken }: SandboxSourceOptions): VersionSource {
  return new SandboxVersionSource(deps, sandboxToken);
}
