// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReleaseDetail, ReleaseStatusValue } from '../../../api/model';
import { LocaleProvider } from '../../../i18n/i18n';
import { ReleaseProgress } from '../detail/release-progress';
import { ReleaseSummary } from '../detail/release-summary';
import { ReleaseTable } from '../list/release-table';
import { installDomShims } from '../testing/render-page';
import { ImageStatusTag } from './image-status-tag';
import { progressState, statusColour, statusTone } from './status-tone';

installDomShims();
afterEach(cleanup);

const STATUSES = ['creating', 'retrying', 'failed', 'success'] as const;
const EXPECTED = { creating: 'processing', retrying: 'processing', failed: 'error', success: 'success' };

function release(status: ReleaseStatusValue): ReleaseDetail {
  return {
    id: `id-${status}`,
    name: `v-${status}`,
    type: 'image',
    source: 'fromEnv',
    status,
    labels: [],
    description: '',
    createdBy: 'ana',
    createdAt: null,
    projectKey: 'mall',
    envName: 'dev',
    production: false,
    error: '',
    imageRegistryId: '',
    chartRepoName: '',
    services: [
      {
        serviceName: 'order',
        chartName: '',
        chartVersion: '',
        chartStatus: '',
        yamlContent: '',
        error: '',
        images: [
          {
            containerName: 'order',
            imageName: 'order',
            sourceImage: 'r.io/order:1',
            sourceImageTag: '1',
            targetImage: 'r.io/order',
            targetImageTag: '1',
            imagePath: null,
            pushImage: true,
            status: status === 'success' ? 'passed' : status === 'failed' ? 'failed' : 'running',
            error: '',
          },
        ],
      },
    ],
  };
}

function wrap(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  return render(
    <QueryClientProvider client={client}>
      <LocaleProvider initial="zh-CN">
        <MemoryRouter>{children}</MemoryRouter>
      </LocaleProvider>
    </QueryClientProvider>,
  );
}

/** The antd preset colour of the first status tag in `root` (`ant-tag-processing` → `processing`). */
function tagColour(root: Element): string {
  const tag = root.querySelector('[data-tone]');
  const cls = [...(tag?.classList ?? [])].find((c) => /^ant-tag-(processing|success|error|default)$/.test(c));
  return cls ? cls.replace('ant-tag-', '') : 'default';
}

describe('one colour rule per status', () => {
  it('puts version and image statuses in the same tones', () => {
    expect(STATUSES.map(statusTone)).toEqual(['active', 'active', 'failed', 'done']);
    expect(['running', 'failed', 'passed'].map(statusTone)).toEqual(['active', 'failed', 'done']);
    expect(statusColour('retrying')).toBe(statusColour('running'));
    expect(statusColour('')).toBe('default');
    expect(progressState('retrying', 40)).toBe('active');
    expect(progressState('failed', 100)).toBe('exception');
    expect(progressState('success', 100)).toBe('success');
  });

  it.each(STATUSES)('gives a %s version the same colour in the list and on its page', (status) => {
    const r = release(status);
    const list = wrap(
      <ReleaseTable
        projectKey="mall"
        rows={[r]}
        total={1}
        page={1}
        size={20}
        loading={false}
        stale={false}
        filtering={false}
        onPageChange={() => undefined}
        onRetry={() => undefined}
        onDelete={() => undefined}
        retryingId={null}
        checkingId={null}
      />,
    );
    const inList = tagColour(list.container);
    cleanup();
    const detail = wrap(<ReleaseSummary release={r} />);
    const onPage = tagColour(detail.container);
    cleanup();
    const progress = wrap(<ReleaseProgress release={r} />);
    const bar = progress.container.querySelector('.ant-progress');
    const image = wrap(<ImageStatusTag status={r.services[0]!.images[0]!.status} pushImage />);

    expect(inList).toBe(EXPECTED[status]);
    expect(onPage).toBe(inList);
    // The detail's image push badge and progress bar follow the same rule.
    expect(tagColour(image.container)).toBe(inList);
    const barClass = { processing: 'active', error: 'exception', success: 'success' }[inList];
    expect(bar?.className).toContain(`ant-progress-status-${barClass}`);
  });
});
