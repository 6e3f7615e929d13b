/**
 * The comparison's figures: two versions of 200 services and ~4 MB of YAML each (the benchmark's large
 * version and a copy with a quarter of its services changed, a tenth removed and five new).
 * - cold load of the comparison → summary and service table visible, against the cold load of the
 *   detail page of the same version (→ first service visible), loads interleaved, ratio per pair;
 * - "Show YAML diff" click → the merge view shows its changes (the first one also fetches the diff's
 *   code; the later ones have it).
 *
 * Used by `npm run bench` (run.ts), or alone: `node --import tsx scripts/bench/compare.ts`, which seeds
 * a small sandbox (BENCH_VERSIONS, default 2000), starts the server on BENCH_PORT and prints a table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { openDatabase } from '../../server/sandbox/db';
import { ReleaseStore, type NewRelease } from '../../server/sandbox/store';
import { freshBuild } from '../fresh-build';
import { runScript, Scratch } from '../harness';
import { freshPage, launch, seenAt } from './browser';
import { BENCH_PROJECT, LARGE_VERSION, seedLarge } from './seed-large';
import { machine, median } from './stats';

export const COMPARE_HEAD = 'bench-large-200-services-next';

/** Inserts the head of the comparison beside the large version (before the server starts). */
export function seedCompareHead(dataDir: string): {
  id: string;
  changed: number;
  removed: number;
  added: number;
} {
  const db = openDatabase(dataDir);
  const store = new ReleaseStore(db);
  const base = store.rowByName(BENCH_PROJECT, LARGE_VERSION);
  if (!base) throw new Error(`no ${LARGE_VERSION} to compare with`);
  const detail = store.detail(base);
  let changed = 0;
  let removed = 0;
  const services: NewRelease['services'] = [];
  detail.services.forEach((s, i) => {
    if (i % 10 === 9) {
      removed++;
      return;
    }
    const change = i % 4 === 0;
    if (change) changed++;
    const tag = change ? 'v-large-next' : null;
    services.push({
      service_name: s.service_name,
      chart_name: s.chart_name,
      original_chart_version: '',
      chart_version: s.chart_version,
      chart_status: s.chart_status,
      yaml_content: tag
        ? s.yaml_content.replaceAll(':v-large', `:${tag}`).replace('threshold_3: 51', 'threshold_3: 52')
        : s.yaml_content,
      images: s.images.map((img) => ({
        ...img,
        target_image: tag ? img.target_image.replace(/:[^:]+$/, `:${tag}`) : img.target_image,
        target_image_tag: tag ?? img.target_image_tag,
      })),
    });
  });
  const added = 5;
  for (let k = 0; k < added; k++) {
    const template = detail.services[k]!;
    services.push({ ...services[0]!, service_name: `svc-new-${k}`, yaml_content: template.yaml_content });
  }
  let id = '';
  db.transaction(() => {
    id = store.insert({
      release: {
        project_key: BENCH_PROJECT,
        version_name: COMPARE_HEAD,
        type: base.type,
        source: base.source,
        env_name: base.env_name,
        production: false,
        status: 'success',
        error: '',
        labels: ['bench', 'next'],
        description: 'The large version, a quarter of its services changed',
        image_registry_id: base.image_registry_id,
        chart_repo_name: '',
        original_version: base.version_name,
        created_by: 'bench',
        created_time: base.created_time + 60,
      },
      services,
    });
  })();
  db.close();
  return { id, changed, removed, added };
}

export interface CompareFigures {
  detailMs: number[];
  compareMs: number[];
  /** compare / detail, per interleaved pair. */
  ratios: number[];
  firstDiffMs: number[];
  laterDiffMs: number[];
}

/** Time from navigation start until `text` shows, on a fresh context (empty cache). */
async function coldOnce(browser: Browser, base: string, path: string, text: string): Promise<number> {
  const { context, page } = await freshPage(browser, base, [text]);
  await page.goto(path);
  const ms = await seenAt(page, text);
  await context.close();
  return ms;
}

const range = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

