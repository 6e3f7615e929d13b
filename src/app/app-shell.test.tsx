// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { LocaleProvider } from '../i18n/i18n';
import { empty, fakeServer, json, type Handler } from '../features/releases/testing/render-page';
import { installDomShims } from '../features/releases/testing/render-page';
import { appRoutes } from './router';
import { ThemedAntd, ThemeProvider } from './theme';

// antd in jsdom is slow on a busy machine; these tests wait for real timers (polling).
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const projects = {
  total: 2,
  projects: [
    { project_name: 'Mall', project_key: 'yaml-demo', description: 'shop', deploy_type: 'k8s' },
    { project_name: 'Payments', project_key: 'helm-demo', description: '', deploy_type: 'helm' },
  ],
};

function sandbox(extra?: Handler): Handler {
  return (r) => {
    if (r.url.pathname === '/api/health') return json({ mode: 'sandbox', upstream: 'not-applicable' });
    if (r.url.pathname === '/openapi/projects/project') return json(projects);
    if (r.url.pathname === '/openapi/delivery/releases') return json({ list: [], total: 0 });
    return extra?.(r);
  };
}

function renderApp(path: string) {
  installDomShims();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(appRoutes(client), { initialEntries: [path] });
  render(
    <LocaleProvider initial={localStorage.getItem('zrc.locale') === 'zh-CN' ? 'zh-CN' : 'en-US'}>
      <ThemeProvider>
        <ThemedAntd>
          <QueryClientProvider client={client}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </ThemedAntd>
      </ThemeProvider>
    </LocaleProvider>,
  );
  return router;
}

describe('app shell', () => {
  it('shows the product, the project and where the data comes from', async () => {
    fakeServer(sandbox());
    renderApp('/projects/yaml-demo/releases');
    expect(await screen.findByText('Zadig Releases')).toBeTruthy();
    expect(await screen.findByText('Sandbox (demo data)')).toBeTruthy();
    expect(await screen.findByText('Mall (yaml-demo)')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /New version/ })[0]!.getAttribute('href')).toBe(
      '/projects/yaml-demo/releases/new',
    );
  });

  it('shows the Zadig host in proxy mode', async () => {
    fakeServer((r) =>
      r.url.pathname === '/api/health'
        ? json({ mode: 'proxy', zadigHost: 'zadig.example.com', upstream: 'ok' })
        : sandbox()(r),
    );
    renderApp('/projects/yaml-demo/releases');
    expect(await screen.findByText('Zadig: zadig.example.com')).toBeTruthy();
  });

  it('switches language and remembers it', async () => {
    fakeServer(sandbox());
    renderApp('/projects/yaml-demo/releases');
    await screen.findByText('Project yaml-demo has no versions yet');
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeTruthy();
    await userEvent.click(screen.getByText('简体中文'));
    expect(await screen.findByText('项目 yaml-demo 还没有版本')).toBeTruthy();
    expect(localStorage.getItem('zrc.locale')).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches theme and remembers it', async () => {
    localStorage.setItem('zrc.theme', 'light');
    fakeServer(sandbox());
    renderApp('/projects/yaml-demo/releases');
    await userEvent.click(await screen.findByRole('button', { name: 'Switch to the dark theme' }));
    expect(localStorage.getItem('zrc.theme')).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByRole('button', { name: 'Switch to the light theme' })).toBeTruthy();
  });

  it('takes a typed project key when the projects endpoint is refused', async () => {
    fakeServer((r) => (r.url.pathname === '/openapi/projects/project' ? empty(403) : sandbox()(r)));
    const router = renderApp('/projects/yaml-demo/releases');
    const input = await screen.findByRole('textbox', { name: 'Project key' });
    await userEvent.clear(input);
    await userEvent.type(input, 'bad key!');
    expect(await screen.findByText('A project key has only letters, digits, - and _')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, 'other-proj{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/other-proj/releases'));
  });

  it('opens the last project used from /', async () => {
    fakeServer(sandbox());
    const router = renderApp('/projects/helm-demo/releases');
    await screen.findByText('Project helm-demo has no versions yet');
    cleanup();
    const again = renderApp('/');
    await waitFor(() => expect(again.state.location.pathname).toBe('/projects/helm-demo/releases'));
    expect(router).toBeTruthy();
  });

  it('offers the projects on / the first time', async () => {
    fakeServer(sandbox());
    const router = renderApp('/');
    await userEvent.click(await screen.findByRole('link', { name: 'Payments' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/helm-demo/releases'));
  });

  it('shows a not-found page for unknown paths', async () => {
    fakeServer(sandbox());
    renderApp('/nowhere');
    expect(await screen.findByText('There is no such page')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the start page' }).getAttribute('href')).toBe('/');
  });
});
