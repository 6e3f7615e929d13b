/**
 * How much React does for a cold load of a page until a text shows: commits, component renders (function,
 * class, forwardRef and memo components that ran in a commit) and components mounted, counted in the
 * built app through the hook React offers its developer tools (installed before any script runs).
 * Names are the production build's (antd's and ours are shortened), so the count by name is a hint.
 */
import type { Browser } from '@playwright/test';
import { freshPage, seenAt } from './browser';

export interface RenderCount {
  commits: number;
  renders: number;
  mounted: number;
  byName: Array<{ name: string; renders: number }>;
}

/** Source text (see WATCH_FOR_TEXT in browser.ts): counts each commit's rendered components. */
const COUNT_RENDERS = `(() => {
  const COMPONENT = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  const counts = { commits: 0, renders: 0, byName: {} };
  window.__renders = counts;
  const nameOf = (f) => {
    const t = f.type && (f.type.type || f.type.render || f.type);
    return (t && (t.displayName || t.name)) || '(anonymous)';
  };
  // A subtree React skipped keeps its fibers (and their flags) from the commit before: a component
  // rendered in this commit only if its fiber is not one of the last commit's.
  let last = new Set();
  let seen = new Set();
  const walk = (fiber) => {
    for (let f = fiber; f; f = f.sibling) {
      seen.add(f);
      if (COMPONENT.has(f.tag) && (f.flags & PERFORMED_WORK) !== 0 && !last.has(f)) {
        counts.renders++;
        const name = nameOf(f);
        counts.byName[name] = (counts.byName[name] || 0) + 1;
      }
      if (f.child) walk(f.child);
    }
  };
  const mounted = (fiber) => {
    let n = 0;
    for (let f = fiber; f; f = f.sibling) {
      if (COMPONENT.has(f.tag)) n++;
      if (f.child) n += mounted(f.child);
    }
    return n;
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      counts.commits++;
      seen = new Set();
      walk(root.current.child);
      last = seen;
      counts.mounted = mounted(root.current.child);
    },
  };
})();`;

export async function countRenders(
  browser: Browser,
  base: string,
  path: string,
  text: string,
): Promise<RenderCount> {
  const { context, page } = await freshPage(browser, base, [text]);
  await context.addInitScript({ content: COUNT_RENDERS });
  const counted = await context.newPage();
  await page.close();
  await counted.goto(path);
  await seenAt(counted, text);
  const raw = await counted.evaluate(
    () =>
      (
        window as unknown as {
          __renders: { commits: number; renders: number; mounted: number; byName: Record<string, number> };
        }
      ).__renders,
  );
  await context.close();
  const byName = Object.entries(raw.byName)
    .map(([name, renders]) => ({ name, renders }))
    .sort((a, b) => b.renders - a.renders)
    .slice(0, 15);
  return { commits: raw.commits, renders: raw.renders, mounted: raw.mounted, byName };
}