/** Time from a click on "Show YAML diff: <service>" until its merge view shows changed lines. */
async function diffOpen(browser: Browser, base: string, path: string, services: string[]): Promise<number[]> {
  const { context, page } = await freshPage(browser, base, ['svc-000']);
  await page.goto(path);
  await seenAt(page, 'svc-000');
  const out: number[] = [];
  for (const service of services) {
    const button = page.getByRole('button', { name: `Show YAML diff: ${service}` });
    const elapsed = await button.evaluate(
      (el, name) =>
        new Promise<number>((resolve, reject) => {
          // No named functions in here: the TypeScript loader would wrap them in a helper the page lacks.
          const observer = new MutationObserver(() => {
            const line = document.querySelector(
              `section[aria-label$="${name}"] .cm-mergeView .cm-changedLine`,
            ) as HTMLElement | null;
            if (line && line.checkVisibility()) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
          setTimeout(() => reject(new Error(`diff of ${name} not shown`)), 30_000);
          const start = performance.now();
          (el as HTMLElement).click();
        }),
      service,
    );
    out.push(elapsed);
  }
  await context.close();
  return out;
}

export async function measureCompare(
  browser: Browser,
  base: string,
  ids: { largeId: string; headId: string },
  runs: number,
): Promise<CompareFigures> {
  const detailPath = `/projects/${BENCH_PROJECT}/releases/${ids.largeId}?name=${LARGE_VERSION}`;
  const comparePath =
    `/projects/${BENCH_PROJECT}/compare?base=${LARGE_VERSION}&baseId=${ids.largeId}` +
    `&head=${COMPARE_HEAD}&headId=${ids.headId}`;
  // Warm-up: the server's compressed-file cache and the database pages.
  await coldOnce(browser, base, detailPath, 'svc-000');
  await coldOnce(browser, base, comparePath, 'svc-000');
  const figures: CompareFigures = {
    detailMs: [],
    compareMs: [],
    ratios: [],
    firstDiffMs: [],
    laterDiffMs: [],
  };
  for (let i = 0; i < runs; i++) {
    const detail = await coldOnce(browser, base, detailPath, 'svc-000');
    const compare = await coldOnce(browser, base, comparePath, 'svc-000');
    figures.detailMs.push(detail);
    figures.compareMs.push(compare);
    figures.ratios.push(compare / detail);
    const [first, ...later] = await diffOpen(browser, base, comparePath, ['svc-004', 'svc-008', 'svc-012']);
    figures.firstDiffMs.push(first!);
    figures.laterDiffMs.push(...later);
  }
  return figures;
}

/** Table rows for the benchmark's Markdown table: figure, ours, floor, ratio. */
export function compareRows(f: CompareFigures): Array<[string, string, string, string]> {
  const r = range(f.ratios);
  const ms = (n: number) => `${Math.round(n)} ms`;
  const spread = (xs: number[]) => {
    const x = range(xs);
    return `${ms(x.median)} (${Math.round(x.min)}–${Math.round(x.max)})`;
  };
  return [
    ['Compare (2 × 200 services): cold load → summary and table visible', spread(f.compareMs), '', ''],
    [
      'Compare / detail of the same version (cold, interleaved pairs)',
      `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`,
      '',
      '',
    ],
    [
      'Compare: first "Show YAML diff" click → diff visible (fetches its code)',
      spread(f.firstDiffMs),
      '',
      '',
    ],
    ['Compare: later "Show YAML diff" click → diff visible', spread(f.laterDiffMs), '', ''],
  ];
}

// ---- standalone -----------------------------------------------------------------------------------

async function standalone(scratch: Scratch) {
  const port = Number(process.env.BENCH_PORT ?? 4321);
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const versions = Number(process.env.BENCH_VERSIONS ?? 2000);
  const dist = freshBuild(process.env.BENCH_DIST, () => scratch.dir('build'));
  const dataDir = scratch.dir('data');
  const seed = seedLarge(dataDir, versions);
  const head = seedCompareHead(dataDir);
  const base = await scratch.startConsole(port, { DATA_DIR: dataDir, STATIC_DIR: dist });
  const browser = await launch();
  const figures = await measureCompare(browser, base, { largeId: seed.largeId, headId: head.id }, runs);
  const host = { ...machine(), browser: `Chromium ${browser.version()}` };
  await browser.close();
  const when = new Date().toISOString();
  const table = [
    `Measured ${when.slice(0, 16).replace('T', ' ')} UTC on ${host.cpu}, ${host.cores} cores, ${host.os}, Node ${host.node}, ${host.browser}; ${runs} interleaved runs, median (min–max).`,
    `Base: ${seed.largeServices} services, ${(seed.largeYamlBytes / 1024 ** 2).toFixed(1)} MB of YAML; head: ${head.changed} services changed, ${head.removed} removed, ${head.added} new.`,
    '',
    '| Figure | Ours |',
    '|---|---:|',
    `| Detail of the base version: cold load → first service visible | ${Math.round(median(figures.detailMs))} ms (${Math.round(Math.min(...figures.detailMs))}–${Math.round(Math.max(...figures.detailMs))}) |`,
    ...compareRows(figures).map((r) => `| ${r[0]} | ${r[1]} |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    join('bench-results', 'compare-latest.json'),
    JSON.stringify({ when, machine: host, runs, head, figures }, null, 2),
  );
}

if (process.argv[1]?.endsWith('compare.ts')) {
  const scratch = new Scratch('bench-compare');
  runScript(() => standalone(scratch), scratch);
}
