/**
 * The wizard's YAML editor with a large YAML pasted, in Chromium on the built app and the sandbox:
 * - paste → the paste event handled (the main thread's share of the paste itself);
 * - paste → the YAML checked (the Next button enabled again: syntax and images known);
 * - main-thread blocking from the paste until then: long tasks (over 50 ms), their sum and the longest;
 * - typing 20 characters into it afterwards: per key, keydown → the next frame (input latency),
 *   median and slowest, and the long tasks while typing.
 * Sizes: 3 MB and 9 MB (under the 10 MB request limit). YAML is made in the page: a Deployment and a
 * ConfigMap of many short lines.
 *
 * `npm run bench:editor` (BENCH_PORT, BENCH_RUNS, BENCH_DIST for a built app to measure): prints a
 * table, writes bench-results/editor-latest.json and the table into README.md between its markers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { freshBuild } from '../fresh-build';
import { runScript, Scratch, writeReadmeTable } from '../harness';
import { freshPage, launch } from './browser';
import { machine, median } from './stats';

const SIZES_MB = [3, 9];
// A comment on a line of its own: the YAML stays valid, so Next is enabled again once it is checked.
const KEYS = '# twenty keys typed.';

/** In the page: long tasks and per-key latency. Source text (see browser.ts: no loader helpers). */
const INSTRUMENT = `() => {
  const b = (window.__bench = { long: [], keys: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
  document.addEventListener('keydown', (e) => {
    const t = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => b.keys.push(performance.now() - t), 0));
  }, true);
}`;

/** In the page: makes about \`mb\` megabytes of YAML and pastes it into the focused editor. */
const PASTE = `(mb) => {
  const lines = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: big', 'spec:',
    '  template:', '    spec:', '      containers:', '        - name: web',
    '          image: harbor.demo.koderover.com/mall/web:20261130-1', '---', 'apiVersion: v1',
    'kind: ConfigMap', 'metadata:', '  name: big-config', 'data:'];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const line = '  key-' + i + ': "' + 'x'.repeat(90) + '"';
    lines.push(line);
    size += line.length + 1;
  }
  const data = new DataTransfer();
  data.setData('text/plain', lines.join('\\n') + '\\n');
  const el = document.activeElement;
  const t0 = performance.now();
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return [t0, performance.now() - t0];
}`;

/**
 * In the page: the page's time once the service card shows the pasted size (`YAML 3.`: the form has
 * the text) and the wizard's Next button is enabled (its check is done), else false.
 */
function nextEnabled(size: string): number | false {
  if (!document.body.innerText.includes(size)) return false;
  const next = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Next');
  return next && !next.disabled ? performance.now() : false;
}

export interface EditorRun {
  mb: number;
  pasteEventMs: number;
  checkedMs: number;
  longTasks: number;
  longTaskSumMs: number;
  longestTaskMs: number;
  keyMedianMs: number;
  keyMaxMs: number;
  typingLongestTaskMs: number;
}

