// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, json } from '../features/releases/testing/render-page';
import { appRoutes } from './router';

afterEach(() => {
  vi.unstubAllGlobals();
});

function start(path: string) {
  const { requests } = fakeServer((r) => {
    if (r.url.pathname === '/openapi/delivery/releases') return json({ list: [], total: 0 });
    if (r.url.pathname.startsWith('/openapi/delivery/releases/'))
      return json({ id: 'r1', version_name: 'v1', services: [] });
    return undefined;
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // Nothing is rendered: what is asked for is asked by the navigation alone.
  const router = createMemoryRouter(appRoutes(client), { initialEntries: [path] });
  return { requests, router, client };
}

const asked = (requests: { url: URL }[]) => requests.map((r) => r.url.pathname + r.url.search);

describe('data starts with the navigation', () => {
  it('asks for the list page the URL names before anything renders', async () => {
    const { requests, router } = start('/projects/yaml-demo/releases?page=3&size=50');
    await vi.waitFor(() =>
      expect(asked(requests)).toEqual(['/api/projects/yaml-demo/versions?page=3&size=50']),
    );
    router.dispose();
  });

  it('asks the console server for the version the URL names, by its name', async () => {
    const { requests, router } = start('/projects/yaml-demo/releases/r1?name=v1');
    await vi.waitFor(() => expect(asked(requests)).toEqual(['/api/projects/yaml-demo/versions/v1']));
    router.dispose();
  });

  it('asks for a filtered list with its filters (the server filters), and nothing on other pages', async () => {
    const { requests, router } = start('/projects/yaml-demo/releases?q=hotfix');
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await router.navigate('/projects/yaml-demo/releases/new');
    await router.navigate('/nowhere');
    expect(asked(requests)).toEqual(['/api/projects/yaml-demo/versions?page=1&size=20&q=hotfix']);
    router.dispose();
  });

  it('does not wait for a page change of the list: the page itself renders what is cached', async () => {
    const { requests, router } = start('/projects/yaml-demo/releases');
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    await vi.waitFor(() => expect(router.state.initialized).toBe(true), { timeout: 10_000 });
    await router.navigate('/projects/yaml-demo/releases?page=2');
    expect(requests).toHaveLength(1);
    await router.navigate('/projects/helm-demo/releases');
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]!.url.pathname).toBe('/api/projects/helm-demo/versions');
    router.dispose();
  });
});
