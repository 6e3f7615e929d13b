// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
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
function project(
  count: number,
  failedAt: number[],
  before?: (r: FakeRequest) => Promise<Response | undefined> | Response | undefined,
) {
  const versions = Array.from({ length: count }, (_, i) =>
    listItem({
      id: `id${count - i}`,
      version_name: `v${count - i}`,
      status: failedAt.includes(i) ? 'failed' : 'success',
      create_time: 1_700_000_000 - i * 60,
    }),
  );
  const server = fakeServer(async (r) => {
    const first = await before?.(r);
    if (first) return first;
    if (r.url.pathname === '/api/health')
      return json({ mode: 'proxy', zadigHost: 'zadig.test', upstream: 'ok' });
    if (r.url.pathname === `${LIST}/detail`) {
      const name = r.url.searchParams.get('versionName');
      return json(
        realDetail({ version: name, status: versions.find((v) => v.version_name === name)?.status }),
      );
    }
    // gin's NoMethod answer on every Zadig v4.0–v5.0 (pkg/microservice/aslan/server/rest/server.go).
    if (r.url.pathname.startsWith(`${LIST}/`))
      return new Response(`Method not allowed: GET ${r.url.pathname}`, { status: 405 });
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

  it('keeps a retried row "Retrying" when a read begun before the retry lands with the old status', async () => {
    let releaseRetry!: () => void;
    const retryHeld = new Promise<void>((resolve) => (releaseRetry = resolve));
    let releaseList: (() => void) | null = null;
    let listArrived!: () => void;
    const listHeld = new Promise<void>((resolve) => (listArrived = resolve));
    const { versions } = project(30, [5], async (r) => {
      if (r.method === 'POST' && r.url.pathname.endsWith('/retry')) {
        await retryHeld;
        return json({});
      }
      if (releaseList === null && isList(r) && holdNextList) {
        await new Promise<void>((resolve) => {
          releaseList = resolve;
          listArrived();
        });
      }
      return undefined;
    });
    let holdNextList = false;
    const { client } = renderPage('/projects/yaml/releases?status=failed');
    const link = await screen.findByRole('link', { name: 'v25' });
    const row = link.closest('tr')!;
    // A refresh of the index is on its way (the server still says failed) when the user clicks Retry.
    holdNextList = true;
    const refresh = client.refetchQueries({ queryKey: versionIndexQueries.all() });
    await listHeld;
    await userEvent.click(screen.getByRole('button', { name: 'Retry version v25' }));
    await waitFor(() => expect(row.textContent).toContain('Retrying'));
    releaseList!();
    await refresh;
    // The cache's listeners are told on the next task: let that render happen before looking.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(row.textContent).toContain('Retrying');
    // The server takes the retry and fails the version again: the read after the retry shows it.
    versions.find((v) => v.version_name === 'v25')!.status = 'failed';
    releaseRetry();
    await waitFor(() => expect(row.textContent).toContain('Failed'));
    expect(screen.getByRole('link', { name: 'v25' })).toBe(link);
  });
});
