// @vitest-environment jsdom
/**
 * The list's rows rendered: a page of 20 versions (statuses, labels, descriptions, a failed one with
 * its retry) in the table, behind the app's providers, mounted and unmounted per iteration.
 * `npm run bench:rows`. jsdom, not a browser: compare runs with each other, not with the browser's.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigProvider } from 'antd';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { bench, describe } from 'vitest';
import { normaliseReleasePage } from '../../../api/read-list';
import { LocaleProvider } from '../../../i18n/i18n';
import { installDomShims, listItem } from '../testing/render-page';
import { ReleaseTable } from './release-table';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
installDomShims();

const STATUSES = ['success', 'failed', 'creating', 'success', 'retrying'];
const rows = normaliseReleasePage({
  total: 100_000,
  list: Array.from({ length: 20 }, (_, i) =>
    listItem({
      id: `id-${i}`,
      version_name: `v1.0.${i}`,
      status: STATUSES[i % STATUSES.length],
      labels: i % 3 === 0 ? ['GA', 'hotfix'] : [],
      description: i % 2 === 0 ? `release ${i} for the payments team` : '',
    }),
  ),
}).items;

const noop = () => undefined;

function Page() {
  return (
    <LocaleProvider initial="en-US">
      <ConfigProvider>
        <ReleaseTable
          projectKey="yaml-demo"
          rows={rows}
          total={100_000}
          page={1}
          size={20}
          loading={false}
          stale={false}
          filtering={false}
          onPageChange={noop}
          onRetry={noop}
          onDelete={noop}
          retryingId={null}
          checkingId={null}
          selectedIds={new Set()}
          onSelect={noop}
        />
      </ConfigProvider>
    </LocaleProvider>
  );
}

describe('the version list’s rows', () => {
  bench(
    'a page of 20 rows: mount',
    () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      const router = createMemoryRouter([{ path: '*', element: <Page /> }]);
      act(() => root.render(<RouterProvider router={router} />));
      if (!host.textContent?.includes('v1.0.0')) throw new Error('the rows did not render');
      act(() => root.unmount());
      host.remove();
    },
    { time: 3000, warmupTime: 1000 },
  );
});
