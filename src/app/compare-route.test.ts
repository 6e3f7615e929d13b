// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeServer, json } from '../features/releases/testing/render-page';
import { appRoutes } from './router';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('a comparison asks the console server for both versions with the navigation, by name', async () => {
  const { requests } = fakeServer((r) =>
    r.url.pathname.startsWith('/openapi/delivery/releases/')
      ? json({ id: 'r1', version_name: 'v1', services: [] })
      : undefined,
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(appRoutes(client), {
    initialEntries: ['/projects/yaml-demo/compare?base=v1&baseId=r1&head=v2'],
  });
  await vi.waitFor(() =>
    expect(requests.map((r) => r.url.pathname + r.url.search).sort()).toEqual([
      '/api/projects/yaml-demo/versions/v1',
      '/api/projects/yaml-demo/versions/v2',
    ]),
  );
  router.dispose();
});