async function openEditor(page: Page) {
  await page.goto('/projects/yaml-demo/releases/new');
  await page.getByLabel('Version name').fill(`bench-editor-${Date.now().toString(36)}`);
  await page.getByRole('radiogroup', { name: 'Source' }).getByText('Manual', { exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Add a service by hand' }).click();
  await page.getByLabel('Service name').fill('big');
  const editor = page.getByRole('textbox', { name: 'YAML of big' });
  await editor.click();
  return editor;
}

type Long = Array<[number, number]>;
const within = (long: Long, from: number, to: number) => long.filter(([s]) => s >= from && s <= to);

async function once(browser: Browser, base: string, mb: number): Promise<EditorRun> {
  const { context, page } = await freshPage(browser, base, []);
  try {
    const editor = await openEditor(page);
    await page.evaluate(`(${INSTRUMENT})()`);
    const [t0, pasteEventMs] = (await page.evaluate(`(${PASTE})(${mb})`)) as [number, number];
    const done = (await (
      await page.waitForFunction(nextEnabled, `YAML ${mb}.`, { timeout: 900_000, polling: 50 })
    ).jsonValue()) as number;
    const pasted = within(await page.evaluate<Long>('window.__bench.long'), t0, done);

    await editor.press('Control+End');
    const typeFrom = (await page.evaluate('performance.now()')) as number;
    await page.keyboard.type(KEYS, { delay: 100 });
    await page.waitForFunction(
      (n) => (window as unknown as { __bench: { keys: number[] } }).__bench.keys.length >= n,
      KEYS.length,
      { timeout: 900_000 },
    );
    const typedUntil = (await (
      await page.waitForFunction(nextEnabled, `YAML ${mb}.`, { timeout: 900_000, polling: 50 })
    ).jsonValue()) as number;
    const keys = (await page.evaluate('window.__bench.keys')) as number[];
    const typing = within(await page.evaluate<Long>('window.__bench.long'), typeFrom, typedUntil);
    return {
      mb,
      pasteEventMs,
      checkedMs: done - t0,
      longTasks: pasted.length,
      longTaskSumMs: pasted.reduce((s, [, d]) => s + d, 0),
      longestTaskMs: Math.max(0, ...pasted.map(([, d]) => d)),
      keyMedianMs: median(keys),
      keyMaxMs: Math.max(...keys),
      typingLongestTaskMs: Math.max(0, ...typing.map(([, d]) => d)),
    };
  } finally {
    await context.close();
  }
}

export async function measureEditor(browser: Browser, base: string, runs: number): Promise<EditorRun[]> {
  const out: EditorRun[] = [];
  for (let r = 0; r < runs; r++) for (const mb of SIZES_MB) out.push(await once(browser, base, mb));
  return out;
}

export function editorRows(all: readonly EditorRun[]): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const mb of SIZES_MB) {
    const runs = all.filter((r) => r.mb === mb);
    const fig = (pick: (r: EditorRun) => number) => {
      const v = runs.map(pick);
      return `${Math.round(median(v))} ms (${Math.round(Math.min(...v))}–${Math.round(Math.max(...v))})`;
    };
    rows.push(
      [`${mb} MB pasted: the paste event handled`, fig((r) => r.pasteEventMs)],
      [`${mb} MB pasted: paste → YAML checked, Next enabled`, fig((r) => r.checkedMs)],
      [`${mb} MB pasted: long tasks until then, sum`, fig((r) => r.longTaskSumMs)],
      [`${mb} MB pasted: longest task until then`, fig((r) => r.longestTaskMs)],
      [`${mb} MB: typing, keydown → next frame, median`, fig((r) => r.keyMedianMs)],
      [`${mb} MB: typing, keydown → next frame, slowest of 20 keys`, fig((r) => r.keyMaxMs)],
      [`${mb} MB: typing, longest task`, fig((r) => r.typingLongestTaskMs)],
    );
  }
  return rows;
}

// ---- standalone -----------------------------------------------------------------------------------

async function standalone(scratch: Scratch) {
  const port = Number(process.env.BENCH_PORT ?? 4321);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const dist = freshBuild(process.env.BENCH_DIST, () => scratch.dir('build'));
  const base = await scratch.startConsole(port, { DATA_DIR: scratch.dir('data'), STATIC_DIR: dist });
  const browser = await launch();
  const figures = await measureEditor(browser, base, runs);
  const host = { ...machine(), browser: `Chromium ${browser.version()}` };
  await browser.close();
  const when = new Date().toISOString();
  const table = [
    `Measured ${when.slice(0, 16).replace('T', ' ')} UTC on ${host.cpu}, ${host.cores} cores, ${host.os}, Node ${host.node}, ${host.browser}; ${runs} runs per size, median (min–max).`,
    '',
    '| Figure | Ours |',
    '|---|---:|',
    ...editorRows(figures).map(([what, value]) => `| ${what} | ${value} |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    join('bench-results', 'editor-latest.json'),
    JSON.stringify({ when, machine: host, runs, figures }, null, 2),
  );
  if (!process.env.BENCH_DIST) writeReadmeTable('editor-bench', table, '\n\n', 'docs/benchmark.md');
}

if (process.argv[1]?.endsWith('editor-input.ts')) {
  const scratch = new Scratch('bench-editor');
  runScript(() => standalone(scratch), scratch);
}
