/**
 * The list's first row, ours beside the floor page: cold and warm loads interleaved in each round, the
 * in-page breakdown of each, and a profile of cold loads (modules, components, style and layout).
 * Part of `npm run bench`; `BENCH_ONLY=first-row npm run bench` runs this part alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { writeReadmeTable } from '../harness';
import { breakdownRows } from './breakdown';
import { launch, loads, type LoadFigures } from './browser';
import { profileLoad, type LoadProfile, type Share } from './profile';
import { countRenders, type RenderCount } from './render-count';
import { machine } from './stats';

export interface FirstRow {
  ours: LoadFigures;
  floor: LoadFigures;
  profile: LoadProfile;
  profiles: number;
  renders: RenderCount;
}

/** Mean of each named share over several profiles. */
function meanShares(lists: Share[][]): Share[] {
  const sums = new Map<string, number>();
  for (const list of lists) for (const s of list) sums.set(s.name, (sums.get(s.name) ?? 0) + s.ms);
  return [...sums.entries()]
    .map(([name, ms]) => ({ name, ms: ms / lists.length }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 12);
}

export async function measureFirstRow(
  browser: Browser,
  base: string,
  target: { path: string; floorPath: string; text: string; apiPath: string },
  runs: number,
  dist: string,
  profiles = 3,
): Promise<FirstRow> {
  const targets = [
    { path: target.path, text: target.text, apiPath: target.apiPath },
    { path: target.floorPath, text: target.text, apiPath: target.apiPath },
  ];
  await loads(browser, base, targets, 1); // warm-up: the server's compressed-file cache
  const [ours, floor] = (await loads(browser, base, targets, runs)) as [LoadFigures, LoadFigures];
  const all: LoadProfile[] = [];
  for (let i = 0; i < profiles; i++)
    all.push(await profileLoad(browser, base, target.path, target.text, dist));
  const profile: LoadProfile = {
    totalMs: all.reduce((sum, p) => sum + p.totalMs, 0) / all.length,
    selfByModule: meanShares(all.map((p) => p.selfByModule)),
    evaluationByModule: meanShares(all.map((p) => p.evaluationByModule)),
    renderByComponent: meanShares(all.map((p) => p.renderByComponent)),
    trace: meanShares(all.map((p) => p.trace)),
  };
  const renders = await countRenders(browser, base, target.path, target.text);
  return { ours, floor, profile, profiles, renders };
}

const ms = (n: number) => `${Math.round(n)} ms`;

export function firstRowRows(f: FirstRow): Array<[string, string, string, string]> {
  return breakdownRows(
    'List, first row',
    { cold: f.ours.cold.breakdown, warm: f.ours.warm.breakdown },
    { cold: f.floor.cold.breakdown, warm: f.floor.warm.breakdown },
  );
}

/** The profile as Markdown: four small tables. */
export function profileTables(f: FirstRow): string {
  const table = (title: string, shares: Share[]) =>
    [
      `| ${title} | ms |`,
      '|---|---:|',
      ...shares.map((s) => `| ${s.name.replace(/\|/g, '\\|')} | ${ms(s.ms)} |`),
    ].join('\n');
  const p = f.profile;
  return [
    `Cold load of the list until its first row, mean of ${f.profiles} profiles (CPU samples every 100 µs; ${ms(p.totalMs)} of script and native work sampled, idle and the browser’s own work left out):`,
    '',
    table('Self time, by module', p.selfByModule),
    '',
    table('Module evaluation (chunks’ top-level code and what it calls), by module', p.evaluationByModule),
    '',
    table('React render, by component (with what it calls)', p.renderByComponent),
    '',
    table('Renderer main thread (trace), by kind of event', p.trace),
    '',
    `React until the first row (cold, production build): ${f.renders.commits} commits, ${f.renders.renders} component renders, ${f.renders.mounted} components mounted. Most rendered (production names): ${f.renders.byName.map((r) => `${r.name} ×${r.renders}`).join(', ')}.`,
  ].join('\n');
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const spread = (v: { ms: number; all: number[] }) =>
  `${ms(v.ms)} (${Math.min(...v.all)}–${Math.max(...v.all)})`;

/** `BENCH_ONLY=first-row`: this part alone, printed, kept in bench-results/ and written into `doc`. */
export async function firstRowOnly(
  base: string,
  target: { path: string; floorPath: string; text: string; apiPath: string },
  runs: number,
  dist: string,
  versions: number,
  doc: string,
): Promise<void> {
  const loadBefore = load();
  const browser = await launch();
  const f = await measureFirstRow(browser, base, target, runs, dist);
  const host = { ...machine(), browser: `Chromium ${browser.version()}` };
  await browser.close();
  const loadAfter = load();
  const when = new Date().toISOString();
  const rows: Array<[string, string, string, string]> = [
    [
      'List, first row: cold load → visible',
      spread(f.ours.cold),
      spread(f.floor.cold),
      ratio(f.ours.cold.ms, f.floor.cold.ms),
    ],
    [
      'List, first row: warm load → visible',
      spread(f.ours.warm),
      spread(f.floor.warm),
      ratio(f.ours.warm.ms, f.floor.warm.ms),
    ],
    ...firstRowRows(f),
  ];
  const table = [
    `Measured ${when.slice(0, 16).replace('T', ' ')} UTC on ${host.cpu}, ${host.cores} cores, ${host.os}, ${host.browser}; load average (1, 5, 15 min) ${loadBefore} at the start, ${loadAfter} at the end. ${versions.toLocaleString('en-US')} versions; median of ${runs} rounds, ours and the floor interleaved in each (in brackets: fastest–slowest).`,
    '',
    '| Figure | Ours | Floor page | Ours / floor |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    profileTables(f),
  ].join('\n');
  console.log(`\n${table}\n`);
  mkdirSync('bench-results', { recursive: true });
  const json = JSON.stringify(
    { when, machine: host, load: { before: loadBefore, after: loadAfter }, runs, ...f },
    null,
    2,
  );
  writeFileSync(join('bench-results', `first-row-${when.replace(/[:.]/g, '-')}.json`), json);
  if (!process.env.BENCH_DIST) writeReadmeTable('first-row', table, '\n', doc);
}
