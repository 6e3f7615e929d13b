/**
 * The one rule for "what changed since the last release": a version is compared with the newest
 * version created before it that finished successfully and has the same type (a K8s YAML version is
 * never the base of a Helm one). A failed, creating or retrying version is never a release, so it is
 * never the base. Zadig's status words: pkg/setting/consts.go (v5.0.0, `DeliveryVersionStatusSuccess =
 * "success"`). Pure: lists are newest first, as the list API returns them.
 */
import type { ReleaseSummary } from '../api/model';

type Side = Pick<ReleaseSummary, 'name' | 'type' | 'status'>;

/** Whether `candidate` may be the base that `target` is compared with. */
export function isReleaseBaseFor(candidate: Side, target: Side): boolean {
  return candidate.status === 'success' && candidate.type === target.type && candidate.name !== target.name;
}

/**
 * In a newest-first list: the last successful version of the same type created before `target`,
 * looking only at the versions after it; null when the list holds none.
 */
export function lastReleaseBefore<T extends Side>(olderVersions: readonly T[], target: Side): T | null {
  return olderVersions.find((v) => isReleaseBaseFor(v, target)) ?? null;
}

/** In a newest-first list that holds `name`: the version, and the last release before it (or null). */
export function findReleaseBase<T extends Side>(
  versions: readonly T[],
  name: string,
): { target: T; base: T | null } | null {
  const at = versions.findIndex((v) => v.name === name);
  if (at < 0) return null;
  const target = versions[at]!;
  return { target, base: lastReleaseBefore(versions.slice(at + 1), target) };
}
