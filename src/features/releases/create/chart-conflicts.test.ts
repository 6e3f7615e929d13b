/**
 * Chart versions another version pushes, keyed by repository, chart and version. That Zadig pushes a
 * chart version again without asking was checked against koderover/zadig
 * pkg/microservice/aslan/core/delivery/service/version_v2.go (pushDeliveryChartFromEnv).
 */
import { describe, expect, it } from 'vitest';
import type { ReleaseDetail, ReleaseService } from '../../../api/model';
import { chartConflicts, usedChartVersions } from './chart-conflicts';
import { emptyForm, emptyService, type WizardForm } from './form-model';
import { chartHistory } from './history';
import { helmService } from '../testing/helm-service';

function helm(name: string, createdAt: number, repo: string, services: ReleaseService[]): ReleaseDetail {
  return {
    id: name,
    name,
    type: 'HelmChart',
    source: 'from_env',
    status: 'creating',
    labels: [],
    description: '',
    createdBy: '',
    createdAt,
    projectKey: 'helm',
    envName: 'staging',
    production: false,
    error: '',
    imageRegistryId: 'r',
    chartRepoName: repo,
    services,
  };
}

const details = [
  helm('v1', 1, 'charts', [
    helmService('pay', 'general-chart', '2.8.1'),
    helmService('billing', 'billing', '1.0.0'),
  ]),
  helm('v2', 2, 'charts', [
    helmService('pay', 'general-chart', '2.8.2'),
    helmService('ledger', 'general-chart', '2.8.3'),
  ]),
  helm('elsewhere', 3, 'other-charts', [helmService('pay', 'general-chart', '2.8.4')]),
  helm('no-repo', 4, '', [helmService('pay', 'general-chart', '2.8.5')]),
];

function form(over: Partial<WizardForm>, versions: Array<[string, string]>): WizardForm {
  return {
    ...emptyForm('HelmChart', 'r'),
    chartRepo: 'charts',
    ...over,
    services: versions.map(([name, chartVersion]) => ({ ...emptyService(name), chartVersion })),
  };
}

describe('usedChartVersions', () => {
  it('keys each pushed chart version by repository, chart and version; no repository pushes none', () => {
    const used = usedChartVersions(details);
    expect([...used.values()].sort()).toEqual(['elsewhere', 'v1', 'v1', 'v2', 'v2']);
  });
});

describe('chartConflicts', () => {
  const history = chartHistory(details);
  const used = usedChartVersions(details);

  it('names the version that pushes the chart version, with a free one suggested now', () => {
    // The project's suggestion for pay is 2.8.6 (after 2.8.5), but ledger, of the same chart, is given
    // 2.8.6 here: taking it would give general-chart 2.8.6 twice, so 2.8.7 is suggested.
    const f = form({}, [
      ['pay', '2.8.3'],
      ['billing', '1.0.1'],
      ['ledger', '2.8.6'],
    ]);
    expect(chartConflicts(f, history, used)).toEqual([
      {
        serviceIndex: 0,
        service: 'pay',
        chart: 'general-chart',
        chartVersion: '2.8.3',
        version: 'v2',
        next: '2.8.7',
      },
    ]);
  });

  it('does not count a version pushed to another repository, an excluded service, or no repository', () => {
    const f = form({}, [['pay', '2.8.4']]);
    expect(chartConflicts(f, history, used)).toEqual([]);
    const excluded = form({}, [['pay', '2.8.2']]);
    excluded.services[0]!.included = false;
    expect(chartConflicts(excluded, history, used)).toEqual([]);
    expect(chartConflicts(form({ chartRepo: ' ' }, [['pay', '2.8.2']]), history, used)).toEqual([]);
    expect(chartConflicts(form({ type: 'K8SYaml' }, [['pay', '2.8.2']]), history, used)).toEqual([]);
  });
});
