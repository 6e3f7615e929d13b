// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseService } from '../../../api/model';
import { LocaleProvider } from '../../../i18n/i18n';
import { compareReleases } from '../../../lib/compare-releases';
import { installDomShims } from '../testing/render-page';
import { ServiceRow } from './service-row';

beforeAll(installDomShims);
afterEach(cleanup);

const service = (serviceName: string, yamlContent = ''): ReleaseService => ({
  serviceName,
  chartName: '',
  chartVersion: '',
  chartStatus: '',
  yamlContent,
  error: '',
  images: [],
});

const version = (services: ReleaseService[]) => ({
  name: 'v',
  type: 'K8SYaml',
  envName: '',
  source: 'manual',
  description: '',
  labels: [],
  services,
});

function renderRow(kind: string) {
  const comparison = compareReleases(
    version([service('kept')]),
    version([service('kept'), service('added')]),
  );
  const row = comparison.services.find((s) => s.serviceName === kind)!;
  render(
    <LocaleProvider initial="en-US">
      <table>
        <tbody>
          <ServiceRow
            {...{ service: row, helm: false, open: false, onToggle: () => undefined, unified: false }}
            {...{ baseName: 'a', headName: 'b', cell: {}, columns: 5, containers: false }}
          />
        </tbody>
      </table>
    </LocaleProvider>,
  );
}

describe('a service row of the comparison', () => {
  it('never calls the YAML of a service on one side only "the same"', () => {
    renderRow('added');
    expect(screen.queryByText('Same YAML')).toBeNull();
  });

  it('says the YAML is the same for a service on both sides', () => {
    renderRow('kept');
    expect(screen.getByText('Same YAML')).toBeTruthy();
  });
});
