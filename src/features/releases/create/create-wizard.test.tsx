// @vitest-environment jsdom
/**
 * The wizard against a fake API (no server): the step gate on Basics, the name check as you type (asked
 * of the console's versions API), and moving on keeps the step in the URL.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntdApp } from 'antd';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Registry } from '../../../api/model';
import { LocaleProvider } from '../../../i18n/i18n';
import { CreateWizard } from './create-wizard';
import { emptyForm } from './form-model';
import { chartHistory } from './history';
import { fakeServer, installDomShims, json, listItem } from '../testing/render-page';
import { NameCheckTimingContext } from './use-name-check';

const flushNow = (fn: () => unknown): undefined => {
  flushSync(fn);
};

const registries: Registry[] = [
  {
    id: 'r1',
    address: 'https://reg.example.com',
    provider: '',
    region: '',
    namespace: 'team',
    isDefault: true,
  },
];
const whole = { checked: 1, total: 1 };

beforeAll(installDomShims);

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('zrc.locale', 'en-US');
  // The wizard is given everything it needs for Basics; only the name check asks the server (the
  // project's one version is v1.0.0).
  fakeServer((r) =>
    r.url.pathname === '/openapi/delivery/releases'
      ? json({ list: [listItem({ id: 'a', version_name: 'v1.0.0' })], total: 1 })
      : undefined,
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderWizard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const initial = { ...emptyForm('K8SYaml', 'r1'), source: 'manual' as const };
  const router = createMemoryRouter(
    [
      {
        path: '/projects/:projectKey/releases/new',
        element: (
          <CreateWizard
            projectKey="demo"
            project={{ key: 'demo', name: 'Demo', description: '', deployType: 'k8s' }}
            registries={registries}
            versions={[]}
            history={chartHistory([])}
            pushed={new Map()}
            usedCharts={new Map()}
            scopes={{ names: whole, charts: whole, overwrites: whole }}
            registryHint={null}
            labelOptions={['GA']}
            chartRepoOptions={[]}
            initial={initial}
          />
        ),
      },
    ],
    { initialEntries: ['/projects/demo/releases/new'] },
  );
  render(
    <LocaleProvider initial="en-US">
      <AntdApp>
        <QueryClientProvider client={client}>
          <NameCheckTimingContext.Provider value={{ delay: 0, every: 60_000 }}>
            <RouterProvider router={router} flushSync={flushNow} />
          </NameCheckTimingContext.Provider>
        </QueryClientProvider>
      </AntdApp>
    </LocaleProvider>,
  );
  return router;
}

describe('CreateWizard', () => {
  it('flags a taken name as you type and says why Next is disabled', async () => {
    const user = userEvent.setup({ delay: null });
    renderWizard();
    const next = screen.getByRole('button', { name: 'Next' });
    expect(next.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Cannot continue yet: Enter a version name.')).toBeTruthy();

    const name = screen.getByLabelText('Version name');
    await user.click(name);
    await user.paste('v1.0.0');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText(/already has a version with this name/).length).toBeGreaterThan(0);

    await user.tripleClick(name);
    await user.paste('v2.0.0');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('false'));
    expect((name as HTMLInputElement).value).toBe('v2.0.0');
    // Manual without services: the next step's gate, not this one, stops the user later.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(false),
    );
  }, 60_000);

  it('moves to Services with the step in the URL and keeps Basics on Back', async () => {
    const user = userEvent.setup({ delay: null });
    const router = renderWizard();
    await user.click(screen.getByLabelText('Version name'));
    await user.paste('v3.0.0');
    await user.click(screen.getByLabelText('Description'));
    await user.paste('kept');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toBe('?step=services'));
    expect(
      screen.getByText('Cannot continue yet: A version needs at least one service: tick or add one.'),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(router.state.location.search).toBe('?step=basics'));
    expect((screen.getByLabelText('Version name') as HTMLInputElement).value).toBe('v3.0.0');
    expect((screen.getByLabelText('Description') as HTMLTextAreaElement).value).toBe('kept');
  }, 60_000);

  it('does not let ?step= skip a step that is not ready', async () => {
    const user = userEvent.setup({ delay: null });
    const router = renderWizard();
    await router.navigate('/projects/demo/releases/new?step=review');
    // Basics is not ready (no name): Basics is what shows.
    expect(await screen.findByLabelText('Version name')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create version' })).toBeNull();
    await user.click(screen.getByLabelText('Version name'));
    await user.paste('v4');
  }, 60_000);
});

describe('CreateWizard over-long text', () => {
  it('keeps all that was pasted and says how many characters are too many; Next waits', async () => {
    const user = userEvent.setup({ delay: null });
    renderWizard();
    const name = screen.getByLabelText('Version name') as HTMLInputElement;
    await user.click(name);
    await user.paste('v'.repeat(200));
    expect(name.value).toHaveLength(200);
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText(/this one has 72 characters too many/).length).toBeGreaterThan(0);

    const description = screen.getByLabelText('Description') as HTMLTextAreaElement;
    await user.click(description);
    await user.paste('d'.repeat(5207));
    expect(description.value).toHaveLength(5207);
    expect(await screen.findByText(/this one has 1111 characters too many/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);
  }, 60_000);
});

describe('CreateWizard focus', () => {
  it('moves the focus to the new step heading on Next and on Back', async () => {
    const user = userEvent.setup({ delay: null });
    const router = renderWizard();
    await user.click(screen.getByLabelText('Version name'));
    await user.paste('v5.0.0');
    const next = await screen.findByRole('button', { name: 'Next' });
    await waitFor(() => expect(next.hasAttribute('disabled')).toBe(false));
    next.focus();
    await user.keyboard('{Enter}');
    // The focus is in the new step, on its heading (announced by screen readers).
    expect(router.state.location.search).toBe('?step=services');
    const heading = screen.getByRole('heading', { name: 'Step 2 of 4: Services' });
    expect(document.activeElement).toBe(heading);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(router.state.location.search).toBe('?step=basics'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Step 1 of 4: Basics' }));
  }, 60_000);
});
