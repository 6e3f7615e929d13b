/** The shape of the wizard's read of a project's versions (`releaseQueries.everyVersionKey`). */
import type { ReleaseSummary } from '../../../api/model';

/** The versions the wizard looked at, newest first, and whether they are the whole project. */
export interface VersionHistory {
  versions: ReleaseSummary[];
  /** How many versions the project has (the server's own count). */
  total: number;
  /** `versions` is every version of the project. */
  complete: boolean;
}

export function isVersionHistory(data: unknown): data is VersionHistory {
  const h = data as Partial<VersionHistory> | null | undefined;
  return (
    typeof h === 'object' &&
    h !== null &&
    Array.isArray(h.versions) &&
    typeof h.total === 'number' &&
    typeof h.complete === 'boolean'
  );
}
