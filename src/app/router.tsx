import { createBrowserRouter } from 'react-router';
import { routePatterns } from '../lib/paths';
import { AppLayout } from './layout';
import { HomePage } from './home-page';

/** Every page but the shell loads when first visited. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
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
    ],
  },
]);
