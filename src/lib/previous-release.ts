/**
 * The one rule for "what changed since the last release": a version is compared with the newest
 * version created before it that finished successfully and has the same type (a K8s YAML version is
 * never the base of a Helm one). A failed, creating or retrying version is never a release, so it is
 * never the base. Zadig's status words: pkg/setting/consts.go (v5.0.0, `DeliveryVersionStatusSuccess =
 * "success"`). The server is asked for the candidates with `releaseBaseFilters`; lists are newest first,
 * as every list of versions is.
 */
import type { ReleaseSummary } from '../api/model';

type Side = Pick<ReleaseSummary, 'name' | 'type' | 'status' | 'createdAt'>;

/** The list filters that leave only versions that may be a base for `target`. */
export function releaseBaseFilters(target: Pick<Side, 'type'>): { status: string[]; type: string } {
  return { status: ['success'], type: target.type };
}

/** Whether `candidate` may be the base that `target` is compared with (created before it, or at once). */
export function isReleaseBaseFor(candidate: Side, target: Side): boolean {
  return (
    candidate.status === 'success' &&
    candidate.type === target.type &&
    candidate.name !== target.name &&
    (candidate.createdAt ?? 0) <= (target.createdAt ?? Infinity)
  );
}

/**
 * In a newest-first list: the newest version that may be the base of `target`, looking only at the
 * versions after `target` when the list holds it (the list's order decides between equal times).
 */
export function lastReleaseBefore<T extends Side>(versions: readonly T[], target: Side): T | null {
  const at = versions.findIndex((v) => v.name === target.name);
  return versions.slice(at + 1).find((v) => isReleaseBaseFor(v, target)) ?? null;
}
