import { describe, expect, it } from 'vitest';
import type { ReleaseDetail, ReleaseService, ReleaseSummary } from '../../../api/model';
import {
  allocateChartVersions,
  chartHistory,
  chartRepoSuggestions,
  labelSuggestions,
  suggestChartVersion,
} from './history';

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

function svc(serviceName: string, chartName: string, chartVersion: string): ReleaseService {
  return {
    serviceName,
    chartName,
    chartVersion,
    chartStatus: 'passed',
    yamlContent: '',
    error: '',
    images: [],
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
    detail(1, 'r', [svc('service1', 'general-chart', '1.83'), svc('service3', 'service3', '3.4.13')]),
    detail(2, 'r', [svc('service2', 'general-chart', '3.4.6'), svc('service3', 'service3', '3.4.9')]),
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

describe('allocateChartVersions', () => {
  it('gives services sharing a chart distinct versions', () => {
    const history = chartHistory([
      detail(1, 'r', [svc('a', 'general-chart', '2.8.1'), svc('b', 'general-chart', '2.8.0')]),
    ]);
    const out = allocateChartVersions(history, [
      { serviceName: 'a' },
      { serviceName: 'solo' },
      { serviceName: 'b' },
    ]);
    expect(out.map((o) => o.next)).toEqual(['2.8.2', null, '2.8.3']);
    expect(out[2]).toMatchObject({ chart: 'general-chart', latest: '2.8.2' });
  });
});
