/**
 * What earlier versions of the project suggest: labels in use, chart repositories, and the next chart
 * version of each chart. Pure functions over the versions already read.
 */
import type { ReleaseDetail, ReleaseSummary } from '../../../api/model';
import { bumpPatch, compareChartVersions, latestChartVersion, parseChartVersion } from '../../../lib/semver';

/** Labels used in the project, most used first (ties alphabetically). */
export function labelSuggestions(versions: readonly ReleaseSummary[]): string[] {
  const counts = new Map<string, number>();
  for (const v of versions) {
    for (const label of new Set(v.labels)) {
      const l = label.trim();
      if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l]) => l);
}

/** Chart repositories of earlier Helm versions, most recent first. */
export function chartRepoSuggestions(details: readonly ReleaseDetail[]): string[] {
  const sorted = [...details].sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
  return [...new Set(sorted.map((d) => d.chartRepoName.trim()).filter(Boolean))];
}

export interface ChartHistory {
  /** Highest chart version seen per chart name. */
  latestByChart: ReadonlyMap<string, string>;
  /** Chart name per service name (the most recent version that had the service wins). */
  chartOfService: ReadonlyMap<string, string>;
}

export function chartHistory(details: readonly ReleaseDetail[]): ChartHistory {
  const versionsByChart = new Map<string, string[]>();
  const chartOfService = new Map<string, string>();
  const sorted = [...details].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
  for (const d of sorted) {
    for (const s of d.services) {
      const chart = s.chartName.trim() || s.serviceName;
      chartOfService.set(s.serviceName, chart);
      if (s.chartVersion.trim())
        versionsByChart.set(chart, [...(versionsByChart.get(chart) ?? []), s.chartVersion]);
    }
  }
  const latestByChart = new Map<string, string>();
  for (const [chart, versions] of versionsByChart) {
    const latest = latestChartVersion(versions);
    if (latest) latestByChart.set(chart, latest);
  }
  return { latestByChart, chartOfService };
}

export interface ChartVersionSuggestion {
  chart: string;
  /** The latest version of the chart in the project, or null when it has none. */
  latest: string | null;
  /** The next patch of `latest`, or null. */
  next: string | null;
}

/** The chart of a service and its next patch version, from the project's history. */
export function suggestChartVersion(
  history: ChartHistory,
  serviceName: string,
  chartName = '',
): ChartVersionSuggestion {
  const chart = chartName.trim() || history.chartOfService.get(serviceName) || serviceName;
  const latest = history.latestByChart.get(chart) ?? null;
  return { chart, latest, next: latest ? bumpPatch(latest) : null };
}

/**
 * Suggestions for several services of one version: services that share a chart get distinct versions
 * (the second `general-chart` gets the patch after the first's), so no chart version is pushed twice.
 */
export function allocateChartVersions(
  history: ChartHistory,
  services: ReadonlyArray<{ serviceName: string; chartName?: string }>,
): ChartVersionSuggestion[] {
  const taken = new Map<string, string>();
  return services.map(({ serviceName, chartName }) => {
    const base = suggestChartVersion(history, serviceName, chartName);
    const previous = taken.get(base.chart);
    let latest = base.latest;
    if (previous) {
      const a = parseChartVersion(previous);
      const b = latest ? parseChartVersion(latest) : null;
      if (a && (!b || compareChartVersions(a, b) > 0)) latest = previous;
    }
    const next = latest ? bumpPatch(latest) : null;
    if (next) taken.set(base.chart, next);
    return { chart: base.chart, latest, next };
  });
}
