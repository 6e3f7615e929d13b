/**
 * Chart versions other Helm versions of the project already push, and the services of the form that
 * would push one of them again. Zadig does not check: it sets the chart's version to the one asked for
 * and pushes it to the repository (koderover/zadig pkg/microservice/aslan/core/delivery/service/
 * version_v2.go, pushDeliveryChartFromEnv / pushDeliveryChartFromVersion), so the chart the other
 * version points to is replaced. A version without a chart repository pushes no chart.
 */
import type { ReleaseDetail } from '../../../api/model';
import { includedServices, type WizardForm } from './form-model';
import { suggestChartVersion, suggestChartVersions, type ChartHistory, bumpPatch } from './history';

const NO_HISTORY: ChartHistory = { latestByChart: new Map(), chartOfService: new Map() };

/** Where a chart version lives: repository, chart, version (as written). */
export function chartKey(repo: string, chart: string, version: string): string {
  return `${repo.trim()}\n${chart.trim()}\n${version.trim()}`;
}

/** Every chart version pushed by the given Helm versions → the (most recent) version that pushes it. */
export function usedChartVersions(details: readonly ReleaseDetail[]): Map<string, string> {
  const out = new Map<string, string>();
  const oldestFirst = [...details].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
  for (const d of oldestFirst) {
    if (d.type !== 'HelmChart' || !d.chartRepoName.trim()) continue;
    for (const s of d.services) {
      if (!s.chartVersion.trim()) continue;
      out.set(chartKey(d.chartRepoName, s.chartName.trim() || s.serviceName, s.chartVersion), d.name);
    }
  }
  return out;
}

export interface ChartConflict {
  serviceIndex: number;
  service: string;
  chart: string;
  chartVersion: string;
  /** The version that already pushes this chart version. */
  version: string;
  /** The chart version the project's history now suggests for this service, or null. */
  next: string | null;
}

/**
 * The included services of a Helm form whose chart version another version already pushes. `next` is
 * the project's suggestion for the service, moved on past versions that are pushed already or that
 * another service of the form gives the same chart, so that taking it solves the conflict.
 */
export function chartConflicts(
  form: WizardForm,
  history: ChartHistory | undefined,
  used: ReadonlyMap<string, string>,
): ChartConflict[] {
  if (form.type !== 'HelmChart' || !form.chartRepo.trim()) return [];
  const known = history ?? NO_HISTORY;
  const suggested = suggestChartVersions(known, form.services);
  const given = includedServices(form).map(({ service, index }) => ({
    index,
    chart: suggestChartVersion(known, service.serviceName, service.chartName).chart,
    chartVersion: service.chartVersion.trim(),
  }));
  const taken = (at: number, chart: string, v: string) =>
    used.has(chartKey(form.chartRepo, chart, v)) ||
    given.some((g) => g.index !== at && g.chart === chart && g.chartVersion === v.trim());
  return given.flatMap(({ index, chart, chartVersion }) => {
    const version = used.get(chartKey(form.chartRepo, chart, chartVersion));
    if (!version || !chartVersion) return [];
    let next = suggested[index]?.next ?? null;
    while (next && taken(index, chart, next)) next = bumpPatch(next);
    const service = form.services[index]?.serviceName ?? '';
    return [{ serviceIndex: index, service, chart, chartVersion, version, next }];
  });
}

export interface RepeatedChartVersion {
  serviceIndex: number;
  service: string;
  chart: string;
  chartVersion: string;
  /** The service before it in the form that already gives its chart this version. */
  first: string;
}

/**
 * The included services of a Helm form that give their chart a version another service of the form
 * already gives it. With a chart repository Zadig would push that chart version twice, the second over
 * the first; without one, the version would hold two different charts under one name and version.
 */
export function repeatedChartVersions(
  form: Pick<WizardForm, 'type' | 'services'>,
  history: ChartHistory | undefined,
): RepeatedChartVersion[] {
  if (form.type !== 'HelmChart') return [];
  const known = history ?? NO_HISTORY;
  const firstOf = new Map<string, string>();
  return includedServices(form).flatMap(({ service, index }) => {
    const chartVersion = service.chartVersion.trim();
    if (!chartVersion) return [];
    const { chart } = suggestChartVersion(known, service.serviceName.trim(), service.chartName);
    const key = chartKey('', chart, chartVersion);
    const name = service.serviceName.trim() || `#${index + 1}`;
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, name);
      return [];
    }
    return [{ serviceIndex: index, service: name, chart, chartVersion, first }];
  });
}
