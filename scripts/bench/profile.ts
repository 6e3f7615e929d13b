/**
 * Where a cold load's time goes until the first row shows. A CPU profile (CDP `Profiler`, sampled every
 * 100 µs) is mapped back to the original modules through the build's hidden source maps and summed
 * three ways: self time by module, time under each module's evaluation (the chunks' top-level code),
 * and time in React's render of each component (a frame called by React's `renderWithHooks`, counted
 * with what it calls). A trace of the same kind of load (CDP `Tracing`, through Playwright) gives the
 * renderer's main-thread time in style recalculation, layout, style sheet parsing, script and GC.
 * Profiling and tracing slow the page alike; the figures are shares, not load times.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Browser } from '@playwright/test';
import { freshPage, seenAt } from './browser';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  ms: number;
}
export interface LoadProfile {
  totalMs: number;
  selfByModule: Share[];
  evaluationByModule: Share[];
  renderByComponent: Share[];
  trace: Share[];
}

/** A module's short name: `antd/es/table`, `react-dom`, or a path under `src/`. */
export function moduleName(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    const pkg = parts[0]!.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1);
    const rest = parts.slice(pkg.length);
    const deep = pkg[0] === 'antd' || pkg[0] === '@ant-design' ? rest.slice(0, 2) : [];
    return [...pkg, ...deep].join('/').replace(/\.(m?js|cjs)$/, '');
  }
  const src = source.indexOf('src/');
  return src >= 0 ? source.slice(src) : source;
}

function mapper(dist: string) {
  const maps = new Map<string, TraceMap | null>();
  return (frame: CallFrame): { module: string; name: string } => {
    // Chromium's own scripts have names that are not addresses (`v8/LoadTimes`): kept as they are.
    const file = URL.canParse(frame.url) ? new URL(frame.url).pathname : frame.url;
    if (!file.endsWith('.js'))
      return { module: frame.url ? file : `(${frame.functionName || 'native'})`, name: frame.functionName };
    if (!maps.has(file)) {
      const path = join(dist, `${file}.map`);
      maps.set(file, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
    }
    const map = maps.get(file);
    if (!map) return { module: file, name: frame.functionName };
    const pos = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    return { module: pos.source ? moduleName(pos.source) : file, name: pos.name ?? frame.functionName };
  };
}

const top = (sums: Map<string, number>, n: number): Share[] =>
  [...sums.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: us / 1000 }));

const add = (sums: Map<string, number>, key: string, us: number) => sums.set(key, (sums.get(key) ?? 0) + us);

export function summarise(profile: CpuProfile, dist: string, n = 12): Omit<LoadProfile, 'trace'> {
  const map = mapper(dist);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const mapped = new Map(profile.nodes.map((node) => [node.id, map(node.callFrame)]));
  const self = new Map<string, number>();
  const evaluation = new Map<string, number>();
  const render = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const leaf = mapped.get(id)!;
    const native = byId.get(id)!.callFrame.functionName;
    if (native === '(idle)' || native === '(program)') return; // waiting, or the browser's own work
    total += us;
    add(self, leaf.module, us);
    // Walk up the stack: the outermost component (below React) and the chunk's top-level code, if any.
    let component: string | null = null;
    let evaluated = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const up = parent.get(at);
      const caller = up === undefined ? null : mapped.get(up)!;
      if (caller?.name === 'renderWithHooks' || caller?.name === 'renderWithHooksAgain') {
        const m = mapped.get(at)!;
        component = `${m.name || '(anonymous)'} (${m.module})`;
      }
      if (frame.url.endsWith('.js') && frame.lineNumber === 0 && frame.columnNumber === 0) evaluated = true;
    }
    if (evaluated) add(evaluation, leaf.module, us);
    if (component) add(render, component, us);
  });
  return {
    totalMs: total / 1000,
    selfByModule: top(self, n),
    evaluationByModule: top(evaluation, n),
    renderByComponent: top(render, n),
  };
}

const TRACE_EVENTS: Record<string, string> = {
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  ParseAuthorStyleSheet: 'parsing style sheets',
  ParseHTML: 'HTML parse',
  EvaluateScript: 'script (classic) evaluation',
  'v8.evaluateModule': 'module evaluation',
  'v8.compileModule': 'module compile',
  FunctionCall: 'script callbacks',
  MinorGC: 'GC',
  MajorGC: 'GC',
  Paint: 'paint',
};

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

interface TraceEventTimed extends TraceEvent {
  ts: number;
}

/**
 * Time by kind of event in the page's renderer processes (kinds may nest: a style recalculation forced
 * inside a script callback counts in both). Complete events (`X`) and begin/end pairs (`B`/`E`) alike.
 */
export function traceShares(events: TraceEventTimed[]): Share[] {
  const renderers = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => e.pid),
  );
  const sums = new Map<string, number>();
  const open = new Map<string, number[]>();
  for (const e of events) {
    const kind = TRACE_EVENTS[e.name];
    if (!kind || (renderers.size > 0 && !renderers.has(e.pid))) continue;
    const key = `${e.pid}:${e.tid}:${e.name}`;
    if (e.ph === 'X') add(sums, kind, e.dur ?? 0);
    else if (e.ph === 'B') open.set(key, [...(open.get(key) ?? []), e.ts]);
    else if (e.ph === 'E') {
      const began = open.get(key)?.pop();
      if (began !== undefined) add(sums, kind, e.ts - began);
    }
  }
  return top(sums, 20);
}

/** Profiles one cold load of `path` until `text` shows, then traces another. */
export async function profileLoad(browser: Browser, base: string, path: string, text: string, dist: string) {
  const profiled = await freshPage(browser, base, [text]);
  const cdp = await profiled.context.newCDPSession(profiled.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await profiled.page.goto(path);
  await seenAt(profiled.page, text);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await profiled.context.close();

  const traced = await freshPage(browser, base, [text]);
  await browser.startTracing(traced.page, {
    categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', '__metadata'],
  });
  await traced.page.goto(path);
  await seenAt(traced.page, text);
  const buffer = await browser.stopTracing();
  await traced.context.close();
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEventTimed[] }).traceEvents;
  return { ...summarise(profile, dist), trace: traceShares(events) };
}
