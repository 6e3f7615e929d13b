// @vitest-environment jsdom
/**
 * How much React does for a cold list until its first page of rows shows: the components mounted and
 * the component renders (function, forwardRef and memo components that ran), counted at each commit
 * under a React Profiler. Filters that are look-alikes until used, one shared tooltip for the rows'
 * buttons and a single clock keep the count down; this test fails when a change brings them back.
 * The counts are of React's development build in jsdom (the production figures are in
 * docs/benchmark.md, `npm run bench`), with antd's static styles as in the app.
 */
import { cleanup, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App as AntdApp, ConfigProvider, type ThemeConfig } from 'antd';
import { fakeServer, json, listItem, renderPage } from '../testing/render-page';

vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/*
 * A little above what this list reaches (2026-12-05: 469 mounted, 561 renders in 4 commits; the list
 * as it was before, with filters built at once, a tooltip per row and antd's skeletons: 574 mounted, 793 renders;
 * see docs/benchmark.md for both).
 */
const MOUNTED_LIMIT = 490;
const RENDERS_LIMIT = 600;

interface Fiber {
  tag: number;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
}
/** Function, class, forwardRef, memo and simple memo components (React's fiber tags). */
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
const PERFORMED_WORK = 1;

function walk(fiber: Fiber | null, visit: (f: Fiber) => void) {
  for (let f = fiber; f; f = f.sibling) {
    visit(f);
    walk(f.child, visit);
  }
}

/** The fiber tree committed in the page's root (React keeps it under a `__reactContainer$…` key). */
function committedTree(): Fiber | null {
  for (const container of document.body.children) {
    const key = Object.keys(container).find((k) => k.startsWith('__reactContainer$'));
    if (!key) continue;
    const hostRoot = (container as unknown as Record<string, { stateNode: { current: Fiber } }>)[key]!;
    return hostRoot.stateNode.current.child;
  }
  return null;
}

function counter() {
  const counts = { commits: 0, renders: 0, mounted: 0 };
  let done = false;
  let seen = new Set<Fiber>();
  const onCommit = () => {
    const tree = committedTree();
    if (!tree || done) return;
    counts.commits++;
    let mounted = 0;
    const before = seen;
    seen = new Set<Fiber>();
    walk(tree, (f) => {
      if (!COMPONENT_TAGS.has(f.tag)) return;
      mounted++;
      seen.add(f);
      // A subtree React skipped keeps the last commit's fibers (and their flags): not rendered now.
      if ((f.flags & PERFORMED_WORK) !== 0 && !before.has(f)) counts.renders++;
    });
    counts.mounted = mounted;
    // Until the commit that shows the first page's rows.
    done = document.querySelector('table a[href]') !== null;
  };
  const wrap = (page: ReactNode) => (
    <Profiler id="list" onRender={onCommit}>
      <ConfigProvider theme={THEME}>
        <AntdApp>{page}</AntdApp>
      </ConfigProvider>
    </Profiler>
  );
  return { counts, wrap };
}

/** As the app's (static styles); made once, as the app's are. */
const THEME: ThemeConfig = { zeroRuntime: true };
const HOUR = 3600;
const rows = Array.from({ length: 20 }, (_, i) =>
  listItem({
    id: `id-${i}`,
    version_name: `v1.${i}`,
    status: i % 4 === 0 ? 'failed' : 'success',
    labels: i % 3 === 0 ? ['hotfix', 'payments'] : [],
    description: i % 2 === 0 ? `release notes of v1.${i}` : '',
    create_time: Math.floor(Date.now() / 1000) - i * HOUR,
  }),
);

describe('a cold list', () => {
  it(`mounts at most ${MOUNTED_LIMIT} components and renders at most ${RENDERS_LIMIT} times until its first page shows`, async () => {
    fakeServer((r) => {
      if (r.url.pathname === '/openapi/delivery/releases') return json({ list: rows, total: 400 });
      return undefined;
    });
    const { counts, wrap } = counter();
    renderPage('/projects/yaml/releases', { antd: wrap });
    await screen.findByRole('link', { name: 'v1.19' });
    console.log(`cold list: ${JSON.stringify(counts)}`);
    expect(counts.mounted).toBeGreaterThan(100);
    expect(counts.mounted).toBeLessThanOrEqual(MOUNTED_LIMIT);
    expect(counts.renders).toBeLessThanOrEqual(RENDERS_LIMIT);
  });
});
