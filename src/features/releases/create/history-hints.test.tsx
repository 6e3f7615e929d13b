// @vitest-environment jsdom
/**
 * What the wizard says about the project's history it read: that a check looked at only part of it
 * (names, pushed images, chart versions), and the chart versions and registry it suggests from it, in
 * both languages.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntdApp } from 'antd';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Registry, ReleaseDetail, ReleaseService } from '../../../api/model';
import { LocaleProvider, type Locale } from '../../../i18n/i18n';
import { CreateWizard, type WizardScopes } from './create-wizard';
import { emptyForm, emptyService, type WizardForm, initialForm } from './form-model';
import { usedChartVersions } from './chart-conflicts';
import { chartHistory, helmRegistrySuggestion, type RegistrySuggestion } from './history';
import { installDomShims } from '../testing/render-page';
import { helmService } from '../testing/helm-service';

const registries: Registry[] = [
  {
    id: 'harbor',
    address: 'https://harbor.example.com',
    provider: '',
    region: '',
    namespace: 'mall',
    isDefault: true,
  },
  {
    id: 'tcr',
    address: 'https://ccr.example.com',
    provider: '',
    region: '',
    namespace: 'demo',
    isDefault: false,
  },
];

function helmVersion(name: string, createdAt: number, services: ReleaseService[]): ReleaseDetail {
  return {
    id: name,
    name,
    type: 'HelmChart',
    source: 'from_env',
    status: 'success',
    labels: [],
    description: '',
    createdBy: '',
    createdAt,
    projectKey: 'helm',
    envName: 'dev',
    production: false,
    error: '',
    imageRegistryId: 'tcr',
    chartRepoName: 'charts',
    services,
  };
}

const helmHistory = [
  helmVersion('v2.9.0', 2, [
    helmService('payment-gateway', 'general-chart', '2.8.1'),
    helmService('billing', 'billing', '1.4.0'),
  ]),
  helmVersion('v2.8.0', 1, [helmService('ledger', 'general-chart', '2.8.0')]),
];

const whole = { checked: 12, total: 12 };
const partialScopes: WizardScopes = {
  names: { checked: 200, total: 10_000 },
  charts: { checked: 200, total: 10_000 },
  overwrites: { checked: 20, total: 10_000 },
};

beforeAll(installDomShims);
beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new Error('no network in this test'))),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderWizard(options: {
  locale: Locale;
  scopes: WizardScopes;
  initial: WizardForm;
  registryHint?: RegistrySuggestion | null;
  step?: string;
  /** The project's Helm versions (`helmHistory` when not given). */
  details?: ReleaseDetail[];
}) {
  localStorage.setItem('zrc.locale', options.locale);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const details = options.details ?? helmHistory;
  const history = chartHistory(details);
  const path = `/projects/helm/releases/new${options.step ? `?step=${options.step}` : ''}`;
  const router = createMemoryRouter(
    [
      {
        path: '/projects/:projectKey/releases/new',
        element: (
          <CreateWizard
            projectKey="helm"
            project={{ key: 'helm', name: 'Helm', description: '', deployType: 'helm' }}
            registries={registries}
            versions={[]}
            history={history}
            pushed={new Map()}
            usedCharts={usedChartVersions(details)}
            scopes={options.scopes}
            registryHint={options.registryHint ?? null}
            labelOptions={[]}
            chartRepoOptions={['charts']}
            initial={options.initial}
          />
        ),
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <LocaleProvider initial={options.locale}>
      <AntdApp>
        <QueryClientProvider client={client}>
          <RouterProvider router={router} flushSync={(fn) => void flushSync(fn)} />
        </QueryClientProvider>
      </AntdApp>
    </LocaleProvider>,
  );
}

/** A Helm form by hand with payment-gateway and ledger (both of general-chart), ready for step 2. */
function helmForm(): WizardForm {
  const hint = helmRegistrySuggestion(helmHistory, registries);
  const base = initialForm({
    project: { key: 'helm', name: 'Helm', description: '', deployType: 'helm' },
    registries,
    type: null,
    helmRegistry: hint,
    chartRepos: ['charts'],
  });
  return {
    ...base,
    name: 'v3.0.0',
    source: 'manual',
    services: [
      {
        ...emptyService('payment-gateway'),
        chartName: 'general-chart',
        chartVersion: '2.8.2',
        yaml: 'a: 1\n',
      },
      { ...emptyService('ledger'), chartName: 'general-chart', chartVersion: '2.8.3', yaml: 'a: 1\n' },
    ],
  };
}

describe('the wizard says when it looked at only part of the history', () => {
  it('under the name, in English, with the numbers grouped', async () => {
    renderWizard({
      locale: 'en-US',
      scopes: partialScopes,
      initial: { ...emptyForm('K8SYaml', 'harbor'), source: 'manual' },
    });
    const note = await screen.findByRole('note');
    expect(note.textContent).toBe(
      'Checked the latest 200 of 10,000 versions for this name; if an older version has it, Zadig refuses it on Create.',
    );
  }, 60_000);

  it('under the name, in Chinese', async () => {
    renderWizard({
      locale: 'zh-CN',
      scopes: partialScopes,
      initial: { ...emptyForm('K8SYaml', 'harbor'), source: 'manual' },
    });
    const note = await screen.findByRole('note');
    expect(note.textContent).toBe(
      '已对照最近的 200 个版本检查名称（项目共 10,000 个）；若更早的版本已用此名称，创建时 Zadig 会拒绝。',
    );
  }, 60_000);

  it('says nothing when it read the whole history', async () => {
    renderWizard({
      locale: 'en-US',
      scopes: { names: whole, charts: whole, overwrites: whole },
      initial: { ...emptyForm('K8SYaml', 'harbor'), source: 'manual' },
    });
    await screen.findByLabelText('Version name');
    expect(screen.queryByRole('note')).toBeNull();
  }, 60_000);

  it('above the chart versions, in both languages', async () => {
    renderWizard({ locale: 'en-US', scopes: partialScopes, initial: helmForm(), step: 'services' });
    expect((await screen.findByRole('note')).textContent).toBe(
      'Chart versions are suggested from the Helm versions among the latest 200 of 10,000 versions.',
    );
    cleanup();
    renderWizard({ locale: 'zh-CN', scopes: partialScopes, initial: helmForm(), step: 'services' });
    expect((await screen.findByRole('note')).textContent).toBe(
      'Chart 版本的建议来自最近的 200 个版本（项目共 10,000 个）中的 Helm 版本。',
    );
  }, 60_000);
});

describe('Helm hints from the project’s own history', () => {
  it('tells both services of general-chart the same latest version, and gives each its own next', async () => {
    renderWizard({ locale: 'en-US', scopes: partialScopes, initial: helmForm(), step: 'services' });
    const pay = (await screen.findByText('payment-gateway')).closest('.ant-card') as HTMLElement;
    const ledger = screen.getByText('ledger').closest('.ant-card') as HTMLElement;
    expect(
      within(pay).getByText(
        'Latest general-chart in the project is 2.8.1; suggested 2.8.2 (2 services of this version use general-chart; each gets a version of its own).',
      ),
    ).toBeTruthy();
    expect(
      within(ledger).getByText(
        'Latest general-chart in the project is 2.8.1; suggested 2.8.3 (2 services of this version use general-chart; each gets a version of its own).',
      ),
    ).toBeTruthy();
  }, 60_000);

  it('says the same in Chinese', async () => {
    renderWizard({ locale: 'zh-CN', scopes: partialScopes, initial: helmForm(), step: 'services' });
    const ledger = (await screen.findByText('ledger')).closest('.ant-card') as HTMLElement;
    expect(
      within(ledger).getByText(
        '项目中 general-chart 的最新版本为 2.8.1，建议 2.8.3（此版本有 2 个服务使用 general-chart，每个服务各用一个版本）。',
      ),
    ).toBeTruthy();
  }, 60_000);

  it('preselects the registry the Helm versions used, not the default, and says why (both languages)', async () => {
    const hint = helmRegistrySuggestion(helmHistory, registries);
    expect(helmForm().registryId).toBe('tcr');
    renderWizard({
      locale: 'en-US',
      scopes: partialScopes,
      initial: helmForm(),
      registryHint: hint,
      step: 'images',
    });
    expect(
      await screen.findByText('The project’s latest Helm version (v2.9.0) used this registry.'),
    ).toBeTruthy();
    expect(screen.getByTitle('ccr.example.com/demo')).toBeTruthy();
    cleanup();
    renderWizard({
      locale: 'zh-CN',
      scopes: partialScopes,
      initial: helmForm(),
      registryHint: hint,
      step: 'images',
    });
    expect(await screen.findByText('项目最近的 Helm 版本 v2.9.0 使用此仓库。')).toBeTruthy();
  }, 60_000);

  it('falls back to the default registry without Helm history', () => {
    const form = initialForm({
      project: { key: 'helm', name: 'Helm', description: '', deployType: 'helm' },
      registries,
      type: null,
      helmRegistry: helmRegistrySuggestion([], registries),
    });
    expect(form.registryId).toBe('harbor');
    const k8s = initialForm({
      project: { key: 'k', name: 'K', description: '', deployType: 'k8s' },
      registries,
      type: null,
      helmRegistry: helmRegistrySuggestion(helmHistory, registries),
    });
    expect(k8s.registryId).toBe('harbor');
  }, 60_000);
});

describe('a chart version given to two services of one chart', () => {
  const repeated =
    'Service payment-gateway already gives chart general-chart version 2.8.3: that chart version would be pushed twice, the second replacing the first. Give this service another chart version.';

  it('is marked on the second service’s field, whichever field was edited, until it is changed', async () => {
    renderWizard({ locale: 'en-US', scopes: partialScopes, initial: helmForm(), step: 'services' });
    const pay = (await screen.findByText('payment-gateway')).closest('.ant-card') as HTMLElement;
    const ledger = screen.getByText('ledger').closest('.ant-card') as HTMLElement;
    const payVersion = within(pay).getByLabelText('Chart version');
    // ledger keeps its suggested 2.8.3; payment-gateway is given the same.
    await userEvent.clear(payVersion);
    await userEvent.type(payVersion, '2.8.3');
    expect(await within(ledger).findByText(repeated)).toBeTruthy();
    expect(within(pay).queryByText(repeated)).toBeNull();
    // The field itself is described by the message (screen readers say it with the field).
    const described = within(ledger).getByLabelText('Chart version').getAttribute('aria-describedby');
    expect(document.getElementById(described ?? '')?.textContent).toContain(repeated);
    await userEvent.clear(payVersion);
    await userEvent.type(payVersion, '2.8.4');
    await waitFor(() => expect(within(ledger).queryByText(repeated)).toBeNull());
  }, 60_000);
});

describe('a chart version another version pushed, on Review', () => {
  it('offers a version no other version or service has, and puts it in the field', async () => {
    // v2.9.1 pushed general-chart 2.8.2 and 2.8.3: payment-gateway's 2.8.2 would be pushed again.
    const pushed = helmVersion('v2.9.1', 3, [
      helmService('payment-gateway', 'general-chart', '2.8.2'),
      helmService('ledger', 'general-chart', '2.8.3'),
    ]);
    const initial = helmForm();
    initial.services[1] = { ...initial.services[1]!, chartVersion: '2.8.4' };
    renderWizard({
      locale: 'en-US',
      scopes: partialScopes,
      initial,
      step: 'review',
      details: [...helmHistory, pushed],
    });
    expect(
      await screen.findByText('payment-gateway: general-chart 2.8.2 (version v2.9.1); suggested now: 2.8.5'),
    ).toBeTruthy();
    // 2.8.4, the next after 2.8.3, is ledger's in this version: the next free one is offered.
    await userEvent.click(screen.getByRole('button', { name: 'Use 2.8.5 for payment-gateway' }));
    await waitFor(() => expect(screen.queryByText(/already pushed by other versions/)).toBeNull());
    // Back to Services (through Images): the field holds it.
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByLabelText('Chart repository');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      within((await screen.findByText('payment-gateway')).closest('.ant-card') as HTMLElement)
        .getByLabelText('Chart version')
        .getAttribute('value'),
    ).toBe('2.8.5');
  }, 60_000);
});
