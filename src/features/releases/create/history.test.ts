import { describe, expect, it } from 'vitest';
import type { Registry, ReleaseDetail, ReleaseService, ReleaseSummary } from '../../../api/model';
import {
  chartHistory,
  chartRepoSuggestions,
  helmRegistrySuggestion,
  labelSuggestions,
  suggestChartVersion,
  suggestChartVersions,
} from './history';
import { helmService } from '../testing/helm-service';

function summary(labels: string[]): ReleaseSummary {
  return {
    id: 'x',
    name: 'x',
    type: 'HelmChart',
    source: 'manual',
    status: 'success',
    labels,
    description: '',
    createdBy: '',
    createdAt: 1,
  };
}

function detail(createdAt: number, chartRepoName: string, services: ReleaseService[]): ReleaseDetail {
  return {
    ...summary([]),
    createdAt,
    projectKey: 'p',
    envName: '',
    production: false,
    error: '',
    imageRegistryId: '',
    chartRepoName,
    services,
  };
}

describe('labelSuggestions', () => {
  it('lists labels by use, once each', () => {
    expect(
      labelSuggestions([summary(['qa', 'stable']), summary(['stable', 'stable']), summary([' ', 'hotfix'])]),
    ).toEqual(['stable', 'hotfix', 'qa']);
  });
});

describe('chartRepoSuggestions', () => {
  it('orders chart repositories by most recent use', () => {
    const details = [detail(1, 'old', []), detail(3, 'new', []), detail(2, 'old', []), detail(4, '', [])];
    expect(chartRepoSuggestions(details)).toEqual(['new', 'old']);
  });
});

describe('suggestChartVersion', () => {
  const history = chartHistory([
    detail(1, 'r', [
      helmService('service1', 'general-chart', '1.83'),
      helmService('service3', 'service3', '3.4.13'),
    ]),
    detail(2, 'r', [
      helmService('service2', 'general-chart', '3.4.6'),
      helmService('service3', 'service3', '3.4.9'),
    ]),
  ]);

  it('bumps the latest version of the chart across services and versions', () => {
    expect(suggestChartVersion(history, 'service1')).toEqual({
      chart: 'general-chart',
      latest: '3.4.6',
      next: '3.4.7',
    });
    expect(suggestChartVersion(history, 'service3')).toEqual({
      chart: 'service3',
      latest: '3.4.13',
      next: '3.4.14',
    });
  });

  it('uses a known chart name, and suggests nothing for a chart never released', () => {
    expect(suggestChartVersion(history, 'other', 'general-chart').next).toBe('3.4.7');
    expect(suggestChartVersion(history, 'brand-new')).toEqual({
      chart: 'brand-new',
      latest: null,
      next: null,
    });
  });
});

describe('suggestChartVersions', () => {
  const history = chartHistory([
    detail(1, 'r', [helmService('a', 'general-chart', '2.8.1'), helmService('b', 'general-chart', '2.8.0')]),
    detail(2, 'r', [helmService('c', 'general-chart', '2.7.9'), helmService('d', 'billing', '1.4.0')]),
  ]);

  it('tells every service of a chart the same latest version: the project’s own', () => {
    const out = suggestChartVersions(history, [
      { serviceName: 'a' },
      { serviceName: 'solo' },
      { serviceName: 'b' },
      { serviceName: 'from-env', chartName: 'general-chart' },
    ]);
    expect(out.map((o) => o.latest)).toEqual(['2.8.1', null, '2.8.1', '2.8.1']);
    expect(out.map((o) => o.chart)).toEqual(['general-chart', 'solo', 'general-chart', 'general-chart']);
    // Each service of the shared chart still gets a version of its own: none is pushed twice.
    expect(out.map((o) => o.next)).toEqual(['2.8.2', null, '2.8.3', '2.8.4']);
    expect(out.map((o) => o.shared)).toEqual([3, 1, 3, 3]);
  });

  it('a chart used by one service: its next patch', () => {
    expect(suggestChartVersions(history, [{ serviceName: 'd' }, { serviceName: 'a' }])).toEqual([
      { chart: 'billing', latest: '1.4.0', next: '1.4.1', shared: 1 },
      { chart: 'general-chart', latest: '2.8.1', next: '2.8.2', shared: 1 },
    ]);
  });

  it('whatever the order of the services, the latest is the same and the versions are distinct', () => {
    const backward = suggestChartVersions(history, [{ serviceName: 'b' }, { serviceName: 'a' }]);
    expect(backward.map((o) => o.latest)).toEqual(['2.8.1', '2.8.1']);
    expect(new Set(backward.map((o) => o.next)).size).toBe(2);
  });
});

describe('helmRegistrySuggestion', () => {
  const registries: Registry[] = [
    { id: 'default', address: 'https://a', provider: '', region: '', namespace: 'x', isDefault: true },
    { id: 'helm-reg', address: 'https://b', provider: '', region: '', namespace: 'y', isDefault: false },
    { id: 'older', address: 'https://c', provider: '', region: '', namespace: 'z', isDefault: false },
  ];
  const helm = (createdAt: number, imageRegistryId: string, name = `v${createdAt}`): ReleaseDetail => ({
    ...detail(createdAt, 'r', []),
    name,
    imageRegistryId,
  });

  it('is the registry of the most recent Helm version, not the default', () => {
    expect(
      helmRegistrySuggestion([helm(1, 'older'), helm(3, 'helm-reg', 'v3'), helm(2, 'older')], registries),
    ).toEqual({
      registryId: 'helm-reg',
      version: 'v3',
    });
  });

  it('skips K8s versions and registries the console no longer knows; none without Helm history', () => {
    const k8s = { ...helm(9, 'default'), type: 'K8SYaml' };
    expect(helmRegistrySuggestion([k8s, helm(5, 'gone'), helm(4, 'older', 'v4')], registries)).toEqual({
      registryId: 'older',
      version: 'v4',
    });
    expect(helmRegistrySuggestion([k8s], registries)).toBeNull();
    expect(helmRegistrySuggestion([], registries)).toBeNull();
  });
});
