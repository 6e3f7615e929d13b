/**
 * Component-test harness: the real providers (i18n, antd, react-query) and a memory router with the
 * release routes, in front of a fake Zadig on the network (MSW) — requests go through the real API
 * client, `fetch`, schemas and normalisers.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { App as AntdApp, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterEach } from 'vitest';
import { LocaleProvider, type Locale } from '../../../i18n/i18n';
import { routePatterns } from '../../../lib/paths';
import { ReleaseDetailPage } from '../detail/release-detail-page';
import { ReleaseListPage } from '../list/release-list-page';
import { DEFAULT_LIVE_INTERVALS, LiveIntervalsContext, type LiveIntervals } from '../live-intervals';
import { consoleAnswer } from './fake-console';

// antd in jsdom on a busy machine: rendering a page can take seconds (going back from a detail to the
// list took 7–13 s at a load average of 15 on two cores).
configure({ asyncUtilTimeout: 20_000 });

/** What antd asks of the browser and jsdom lacks: media queries and ResizeObserver (on the global too). */
export function installDomShims(): void {
  const noMatch = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
  window.matchMedia ??= noMatch;
  class NoResize {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver ??= NoResize as unknown as typeof ResizeObserver;
  window.ResizeObserver ??= NoResize as unknown as typeof ResizeObserver;
}

export interface FakeRequest {
  method: string;
  url: URL;
  body: unknown;
  /** The browser's headers (the versions API's own reads of the fake Zadig send none). */
  headers?: Headers;
}

export type Handler = (request: FakeRequest) => Response | undefined | Promise<Response | undefined>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function empty(status: number): Response {
  return new Response(null, { status });
}

/** Intercepts the page's requests (MSW) from a test's `fakeServer` until the test ends. */
const network = setupServer();
afterEach(() => network.close());

/**
 * A fake server on the network: the console's versions API (`fake-console.ts`) in front of the fake
 * Zadig `handler`; unanswered requests get a 599 so a test notices them. `requests` are the browser's,
 * `answers` the answers to them, in the same order; `zadigRequests` what reached the fake Zadig (the
 * versions API's reads included).
 */
export function fakeServer(handler: Handler) {
  const requests: FakeRequest[] = [];
  const zadigRequests: FakeRequest[] = [];
  const answers: Promise<Response>[] = [];
  const zadig = async (request: FakeRequest) => {
    zadigRequests.push(request);
    return handler(request);
  };
  const answer = async (request: FakeRequest): Promise<Response> => {
    try {
      const response = (await consoleAnswer(zadig, request.method, request.url)) ?? (await zadig(request));
      return (
        response ?? json({ code: 599, message: `no fake for ${request.method} ${request.url.pathname}` }, 599)
      );
    } catch {
      return HttpResponse.error(); // a fake that rejects is a network failure
    }
  };
  network.resetHandlers(
    http.all('*', async ({ request: sent }) => {
      const text = sent.method === 'GET' ? '' : await sent.text();
      const request = {
        method: sent.method,
        url: new URL(sent.url),
        body: text ? (JSON.parse(text) as unknown) : undefined,
        headers: sent.headers,
      };
      requests.push(request);
      const answered = answer(request);
      answers.push(answered);
      return answered;
    }),
  );
  network.close(); // a second fake server in one test replaces the first
  network.listen({ onUnhandledRequest: 'error' });
  return { requests, zadigRequests, answers };
}

const routes: RouteObject[] = [
  { path: routePatterns.releases, element: <ReleaseListPage /> },
  { path: routePatterns.newRelease, element: <h1>wizard</h1> },
  { path: routePatterns.release, element: <ReleaseDetailPage /> },
];

export function renderPage(
  path: string,
  { locale = 'en-US' as Locale, antd, intervals }: RenderOptions = {},
) {
  return renderRoutes(routes, path, locale, antd, intervals);
}

export interface RenderOptions {
  locale?: Locale;
  /** Puts antd around the page (the app's themes, say); antd's defaults when not given. */
  antd?: (page: ReactNode) => ReactNode;
  /** How often pages poll while the event stream is not open (the fake's never is). */
  intervals?: LiveIntervals;
}

/** `routes` on a memory router at `path`, behind the app's providers and a fresh QueryClient. */
export function renderRoutes(
  pages: RouteObject[],
  path: string,
  locale: Locale = 'en-US',
  antd: (page: ReactNode) => ReactNode = (page) => (
    <ConfigProvider>
      <AntdApp>{page}</AntdApp>
    </ConfigProvider>
  ),
  intervals: LiveIntervals = DEFAULT_LIVE_INTERVALS,
) {
  installDomShims();
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(pages, { initialEntries: [path] });
  const content = (
    <QueryClientProvider client={client}>
      <LiveIntervalsContext.Provider value={intervals}>
        <RouterProvider router={router} />
      </LiveIntervalsContext.Provider>
    </QueryClientProvider>
  );
  const result = render(<LocaleProvider initial={locale}>{antd(content)}</LocaleProvider>);
  return { ...result, router, client };
}

// Realistic Zadig payloads ---------------------------------------------------------------------------

export function listItem(over: Record<string, unknown> = {}) {
  return {
    id: '66287b110b8b8a631910f5ae',
    version_name: 'v13',
    type: 'K8SYaml',
    source: 'manual',
    status: 'success',
    labels: [],
    description: 'labore id amet',
    created_by: 'patrick',
    create_time: 1713928977,
    ...over,
  };
}

/** A detail as real v4 servers send it: `version`, `project_name`, `desc`, `created_at`, no `id`. */
export function realDetail(over: Record<string, unknown> = {}) {
  return {
    version: 'v7.0.0',
    project_name: 'yaml',
    env_name: 'dev',
    production: false,
    type: 'K8SYaml',
    source: 'from_env',
    desc: 'first cut',
    labels: ['GA'],
    image_registry_id: '683047fe458904519c5f5c80',
    chart_repo_name: '',
    services: [
      {
        service_name: 'service1',
        chart_name: '',
        original_chart_version: '',
        chart_version: '',
        chart_status: '',
        yaml_content: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: service1\n',
        images: [
          {
            container_name: 'service1',
            image_name: 'service1',
            source_image: 'koderover.tencentcloudcr.com/test/service1:20250908142239-3-patrick-01',
            source_image_tag: '20250908142239-3-patrick-01',
            target_image: 'koderover.tencentcloudcr.com/test/service1:v2',
            target_image_tag: 'v2',
            image_path: null,
            push_image: true,
            status: 'passed',
            error: '',
          },
          {
            container_name: 'sidecar',
            image_name: 'envoy',
            source_image: 'koderover.tencentcloudcr.com/test/envoy:1.30',
            source_image_tag: '1.30',
            target_image: 'koderover.tencentcloudcr.com/test/envoy:v2',
            target_image_tag: 'v2',
            image_path: null,
            push_image: true,
            status: 'failed',
            error: 'manifest unknown',
          },
        ],
        error: '',
      },
    ],
    status: 'failed',
    error: 'image push failed: envoy',
    created_by: 'lilian',
    created_at: 1757493873,
    deleted_at: 0,
    ...over,
  };
}

export const registries = [
  {
    registry_id: '683047fe458904519c5f5c80',
    address: 'https://koderover.tencentcloudcr.com',
    provider: 'tcr',
    region: '',
    namespace: 'test',
    is_default: true,
  },
];
