/**
 * The answers a first visit reads (a page of versions, the projects, the server's health), read by
 * hand instead of with zod, so that the version list's first load carries no validator. They accept
 * and give exactly what the schemas in `wire.ts` do (a property test holds them to it); every other
 * answer is read with those schemas (`normalise.ts`).
 */
import { parseResponse, type ReadIssue, type Schema } from './client';
import type { Project, ReleasePage, ReleaseSummary } from './model';
import type { HealthResponse } from './wire';

type Path = PropertyKey[];

/** Thrown inside a reader; becomes the reader's failed result. */
class Mismatch {
  constructor(readonly issue: ReadIssue) {}
}

export function fail(path: Path, expected: string): never {
  throw new Mismatch({ code: 'invalid_type', expected, path, message: '' });
}

export function reader<T>(read: (json: unknown) => T): Schema<T> {
  return {
    safeParse(data) {
      try {
        return { success: true, data: read(data) };
      } catch (error) {
        if (error instanceof Mismatch) return { success: false, error: { issues: [error.issue] } };
        throw error;
      }
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function object(v: unknown, path: Path): Record<string, unknown> {
  return isObject(v) ? v : fail(path, 'object');
}

function string(v: unknown, path: Path): string {
  return typeof v === 'string' ? v : fail(path, 'string');
}

function nonEmpty(v: unknown, path: Path): string {
  const s = string(v, path);
  if (s.length === 0) throw new Mismatch({ code: 'too_small', minimum: 1, path, message: '' });
  return s;
}

/** A nullish text reads as ''. */
function text(v: unknown, path: Path): string {
  return v === null || v === undefined ? '' : string(v, path);
}

/** zod's numbers are finite. */
function number(v: unknown, path: Path): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'number');
}

function optionalNumber(v: unknown, path: Path): number | null | undefined {
  return v === null || v === undefined ? v : number(v, path);
}

function count(v: unknown, path: Path): number {
  if (!Number.isSafeInteger(v)) fail(path, 'int');
  const n = v as number;
  if (n < 0) throw new Mismatch({ code: 'too_small', minimum: 0, path, message: '' });
  return n;
}

/** A nullish list reads as []. */
function listOf<T>(v: unknown, path: Path, item: (v: unknown, path: Path) => T): T[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) fail(path, 'array');
  return v.map((each, i) => item(each, [...path, i]));
}

/** Zadig sends unix seconds; a few servers send milliseconds. Both become milliseconds. */
export function toMillis(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return null;
  const ms = value < 1e11 ? Math.round(value * 1000) : Math.round(value);
  // A tiny positive number rounds to 0 ms: that is no time either, not 1 January 1970.
  return ms > 0 ? ms : null;
}

function releaseItem(v: unknown, path: Path): ReleaseSummary {
  const o = object(v, path);
  const at = (key: string) => [...path, key];
  const item = {
    id: nonEmpty(o.id, at('id')),
    name: string(o.version_name, at('version_name')),
    type: text(o.type, at('type')),
    source: text(o.source, at('source')),
    status: text(o.status, at('status')),
    labels: listOf(o.labels, at('labels'), string),
    description: text(o.description, at('description')),
    createdBy: text(o.created_by, at('created_by')),
  };
  // Real servers (and the doc's example) send `create_time`; the doc's table says `created_time`.
  const created = optionalNumber(o.create_time, at('create_time'));
  const documented = optionalNumber(o.created_time, at('created_time'));
  return { ...item, createdAt: toMillis(created ?? documented) };
}

/** Same as `releaseListResponseSchema`, normalised. */
export const releasePageReader = reader((json): ReleasePage => {
  const o = object(json, []);
  const items = listOf(o.list, ['list'], releaseItem);
  const total = count(o.total, ['total']);
  return { items, total: Math.max(total, items.length) };
});

/** Same as `projectListResponseSchema`, normalised. */
export const projectListReader = reader((json): { total: number; projects: Project[] } => {
  const o = object(json, []);
  const total = count(o.total, ['total']);
  const projects = listOf(o.projects, ['projects'], (v, path) => {
    const p = object(v, path);
    const key = nonEmpty(p.project_key, [...path, 'project_key']);
    const name = text(p.project_name, [...path, 'project_name']);
    return {
      key,
      name: name || key,
      description: text(p.description, [...path, 'description']),
      deployType: text(p.deploy_type, [...path, 'deploy_type']),
    };
  });
  return { total, projects };
});

function oneOf<const T extends string>(v: unknown, path: Path, values: readonly T[]): T {
  if ((values as readonly unknown[]).includes(v)) return v as T;
  throw new Mismatch({ code: 'invalid_value', values, path, message: '' });
}

/** Same as `healthResponseSchema`. */
export const healthReader = reader((json): HealthResponse => {
  const o = object(json, []);
  const health: HealthResponse = { mode: oneOf(o.mode, ['mode'], ['sandbox', 'proxy'] as const) };
  if (o.zadigHost !== undefined) health.zadigHost = string(o.zadigHost, ['zadigHost']);
  if (o.upstream !== undefined)
    health.upstream = oneOf(o.upstream, ['upstream'], ['ok', 'unreachable', 'not-applicable'] as const);
  if (o.serverToken !== undefined)
    health.serverToken =
      typeof o.serverToken === 'boolean' ? o.serverToken : fail(['serverToken'], 'boolean');
  return health;
});

export function normaliseReleasePage(json: unknown): ReleasePage {
  return parseResponse(releasePageReader, json);
}

export function normaliseProjects(json: unknown): { total: number; projects: Project[] } {
  return parseResponse(projectListReader, json);
}
