// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  empty,
  fakeServer,
  json,
  listItem,
  realDetail,
  renderPage,
  type FakeRequest,
} from '../testing/render-page';

// antd in jsdom is slow on a busy machine; these tests wait for real timers (polling).
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const LIST = '/openapi/delivery/releases';
const isList = (r: FakeRequest) => r.method === 'GET' && r.url.pathname === LIST;
/** The browser's reads of the console server's versions API. */
const isVersions = (r: FakeRequest) => r.url.pathname === '/api/projects/yaml/versions';

function page(items: unknown[], total = items.length) {
  return json({ list: items, total });
}

describe('version list', () => {
  it('shows skeleton rows while loading, then the versions with their statuses', async () => {
    let answer: (r: Response) => void = () => undefined;
    fakeServer((r) => (isList(r) ? new Promise<Response>((resolve) => (answer = resolve)) : undefined));
    renderPage('/projects/yaml/releases');
    const table = await screen.findByRole('table', { name: 'Versions' });
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('link', { name: 'v13' })).toBeNull();

    answer(
      page([
        listItem(),
        listItem({
          id: 'b',
          version_name: 'v12',
          status: 'failed',
          create_time: undefined,
          created_time: 1713852676,
        }),
        listItem({ id: 'c', version_name: 'v11', status: 'creating' }),
        listItem({ id: 'd', version_name: 'v10', status: 'retrying' }),
        listItem({ id: 'e', version_name: 'v9', status: 'archived-by-ops' }),
      ]),
    );
    const link = await screen.findByRole('link', { name: 'v13' });
    expect(link.getAttribute('href')).toBe('/projects/yaml/releases/66287b110b8b8a631910f5ae?name=v13');
    const rows = screen.getAllByRole('row');
    expect(within(rows[1]!).getByText('Success')).toBeTruthy();
    expect(within(rows[2]!).getByText('Failed')).toBeTruthy();
    expect(within(rows[3]!).getByText('Creating')).toBeTruthy();
    expect(within(rows[4]!).getByText('Retrying')).toBeTruthy();
    // An unknown status is shown as the raw word.
    expect(within(rows[5]!).getByText('archived-by-ops')).toBeTruthy();
    // Retry only on failed rows.
    expect(
      screen.getAllByRole('button', { name: /^Retry version/ }).map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Retry version v12']);
    expect(table.getAttribute('aria-busy')).toBeNull();
  });

  it('asks the server for the page and size in the URL and shows the total', async () => {
    const all = Array.from({ length: 31 }, (_, i) => listItem({ id: `id${i}`, version_name: `v${31 - i}` }));
    const server = fakeServer((r) => (isList(r) ? page(all) : undefined));
    renderPage('/projects/yaml/releases?page=2&size=10');
    await screen.findByRole('link', { name: 'v21' });
    expect(screen.queryByRole('link', { name: 'v22' })).toBeNull();
    const first = server.requests.find(isVersions)!;
    expect(first.url.searchParams.get('page')).toBe('2');
    expect(first.url.searchParams.get('size')).toBe('10');
    expect(screen.getByText('31 versions')).toBeTruthy();
    // The next page is prefetched.
    await waitFor(() =>
      expect(server.requests.some((r) => isVersions(r) && r.url.searchParams.get('page') === '3')).toBe(true),
    );
  });

  it('a page past the end (its last row deleted) offers the last page and the first', async () => {
    const items = Array.from({ length: 12 }, (_, i) =>
      listItem({ id: `id-${i}`, version_name: `v1.${11 - i}.0`, create_time: 1713928977 - i }),
    );
    fakeServer((r) => (isList(r) ? page(items) : undefined));
    const { router } = renderPage('/projects/yaml/releases?size=10&page=3');
    expect(await screen.findByText('Page 3 is past the end: the list has 2 pages')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Go to the last page (2)' }));
    expect(await screen.findByRole('link', { name: 'v1.0.0' })).toBeTruthy();
    expect(router.state.location.search).toBe('?page=2&size=10');
  });

  it('says when a project has no versions and offers to create one', async () => {
    fakeServer((r) => (isList(r) ? page([], 0) : undefined));
    renderPage('/projects/empty-proj/releases');
    expect(await screen.findByText('Project empty-proj has no versions yet')).toBeTruthy();
    const links = screen.getAllByRole('link', { name: /New version/ });
    expect(links[0]!.getAttribute('href')).toBe('/projects/empty-proj/releases/new');
  });

  it.each([
    ['401 with an empty body', () => empty(401), 'An API token is needed', false],
    ['403 with an empty body', () => empty(403), 'No permission', false],
    [
      '500 with a Zadig body',
      () => json({ code: 500, message: 'Internal Error: ', description: 'mongo: connection refused' }, 500),
      'The server ran into a problem',
      true,
    ],
    [
      'a network failure',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'Cannot reach the server',
      true,
    ],
    [
      'an answer of the wrong shape',
      () => json({ items: 'nope' }),
      "The server's answer could not be understood",
      true,
    ],
  ])('shows %s once, with the right message', async (_name, reply, title, retryable) => {
    fakeServer((r) => (isList(r) ? (reply() as Promise<Response>) : undefined));
    renderPage('/projects/yaml/releases');
    expect(await screen.findByText(title)).toBeTruthy();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(Boolean(screen.queryByRole('button', { name: 'Try again' }))).toBe(retryable);
  });

  it('shows what the server said on a 500 and tries again on request', async () => {
    let calls = 0;
    fakeServer((r) => {
      if (!isList(r)) return undefined;
      calls++;
      return calls === 1
        ? json({ code: 500, message: 'Internal Error: ', description: 'mongo: connection refused' }, 500)
        : page([listItem()]);
    });
    renderPage('/projects/yaml/releases');
    expect(await screen.findByText('The server said: mongo: connection refused')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'v13' })).toBeTruthy();
  });

  it('retries a failed version in one click: the row turns retrying at once', async () => {
    let status = 'failed';
    let releaseRetry: () => void = () => undefined;
    const server = fakeServer((r) => {
      if (isList(r)) return page([listItem({ id: 'f1', version_name: 'v12', status })]);
      if (r.method === 'POST' && r.url.pathname === `${LIST}/retry`) {
        return new Promise<Response>((resolve) => {
          releaseRetry = () => {
            status = 'retrying';
            resolve(json({ message: 'success' }));
          };
        });
      }
      return undefined;
    });
    renderPage('/projects/yaml/releases');
    await userEvent.click(await screen.findByRole('button', { name: 'Retry version v12' }));
    // Before the server answered.
    expect(await screen.findByText('Retrying')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const retry = server.requests.find((r) => r.url.pathname.endsWith('/retry'))!;
    expect(retry.body).toEqual({ id: 'f1', projectKey: 'yaml' });
    expect(retry.url.searchParams.get('id')).toBe('f1');
    releaseRetry();
    await waitFor(() => expect(screen.getByText('Retrying')).toBeTruthy());
  });

  it('puts the row back and says why when a retry is refused', async () => {
    fakeServer((r) => {
      if (isList(r)) return page([listItem({ id: 'f1', version_name: 'v12', status: 'failed' })]);
      if (r.url.pathname.endsWith('/retry')) {
        return json(
          {
            type: 'error',
            code: 6560,
            message: 'create version failed',
            // Zadig's other refusal (version_v2.go: the workflow task could not be retried); a
            // refusal because the version is already retrying is news instead (retry-elsewhere.spec.ts).
            description: 'failed to retry workflow task, workflowName: w, taskID: 3, err: locked',
          },
          400,
        );
      }
      return undefined;
    });
    renderPage('/projects/yaml/releases');
    await userEvent.click(await screen.findByRole('button', { name: 'Retry version v12' }));
    expect(await screen.findByText('Could not retry version v12')).toBeTruthy();
    expect(
      screen.getByText(
        'The server said: failed to retry workflow task, workflowName: w, taskID: 3, err: locked',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Failed')).toBeTruthy();
  });

  it('deletes after a confirmation naming the version; the row goes away', async () => {
    let items = [listItem({ id: 'd1', version_name: 'v5' }), listItem({ id: 'd2', version_name: 'v4' })];
    const server = fakeServer((r) => {
      if (isList(r)) return page(items);
      // Read by name, as every Zadig v4.0–v5.0 routes it (delivery/handler/router.go): no GET /:id.
      if (
        r.method === 'GET' &&
        r.url.pathname === `${LIST}/detail` &&
        r.url.searchParams.get('versionName') === 'v5'
      )
        return json(realDetail({ version: 'v5', status: 'success' }));
      if (r.method === 'DELETE' && r.url.pathname === `${LIST}/d1`) {
        items = items.filter((i) => i.id !== 'd1');
        return json({ message: 'success' });
      }
      return undefined;
    });
    renderPage('/projects/yaml/releases');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete version v5' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Delete version v5?')).toBeTruthy();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'v5' })).toBeNull());
    expect(screen.getByRole('link', { name: 'v4' })).toBeTruthy();
    const del = server.requests.find((r) => r.method === 'DELETE')!;
    expect(del.url.pathname).toBe(`${LIST}/d1`);
    expect(del.url.searchParams.get('projectKey')).toBe('yaml');
    expect(server.requests.filter((r) => r.method === 'GET' && r.url.pathname === `${LIST}/d1`)).toEqual([]);
  });

  it('asks for the name to be typed before deleting a production version', async () => {
    const server = fakeServer((r) => {
      if (isList(r)) return page([listItem({ id: 'p1', version_name: 'v-prod' })]);
      if (
        r.method === 'GET' &&
        r.url.pathname === `${LIST}/detail` &&
        r.url.searchParams.get('versionName') === 'v-prod'
      ) {
        return json(realDetail({ version: 'v-prod', status: 'success', production: true, env_name: 'prod' }));
      }
      if (r.method === 'DELETE') return json({ message: 'success' });
      return undefined;
    });
    renderPage('/projects/yaml/releases');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete version v-prod' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('This version comes from the production environment “prod”.'),
    ).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Type the version name/ }), 'v-pro');
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Type the version name/ }), 'd');
    expect(confirm.hasAttribute('disabled')).toBe(false);
    await userEvent.click(confirm);
    await waitFor(() => expect(server.requests.some((r) => r.method === 'DELETE')).toBe(true));
  });

  it('asks for the name to be typed before deleting a version still creating', async () => {
    fakeServer((r) =>
      isList(r) ? page([listItem({ id: 'c1', version_name: 'v-new', status: 'creating' })]) : undefined,
    );
    renderPage('/projects/yaml/releases');
    await userEvent.click(await screen.findByRole('button', { name: 'Delete version v-new' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/still being created/)).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: /Type the version name/ })).toBeTruthy();
  });

  it('asks the server for the filters in the URL, across every page of the project', async () => {
    const all = Array.from({ length: 150 }, (_, i) =>
      listItem({ id: `id${i}`, version_name: `v${i}`, status: i % 50 === 7 ? 'failed' : 'success' }),
    );
    const server = fakeServer((r) => {
      if (!isList(r)) return undefined;
      const n = Number(r.url.searchParams.get('pageNum'));
      const size = Number(r.url.searchParams.get('pageSize'));
      return page(all.slice((n - 1) * size, n * size), all.length);
    });
    const { router } = renderPage('/projects/yaml/releases?status=failed');
    expect(await screen.findByRole('link', { name: 'v107' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'v7' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'v57' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'v8' })).toBeNull();
    expect(screen.getByText('3 matching versions')).toBeTruthy();
    const asked = server.requests.filter(isVersions).map((r) => r.url.searchParams.getAll('status'));
    expect(asked).toContainEqual(['failed']);

    await userEvent.type(screen.getByRole('textbox', { name: 'Search by version name' }), 'v10');
    await waitFor(() => expect(router.state.location.search).toContain('q=v10'));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'v7' })).toBeNull(), { timeout: 5000 });
    expect(screen.getByRole('link', { name: 'v107' })).toBeTruthy();
    expect(server.requests.some((r) => isVersions(r) && r.url.searchParams.get('q') === 'v10')).toBe(true);
  });

  it('renders text from the server as text', async () => {
    fakeServer((r) =>
      isList(r)
        ? page([listItem({ version_name: '<img src=x onerror=alert(1)>', description: '<b>bold</b>' })])
        : undefined,
    );
    const { container } = renderPage('/projects/yaml/releases');
    expect(await screen.findByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});
