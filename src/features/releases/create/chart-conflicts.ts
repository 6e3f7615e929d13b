/**
 * Chart versions other Helm versions of the project already push, and the services of the form that
 * would push one of them again. Zadig does not check: it sets the chart's version to the one asked for
 * and pushes it to the repository (koderover/zadig pkg/microservice/aslan/core/delivery/service/
 * version_v2.go, pushDeliveryChartFromEnv / pushDeliveryChartFromVersion), so the chart the other
 * version points to is replaced. A version without a chart repository pushes no chart.
 */
import type { ReleaseDetail } from '../../../api/model';
import { includedServices, type WizardForm } from './form-model';
import { suggestChartVersion, suggestChartVersions, type ChartHistory } from './history';

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

/** The included services of a Helm form whose chart version another version already pushes. */
export function chartConflicts(
  form: WizardForm,
  history: ChartHistory | undefined,
  used: ReadonlyMap<string, string>,
): ChartConflict[] {
  if (form.type !== 'HelmChart' || !form.chartRepo.trim()) return [];
  const known = history ?? { latestByChart: new Map(), chartOfService: new Map() };
  const suggested = suggestChartVersions(known, form.services);
  return includedServices(form).flatMap(({ service, index }) => {
    const { chart } = suggestChartVersion(known, service.serviceName, service.chartName);
    const version = used.get(chartKey(form.chartRepo, chart, service.chartVersion));
    if (!version || !service.chartVersion.trim()) return [];
    const next = suggested[index]?.next ?? null;
    const { serviceName, chartVersion } = service;
    return [
      { serviceIndex: index, service: serviceName, chart, chartVersion: chartVersion.trim(), version, next },
    ];
  });
}
