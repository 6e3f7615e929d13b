import { createBrowserRouter } from 'react-router';
import { routePatterns } from '../lib/paths';
import { NotFoundPage, RouteErrorPage } from './fallback-pages';
import { HomePage } from './home-page';
import { AppLayout } from './layout';

/** Every page but the shell loads when first visited. */
export const routes = [
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
            lazy: async () => ({
              Component: (await import('../features/releases/list/release-list-page')).ReleaseListPage,
            }),
          },
          {
            path: routePatterns.newRelease,
            lazy: async () => ({
              Component: (await import('../features/releases/create/create-release-page')).CreateReleasePage,
            }),
          },
          {
            path: routePatterns.release,
            lazy: async () => ({
              Component: (await import('../features/releases/detail/release-detail-page')).ReleaseDetailPage,
            }),
          },
          {
            path: routePatterns.compare,
            lazy: async () => ({
              Component: (await import('../features/releases/compare/compare-page')).ComparePage,
            }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
