// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  empty,
  fakeServer,
  json,
  realDetail,
  registries,
  renderPage,
  type FakeRequest,
} from '../testing/render-page';

// antd in jsdom is slow on a busy machine; these tests wait for real timers (polling).
vi.setConfig({ testTimeout: 60_000 });

// A version in flight is read again every 300 ms here (the fake's event stream is never open), so that
// no test waits for the real 5 s pace.
const intervals = { live: 300, idle: 10_000, reconnect: 60_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const BASE = '/openapi/delivery/releases';
/**
 * Real servers (Zadig v4.0–v5.0): `/detail?versionName=` answers; `GET /:id` is gin's 405
 * (pkg/microservice/aslan/core/delivery/handler/router.go, pkg/microservice/aslan/server/rest/server.go).
 */
function realServer(
  detail: () => unknown,
  extra?: (r: FakeRequest) => Response | Promise<Response> | undefined,
) {
  return fakeServer((r) => {
    if (r.url.pathname === '/openapi/system/registry') return json(registries);
    if (r.method === 'GET' && r.url.pathname === `${BASE}/detail`) return json(detail());
    const own = extra?.(r);
    if (own) return own;
    // Zadig's list gives the version its id (its detail answer has none).
    if (r.method === 'GET' && r.url.pathname === BASE)
      return json({ list: [{ id: 'abc123', version_name: 'v7.0.0', create_time: 1 }], total: 1 });
    if (r.method === 'GET' && r.url.pathname.startsWith(`${BASE}/`))
      return new Response(`Method not allowed: GET ${r.url.pathname}`, { status: 405 });
    return undefined;
  });
}

const PATH = '/projects/yaml/releases/abc123?name=v7.0.0';

describe('version detail', () => {
  it('shows a skeleton while loading', async () => {
    fakeServer(() => new Promise<Response>(() => undefined));
    renderPage(PATH, { intervals });
    expect(await screen.findByLabelText('Loading the version…')).toBeTruthy();
  });

  it('finds the version by name on real servers and shows its summary, progress and images', async () => {
    const server = realServer(() => realDetail({ production: true, env_name: 'prod' }));
    renderPage(PATH, { intervals });
    expect(await screen.findByRole('heading', { name: 'v7.0.0', level: 1 })).toBeTruthy();
    // The browser asks the console's server for the version by name; the server asks Zadig.
    expect(server.requests.some((r) => r.url.pathname === '/api/projects/yaml/versions/v7.0.0')).toBe(true);
    const lookup = server.zadigRequests.find((r) => r.url.pathname === `${BASE}/detail`)!;
    expect(lookup.url.searchParams.get('versionName')).toBe('v7.0.0');

    expect(screen.getByText('prod')).toBeTruthy();
    expect(screen.getByText('Production')).toBeTruthy();
    expect(screen.getByText('From environment')).toBeTruthy();
    expect(screen.getByText('first cut')).toBeTruthy();
    expect(screen.getByText('lilian')).toBeTruthy();
    expect(await screen.findByText('https://koderover.tencentcloudcr.com')).toBeTruthy();
    // Failed: the error is prominent, Retry offered.
    expect(screen.getByText('image push failed: envoy')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Retry/ })).toBeTruthy();
    expect(screen.getAllByText('1 of 2 images pushed').length).toBeGreaterThan(0);
    const images = screen.getByRole('table', { name: 'Images of service1' });
    // The image chip: name and tag whole, the full reference on hover.
    expect(within(images).getByTitle('koderover.tencentcloudcr.com/test/envoy:1.30').textContent).toBe(
      'koderover.tencentcloudcr.com/test/envoy:1.30',
    );
    expect(within(images).getByText('manifest unknown')).toBeTruthy();
    expect(within(images).getByText('Pushed')).toBeTruthy();
    // "Create from this version" carries the id and the name.
    expect(screen.getByRole('link', { name: /Create from this version/ }).getAttribute('href')).toBe(
      '/projects/yaml/releases/new?from=abc123&name=v7.0.0',
    );
  });

  it('shows Helm chart data per service', async () => {
    realServer(() =>
      realDetail({
        type: 'HelmChart',
        status: 'success',
        error: '',
        chart_repo_name: 'charts-prod',
        services: [
          {
            service_name: 'service2',
            chart_name: 'general-chart',
            chart_version: '3.4.6',
            chart_status: 'passed',
            yaml_content: 'image:\n  tag: 123\n',
            images: [],
          },
        ],
      }),
    );
    renderPage(PATH, { intervals });
    expect(await screen.findByText('general-chart')).toBeTruthy();
    expect(screen.getByText('3.4.6')).toBeTruthy();
    expect(screen.getByText('charts-prod')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Show values: service2/ })).toBeTruthy();
  });

  it('says not found for an unknown id and offers a way back', async () => {
    fakeServer((r) =>
      r.url.pathname.startsWith(BASE) ? json({ code: 404, message: 'not found' }, 404) : undefined,
    );
    renderPage('/projects/yaml/releases/nope?name=ghost');
    expect(await screen.findByText('Version not found')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to versions' }).getAttribute('href')).toBe(
      '/projects/yaml/releases',
    );
  });

  it.each([
    [401, 'An API token is needed'],
    [403, 'No permission'],
  ])('explains a %i', async (status, text) => {
    fakeServer(() => empty(status));
    renderPage(PATH, { intervals });
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('offers to try again after a server error, and recovers', async () => {
    let calls = 0;
    fakeServer((r) => {
      if (r.url.pathname === '/openapi/system/registry') return json(registries);
      if (!r.url.pathname.startsWith(BASE)) return undefined;
      calls++;
      return calls === 1
        ? json({ code: 500, message: 'Internal Error: ', description: 'mongo: timeout' }, 500)
        : json({ id: 'abc123', version_name: 'v7.0.0', status: 'success', services: [] });
    });
    renderPage(PATH, { intervals });
    expect(await screen.findByText('The server said: mongo: timeout')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'v7.0.0', level: 1 })).toBeTruthy();
    expect(screen.getByText('This version has no services')).toBeTruthy();
  });

  it('says when the answer has a shape it cannot read', async () => {
    fakeServer((r) => (r.url.pathname.startsWith(BASE) ? json({ services: 'none' }) : undefined));
    renderPage(PATH, { intervals });
    expect(await screen.findByText("The server's answer could not be understood")).toBeTruthy();
    expect(screen.getByText(/at services/)).toBeTruthy();
  });

  it('updates live while creating and says when it finished', async () => {
    let polls = 0;
    realServer(() => {
      polls++;
      return polls < 2
        ? realDetail({ status: 'creating', error: '', services: [realDetail().services[0]] })
        : realDetail({ status: 'success', error: '' });
    });
    renderPage(PATH, { intervals });
    expect(await screen.findByText('Updating live')).toBeTruthy();
    expect(await screen.findByText('Version v7.0.0 is ready', {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Updating live')).toBeNull());
  });

  it('retries with one click and shows retrying at once', async () => {
    const server = realServer(
      () => realDetail(),
      (r) => (r.url.pathname.endsWith('/retry') ? new Promise<Response>(() => undefined) : undefined),
    );
    renderPage(PATH, { intervals });
    await userEvent.click(await screen.findByRole('button', { name: /Retry/ }));
    expect(await screen.findAllByText('Retrying')).toBeTruthy();
    expect(server.requests.some((r) => r.url.pathname.endsWith('/retry'))).toBe(true);
  });

  it('acts on the version shown: an address with another id is corrected to the version’s own', async () => {
    // The version named is v7.0.0 (id abc123); the address carries the id of another version, as a link
    // to a version deleted and made again under the same name does.
    const server = realServer(
      () => realDetail({ status: 'success', error: '' }),
      (r) => (r.method === 'DELETE' ? json({ message: 'success' }) : undefined),
    );
    const { router } = renderPage('/projects/yaml/releases/other-version?name=v7.0.0', { intervals });
    expect(await screen.findByRole('heading', { name: 'v7.0.0', level: 1 })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/yaml/releases/abc123'));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(server.zadigRequests.some((r) => r.method === 'DELETE')).toBe(true));
    const deleted = server.zadigRequests.filter((r) => r.method === 'DELETE').map((r) => r.url.pathname);
    expect(deleted).toEqual([`${BASE}/abc123`]);
  });

  it('says the version shown was deleted when a new one takes its name, instead of showing the new one', async () => {
    let id = 'abc123';
    realServer(
      () => realDetail({ status: 'success', error: '', desc: id === 'abc123' ? 'old' : 'new' }),
      (r) =>
        r.method === 'GET' && r.url.pathname === BASE
          ? json({ list: [{ id, version_name: 'v7.0.0', create_time: 1 }], total: 1 })
          : undefined,
    );
    const { router, client } = renderPage(PATH, { intervals });
    expect(await screen.findByRole('heading', { name: 'v7.0.0', level: 1 })).toBeTruthy();
    // Deleted, and made again under the same name.
    id = 'new456';
    await client.invalidateQueries();
    expect(await screen.findByText('Version v7.0.0 was deleted')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/projects/yaml/releases/abc123');
  });

  it('deletes after confirming, then goes back to the list', async () => {
    const server = realServer(
      () => realDetail({ status: 'success', error: '' }),
      (r) => {
        if (r.method === 'DELETE') return json({ message: 'success' });
        if (r.url.pathname === BASE) return json({ list: [], total: 0 });
        return undefined;
      },
    );
    const { router } = renderPage(PATH, { intervals });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects/yaml/releases'));
    expect(server.requests.find((r) => r.method === 'DELETE')!.url.pathname).toBe(`${BASE}/abc123`);
  });

  it('shows the server description next to a refused delete', async () => {
    realServer(
      () => realDetail({ status: 'success', error: '' }),
      (r) =>
        r.method === 'DELETE'
          ? json(
              { type: 'error', code: 6562, message: 'delete failed', description: 'version is locked' },
              400,
            )
          : undefined,
    );
    renderPage(PATH, { intervals });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText('The server said: version is locked')).toBeTruthy();
    expect(within(dialog).getByText('Could not delete version v7.0.0')).toBeTruthy();
  });

  it('renders server text as text', async () => {
    realServer(() =>
      realDetail({ desc: '<img src=x onerror=alert(1)>', error: '<script>alert(1)</script>' }),
    );
    const { container } = renderPage(PATH, { intervals });
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('speaks Chinese', async () => {
    realServer(() => realDetail());
    renderPage(PATH, { locale: 'zh-CN', intervals });
    expect(await screen.findByText('已推送 1 / 2 个镜像', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('从环境')).toBeTruthy();
  });
});

describe('version detail against the routes Zadig v4.0–v5.0 have', () => {
  it('opens an id-only link (an old bookmark): the name comes from the list, the detail by name', async () => {
    const server = realServer(
      () => realDetail(),
      (r) =>
        r.url.pathname === BASE
          ? json({ list: [{ id: 'abc123', version_name: 'v7.0.0', create_time: 1 }], total: 1 })
          : undefined,
    );
    renderPage('/projects/yaml/releases/abc123');
    expect(await screen.findByRole('heading', { name: 'v7.0.0', level: 1 })).toBeTruthy();
    expect(server.requests.some((r) => r.url.pathname === `${BASE}/abc123`)).toBe(false);
  });

  it('shows a 405 from the detail route as "no such route", never as "version not found"', async () => {
    fakeServer((r) =>
      r.url.pathname.startsWith(BASE)
        ? new Response(`Method not allowed: GET ${r.url.pathname}`, { status: 405 })
        : undefined,
    );
    renderPage(PATH, { intervals });
    expect(await screen.findByText('The server has no such route')).toBeTruthy();
    expect(screen.getByText(`The server said: Method not allowed: GET ${BASE}/detail`)).toBeTruthy();
    expect(screen.queryByText('Version not found')).toBeNull();
  });

  it('shows any job status in words, grouped in the progress, and a 300-character values path', async () => {
    // Zadig copies any job status (pkg/microservice/aslan/config/consts.go) and stores any values path.
    const longPath = `global.${'deeply.'.repeat(41)}image.repository`;
    const base = realDetail().services[0]!.images[0]!;
    realServer(() =>
      realDetail({
        type: 'HelmChart',
        status: 'creating',
        error: '',
        services: [
          {
            service_name: 'service1',
            chart_name: 'service1',
            chart_version: '1.0.0',
            chart_status: 'passed',
            yaml_content: 'image: {}\n',
            images: [
              { ...base, container_name: 'a', image_path: { image: longPath, tag: 'image.tag' } },
              { ...base, container_name: 'b', status: 'skipped' },
              { ...base, container_name: 'c', status: 'wait_for_approval' },
              { ...base, container_name: 'd', status: 'some_new_status' },
            ],
          },
        ],
      }),
    );
    renderPage(PATH, { intervals });
    expect(await screen.findByText(longPath)).toBeTruthy();
    const images = screen.getByRole('table', { name: 'Images of service1' });
    expect(within(images).getByText('Skipped')).toBeTruthy();
    expect(within(images).getByText('Waiting for approval')).toBeTruthy();
    expect(within(images).getByText('Some new status')).toBeTruthy();
    expect(screen.getByText('1 in progress · 2 done · 1 in another status')).toBeTruthy();
  });
});
