import type { ReleaseService } from '../../../api/model';

/** A Helm version's service that pushed `chartName` at `chartVersion` (for chart-history tests). */
export function helmService(serviceName: string, chartName: string, chartVersion: string): ReleaseService {
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
