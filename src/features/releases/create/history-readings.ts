/**
 * What the wizard checks a new version against, read from the details of the project's latest versions:
 * the target images they push and the chart versions they push, each to the version that pushes it.
 */
import type { ReleaseDetail } from '../../../api/model';
import { usedChartVersions } from './chart-conflicts';
import { pushedTargets } from './pushed-targets';

export interface HistoryReadings {
  /** Target image key (`imageKey`) → the version that pushes it. */
  pushed: ReadonlyMap<string, string>;
  /** Chart key (`chartKey`) → the version that pushes it. */
  charts: ReadonlyMap<string, string>;
}

export function readingsOf(details: readonly ReleaseDetail[]): HistoryReadings {
  return { pushed: pushedTargets(details), charts: usedChartVersions(details) };
}

/**
 * What was read before with what was read again on top: a later reading names the version that pushes
 * an image or chart now; what only the earlier one had (the base version, read once) still counts.
 */
export function mergeReadings(before: HistoryReadings, again: HistoryReadings): HistoryReadings {
  return {
    pushed: new Map([...before.pushed, ...again.pushed]),
    charts: new Map([...before.charts, ...again.charts]),
  };
}
