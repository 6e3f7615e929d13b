// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, json, listItem, realDetail, renderPage, type FakeRequest } from '../testing/render-page';
import { clearIndexes } from '../version-index/index-store';
import { versionIndexQueries } from '../version-index/queries';

vi.setConfig({ testTimeout: 60_000 });

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await clearIndexes();
});

const LIST = '/openapi/delivery/releases';
const isList = (r: FakeRequest) => r.method === 'GET' && r.url.pathname === LIST;

/** A project on a real-generation server: newest first, no `/:id`, details by name. */
function project(count: number, failedAt: number[]) {
  const versions = Array.from({ length: count }, (_, i) =>
    listItem({
      id: `id${count - i}`,
      version_name: `v${count - i}`,
      status: failedAt.includes(i) ? 'failed' : 'success',
      create_time: 1_700_000_000 - i * 60,
    }),
  );
  const server = fakeServer((r) => {
    if (r.url.pathname === '/api/health')
      return json({ mode: 'proxy', zadigHost: 'zadig.test', upstream: 'ok' });
    if (r.url.pathname === `${LIST}/detail`) {
      const name = r.url.searchParams.get('versionName');
      return json(
        realDetail({ version: name, status: versions.find((v) => v.version_name === name)?.status }),
      );
    }
    if (r.url.pathname.startsWith(`${LIST}/`)) return new Response('404 page not found', { status: 404 });
    if (!isList(r)) return undefined;
    const n = Number(r.url.searchParams.get('pageNum'));
    const size = Number(r.url.searchParams.get('pageSize'));
    return json({ list: versions.slice((n - 1) * size, n * size), total: versions.length });
  });
  const pages = () => server.requests.filter(isList).map((r) => Number(r.url.searchParams.get('pageNum')));
  return { versions, server, pages };
}

describe('the filtered list on one query cache', () => {
  it('reads the project once, keeps the index across pages, and refreshes by reading page 1 only', async () => {
    const { versions, pages, server } = project(250, [180]);
    const { router, client } = renderPage('/projects/yaml/releases?status=failed');
    expect(await screen.findByRole('link', { name: 'v70' })).toBeTruthy();
    // One pass over the project; on a slow machine the idle refresh may already have followed, and it
    // reads page 1 only.
    await waitFor(() => expect(pages().slice(0, 3)).toEqual([1, 2, 3]));
    expect(
      pages()
        .slice(3)
        .every((p) => p === 1),
    ).toBe(true);
    expect(server.requests.filter(isList).every((r) => r.url.searchParams.get('pageSize') === '100')).toBe(
      true,
    );

    // To the version and back: the filtered result is there at once, from the same cache.
    await userEvent.click(screen.getByRole('link', { name: 'v70' }));
    expect(await screen.findByRole('heading', { name: /v70/ })).toBeTruthy();
    server.requests.length = 0;
    await router.navigate(-1);
    expect(await screen.findByRole('link', { name: 'v70' })).toBeTruthy();
    await waitFor(() => expect(pages().every((p) => p === 1)).toBe(true));

    // Someone else's version fails: the next refresh reads page 1 and shows it.
    server.requests.length = 0;
    versions.unshift(
      listItem({ id: 'id251', version_name: 'v251', status: 'failed', create_time: 1_700_000_060 }),
    );
    await client.refetchQueries({ queryKey: versionIndexQueries.all() });
    expect(await screen.findByRole('link', { name: 'v251' })).toBeTruthy();
    expect(pages()).toEqual([1]);
  });

  it('shows progress while the index is first built', async () => {
    project(450, [400]);
    renderPage('/projects/yaml/releases?status=failed');
    expect(await screen.findByRole('progressbar', { name: /Reading all versions/ })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'v50' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });
});
