/**
 * What earlier versions of the project suggest: labels in use, chart repositories, and the next chart
 * version of each chart. Pure functions over the versions already read.
 */
import type { Registry, ReleaseDetail, ReleaseSummary } from '../../../api/model';
import SemVer from 'semver/classes/semver';
import parse from 'semver/functions/parse';

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
  /** The next patch of `latest` (of the one before, for a chart shared in the version), or null. */
  next: string | null;
  /** How many services of the version use this chart (1 when none other does). */
  shared?: number;
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
 * Suggestions for several services of one version, one story per chart: every service of `general-chart`
 * is told the same latest version of `general-chart` in the project (the project's own, never one
 * suggested for another service). When several services of the version share a chart, each still gets
 * a version of its own (2.8.2, 2.8.3, … in service order), so that no chart version is pushed twice;
 * `shared` says how many services share it.
 */
export function suggestChartVersions(
  history: ChartHistory,
  services: ReadonlyArray<{ serviceName: string; chartName?: string }>,
): ChartVersionSuggestion[] {
  const base = services.map(({ serviceName, chartName }) =>
    suggestChartVersion(history, serviceName, chartName),
  );
  const count = new Map<string, number>();
  for (const s of base) count.set(s.chart, (count.get(s.chart) ?? 0) + 1);
  const lastGiven = new Map<string, string>();
  return base.map((s) => {
    const shared = count.get(s.chart) ?? 1;
    if (!s.latest || shared === 1) return { ...s, shared };
    const next = bumpPatch(lastGiven.get(s.chart) ?? s.latest);
    if (next) lastGiven.set(s.chart, next);
    return { ...s, next, shared };
  });
}

export interface RegistrySuggestion {
  registryId: string;
  /** The Helm version that used it last. */
  version: string;
}

/**
 * The image registry the project's Helm versions used most recently (one the console still knows), or
 * null when none did: the wizard then falls back to the default registry.
 */
export function helmRegistrySuggestion(
  details: readonly ReleaseDetail[],
  registries: readonly Registry[],
): RegistrySuggestion | null {
  const known = new Set(registries.map((r) => r.id));
  const newestFirst = [...details]
    .filter((d) => d.type === 'HelmChart')
    .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
  const hit = newestFirst.find((d) => known.has(d.imageRegistryId));
  return hit ? { registryId: hit.imageRegistryId, version: hit.name } : null;
}

/**
 * Helm chart versions are read with `semver` (strict SemVer 2.0.0, a leading `v` allowed) plus what
 * Zadig stores in practice: two-part versions such as `1.83`, read as `1.83.0`. A `v` the text started
 * with is kept in a suggestion. `1.83` / `v1.83-rc.1` → `1.83.0` / `v1.83.0-rc.1`; else unchanged.
 */
const withPatch = (text: string) => text.replace(/^(v?\d+\.\d+)(?=$|[-+])/, '$1.0');

function parseChartVersion(text: string): SemVer | null {
  return parse(withPatch(text.trim()));
}

export function isChartVersion(text: string): boolean {
  return parseChartVersion(text) !== null;
}

/** The highest of the given texts that parse as versions, or null. */
export function latestChartVersion(texts: Iterable<string>): string | null {
  let best: { text: string; v: SemVer } | null = null;
  for (const text of texts) {
    const v = parseChartVersion(text);
    if (v && (!best || v.compare(best.v) > 0)) best = { text: text.trim(), v };
  }
  return best?.text ?? null;
}

/**
 * The next patch version: `1.2.3` → `1.2.4`, `v1.2.3` → `v1.2.4`, `1.83` → `1.83.1`,
 * `1.2.3-rc.1` → `1.2.3` (the release of that pre-release). Null when the text is not a version.
 */
export function bumpPatch(text: string): string | null {
  const v = parseChartVersion(text);
  if (!v || v.patch >= Number.MAX_SAFE_INTEGER) return null;
  const prefix = text.trim().startsWith('v') ? 'v' : '';
  return `${prefix}${v.inc('patch').version}`;
}
