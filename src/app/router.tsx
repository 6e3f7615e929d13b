import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  type LoaderFunctionArgs,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import { parseCompareParams, refOf } from '../features/releases/shared/compare-url';
import { releaseQueries } from '../features/releases/queries';
import { parseListState } from '../features/releases/list/url-state';
import { routePatterns } from '../lib/paths';
import { NotFoundPage, RouteErrorPage } from './fallback-pages';
import { HomePage } from './home-page';
import { AppLayout } from './layout';
import { loadPage, warmPageFor } from './page-modules';
import { setIntentWarmer } from '../lib/warm-on-intent';

/**
 * Data starts loading with the navigation, beside the page's code: a loader puts what the URL names
 * into the query cache without waiting for it (the page shows its own loading and error states), so
 * no request waits for a render.
 */
function listLoader(client: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const state = parseListState(new URL(request.url).searchParams);
    if (params.projectKey) void client.prefetchQuery(releaseQueries.list(params.projectKey, state));
    return null;
  };
}

function detailLoader(client: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const name = new URL(request.url).searchParams.get('name') ?? undefined;
    if (params.projectKey && params.id) {
      void client.prefetchQuery(
        releaseQueries.detail({ projectKey: params.projectKey, id: params.id, name }),
      );
    }
    return null;
  };
}

/** Both versions of a comparison load beside its code (the previous version, when no base, waits for the head). */
function compareLoader(client: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const { base, head } = parseCompareParams(new URL(request.url).searchParams);
    const projectKey = params.projectKey;
    if (!projectKey) return null;
    for (const pick of [base, head]) {
      if (pick) void client.prefetchQuery(releaseQueries.detail(refOf(projectKey, pick)));
    }
    return null;
  };
}

/**
 * Only a new page loads ahead: a change of the list's page or filters is the page's own business (it
 * renders a cached page in the same frame, which waiting for a loader would not).
 */
const onNewPath = ({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) =>
  currentUrl.pathname !== nextUrl.pathname;

/** Every page but the shell loads when first visited; the data of the list and detail with it. */
export function appRoutes(client: QueryClient) {
  return [
    {
      element: <AppLayout />,
      hydrateFallbackElement: <div aria-busy="true" />,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { path: routePatterns.home, element: <HomePage /> },
            {
              path: routePatterns.releases,
              loader: listLoader(client),
              shouldRevalidate: onNewPath,
              lazy: async () => ({
                Component: (await loadPage('list')).ReleaseListPage,
              }),
            },
            {
              path: routePatterns.newRelease,
              lazy: async () => ({
                Component: (await loadPage('create')).CreateReleasePage,
              }),
            },
            {
              path: routePatterns.release,
              loader: detailLoader(client),
              shouldRevalidate: onNewPath,
              lazy: async () => ({
                Component: (await loadPage('detail')).ReleaseDetailPage,
              }),
            },
            {
              path: routePatterns.compare,
              loader: compareLoader(client),
              lazy: async () => ({
                Component: (await loadPage('compare')).ComparePage,
              }),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(client: QueryClient) {
  setIntentWarmer(warmPageFor);
  return createBrowserRouter(appRoutes(client));
}
