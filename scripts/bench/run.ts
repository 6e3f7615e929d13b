/**
 * `npm run bench`: seeds a large sandbox (100,000 versions in one project; one version with 200
 * services and ~4 MB of YAML), starts the real server on it with the built app plus a floor page, then
 * measures the app in Chromium beside the floor and the API under 50 concurrent clients. Prints a
 * Markdown table, writes JSON to bench-results/ and the table into docs/benchmark.md (between the bench
 * markers), with the list's in-page breakdown and a profile of its cold load (./first-row.ts).
 *
 * Env: BENCH_DIST (a built app, with hidden source maps for the profile to name modules; without it the
 * app is built afresh into a temp dir), BENCH_PORT (4311), BENCH_RUNS (5), BENCH_VERSIONS (100000),
 * BENCH_ONLY=first-row (the list's first row alone, ours beside the floor: see ./first-row.ts).
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type LoadResult } from './api-load';
import { heapAfterLoad, launch, loads, nextPage, openDetail, type LoadFigures } from './browser';
import { compareRows, measureCompare, seedCompareHead } from './compare';
import { firstRowOnly, firstRowRows, measureFirstRow, profileTables } from './first-row';
import { measureRendered, saveRenderedPage } from './rendered';
import { freshBuild } from '../fresh-build';
import { runScript, Scratch, writeReadmeTable } from '../harness';
import { BENCH_PROJECT, LARGE_VERSION, seedLarge } from './seed-large';
import { machine } from './stats';

const PORT = Number(process.env.BENCH_PORT ?? 4311);
const ONLY = process.env.BENCH_ONLY;
const DOC = join('docs', 'benchmark.md');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VERSIONS = Number(process.env.BENCH_VERSIONS ?? 100_000);
const BASE = `http://127.0.0.1:${PORT}`;
const LIST_PATH = `/projects/${BENCH_PROJECT}/releases`;
const PAGE_SIZE = 20;
/** How long a pointer rests on a link before the click, in the "pointed at first" figure. */
const POINT_MS = 250;

const scratch = new Scratch('bench');

/** The built app with the floor page added under /floor/. */
function staticDir(): string {
  const dist = freshBuild(process.env.BENCH_DIST, () => scratch.dir('build'), true);
  const dir = scratch.dir('static');
  cpSync(dist, dir, { recursive: true });
  cpSync(join(import.meta.dirname, 'floor'), join(dir, 'floor'), { recursive: true });
  return dir;
}

async function startServer(dataDir: string, staticDirectory: string): Promise<void> {
  await scratch.startConsole(PORT, {
    DATA_DIR: dataDir,
    STATIC_DIR: staticDirectory,
    SANDBOX_PUSH_MS: '600000',
  });
}

async function firstNames(page: number): Promise<string> {
  const res = await fetch(
    `${BASE}/openapi/delivery/releases?projectKey=${BENCH_PROJECT}&pageNum=${page}&pageSize=${PAGE_SIZE}`,
  );
  const body = (await res.json()) as { list: Array<{ version_name: string }> };
  return body.list[0]!.version_name;
}

const ms = (n: number) => `${Math.round(n)} ms`;
const mb = (n: number) => `${(n / 1024 ** 2).toFixed(1)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
/** Median, with the range of the runs. */
const spread = (v: { ms: number; all: number[] }) =>
  `${ms(v.ms)} (${Math.min(...v.all)}–${Math.max(...v.all)})`;
const loadRows = (
  what: string,
  ours: LoadFigures,
  floor: LoadFigures,
): Array<[string, string, string, string]> => [
  [`${what}: cold load → visible`, spread(ours.cold), spread(floor.cold), ratio(ours.cold.ms, floor.cold.ms)],
  [`${what}: warm load → visible`, spread(ours.warm), spread(floor.warm), ratio(ours.warm.ms, floor.warm.ms)],
  [
    `${what}: cold load → data request starts`,
    ms(ours.cold.apiStartMs ?? Number.NaN),
    ms(floor.cold.apiStartMs ?? Number.NaN),
    '',
  ],
  [
    `${what}: warm load → data request starts`,
    ms(ours.warm.apiStartMs ?? Number.NaN),
    ms(floor.warm.apiStartMs ?? Number.NaN),
    '',
  ],
  [
    `${what}: script time until visible, cold / warm`,
    `${ms(ours.cold.scriptMs)} / ${ms(ours.warm.scriptMs)}`,
    `${ms(floor.cold.scriptMs)} / ${ms(floor.warm.scriptMs)}`,
    '',
  ],
];
const api = (r: LoadResult) =>
  `${Math.round(r.rps)} req/s · p50 ${r.p50.toFixed(1)} ms · p99 ${r.p99.toFixed(1)} ms` +
  (r.errors ? ` · ${r.errors} errors` : '');

async function main() {
  const staticDirectory = staticDir();
  const dataDir = scratch.dir('data');
  console.log(`seeding ${VERSIONS} versions …`);
  const seed = seedLarge(dataDir, VERSIONS);
  console.log(
    `seeded in ${seed.seconds.toFixed(1)} s (large version: ${seed.largeServices} services, ${mb(seed.largeYamlBytes)} of YAML)`,
  );
  const compareHead = seedCompareHead(dataDir);
  await startServer(dataDir, staticDirectory);

  const page1 = await firstNames(1);
  const listTarget = {
    path: LIST_PATH,
    floorPath: `/floor/index.html?project=${BENCH_PROJECT}&page=1&size=${PAGE_SIZE}`,
    text: page1,
    apiPath: `/api/projects/${BENCH_PROJECT}/versions`,
  };
  if (ONLY === 'first-row') {
    await firstRowOnly(BASE, listTarget, RUNS, staticDirectory, VERSIONS, DOC);
    return;
  }
  const page2 = await firstNames(2);
  // As the list links it: the id and the name (the page reads the version by name).
  const detailPath = `/projects/${BENCH_PROJECT}/releases/${seed.largeId}?name=${LARGE_VERSION}`;
  const floorList = `/floor/index.html?project=${BENCH_PROJECT}&page=1&size=${PAGE_SIZE}`;
  const floorDetail = `/floor/index.html?project=${BENCH_PROJECT}&detail=${LARGE_VERSION}`;

  const browser = await launch();
  console.log(`browser: Chromium ${browser.version()}, ${RUNS} runs per figure`);
  const listApi = `/api/projects/${BENCH_PROJECT}/versions`;
  const detailApi = `/api/projects/${BENCH_PROJECT}/versions/`;
  const targets = [
    { path: LIST_PATH, text: page1, apiPath: listApi },
    { path: floorList, text: page1, apiPath: listApi },
    { path: detailPath, text: 'svc-000', apiPath: detailApi },
    { path: floorDetail, text: 'svc-000', apiPath: detailApi },
  ];
  // One warm-up round, so the server's compressed-file cache is not in the first figures.
  await loads(browser, BASE, targets, 1);
  const [listOurs, listFloor, detailOurs, detailFloor] = (await loads(browser, BASE, targets, RUNS)) as [
    LoadFigures,
    LoadFigures,
    LoadFigures,
    LoadFigures,
  ];
  await saveRenderedPage(browser, BASE, LIST_PATH, page1, join(staticDirectory, 'floor', 'rendered.html'));
  const rendered = await measureRendered(browser, BASE, '/floor/rendered.html', RUNS);
  const nextWith = await nextPage(browser, BASE, LIST_PATH, page1, page2, true, RUNS);
  const nextWithout = await nextPage(browser, BASE, LIST_PATH, page1, page2, false, RUNS);
  const openAtOnce = await openDetail(browser, BASE, LIST_PATH, page1, 0, RUNS);
  const openPointed = await openDetail(browser, BASE, LIST_PATH, page1, POINT_MS, RUNS);
  const heap = {
    listOurs: await heapAfterLoad(browser, BASE, LIST_PATH, page1),
    listFloor: await heapAfterLoad(browser, BASE, floorList, page1),
    detailOurs: await heapAfterLoad(browser, BASE, detailPath, 'svc-000'),
    detailFloor: await heapAfterLoad(browser, BASE, floorDetail, 'svc-000'),
  };
  const firstRow = await measureFirstRow(browser, BASE, listTarget, RUNS, staticDirectory);
  const compare = await measureCompare(
    browser,
    BASE,
    { largeId: seed.largeId, headId: compareHead.id },
    RUNS,
  );
  const browserVersion = browser.version();
  await browser.close();

  console.log('API load …');
  const pages = Math.ceil(VERSIONS / PAGE_SIZE);
  const ids = seed.sampleIds;
  const apiList = await load(PORT, (i) => {
    const pageNum = 1 + ((i * 7919) % pages);
    return `/openapi/delivery/releases?projectKey=${BENCH_PROJECT}&pageNum=${pageNum}&pageSize=${PAGE_SIZE}`;
  });
  const apiDetail = await load(
    PORT,
    (i) => `/openapi/delivery/releases/${ids[i % ids.length]}?projectKey=${BENCH_PROJECT}`,
  );
  const apiLarge = await load(
    PORT,
    () => `/openapi/delivery/releases/${seed.largeId}?projectKey=${BENCH_PROJECT}`,
    { maxRequests: 500, maxMs: 15_000 },
  );

  const host = { ...machine(), browser: `Chromium ${browserVersion}` };
  const rows: Array<[string, string, string, string]> = [
    ...loadRows('List, first row', listOurs, listFloor),
    ...firstRowRows(firstRow),
    [
      'List, first row: our rendered list as static HTML, no script (the most server rendering could give), cold / warm',
      `${ms(rendered.cold.ms)} / ${ms(rendered.warm.ms)}`,
      `${ms(listFloor.cold.ms)} / ${ms(listFloor.warm.ms)}`,
      `${ratio(rendered.cold.ms, listFloor.cold.ms)} / ${ratio(rendered.warm.ms, listFloor.warm.ms)}`,
    ],
    ['List: next page click → rows visible (prefetched)', ms(nextWith.ms), '', ''],
    ['List: next page click → rows visible (no prefetch)', ms(nextWithout.ms), '', ''],
    [
      'List → a version, first one opened (page code not fetched yet): click at once → heading visible',
      spread(openAtOnce),
      '',
      '',
    ],
    [
      `List → a version, first one opened: pointer on the link ${POINT_MS} ms, click → heading visible`,
      spread(openPointed),
      '',
      '',
    ],
    ...loadRows(
      `Detail (${seed.largeServices} services, ${mb(seed.largeYamlBytes)} YAML), first service`,
      detailOurs,
      detailFloor,
    ),
    [
      'JS heap after list load (after GC)',
      mb(heap.listOurs),
      mb(heap.listFloor),
      ratio(heap.listOurs, heap.listFloor),
    ],
    [
      'JS heap after large detail load (after GC)',
      mb(heap.detailOurs),
      mb(heap.detailFloor),
      ratio(heap.detailOurs, heap.detailFloor),
    ],
    ...compareRows(compare),
    [`API list (page of ${PAGE_SIZE}, random page of ${pages}), 50 clients`, api(apiList), '', ''],
    ['API detail (1 service), 50 clients', api(apiDetail), '', ''],
    [
      `API detail (${seed.largeServices} services, ${mb(seed.largeYamlBytes)}), 50 clients`,
      api(apiLarge),
      '',
      '',
    ],
  ];
  const when = new Date().toISOString();
  const table = [
    `Measured ${when.slice(0, 16).replace('T', ' ')} UTC on ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB, ${host.os}, Node ${host.node}, ${host.browser}.`,
    `Sandbox with ${VERSIONS.toLocaleString('en-US')} versions in \`${BENCH_PROJECT}\`; browser figures are the median of ${RUNS} runs at 1280×800 (in brackets: fastest–slowest). Cold: a fresh browser context (empty cache); warm: a second visit in the same context (HTTP cache and storage kept). Our page and its floor are loaded in turn within each run. Times count from navigation start.`,
    '',
    '| Figure | Ours | Floor page | Ours / floor |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    profileTables(firstRow),
  ].join('\n');
  console.log(`\n${table}\n`);

  const result = {
    when,
    machine: host,
    runs: RUNS,
    versions: VERSIONS,
    large: { services: seed.largeServices, yamlBytes: seed.largeYamlBytes },
    seedSeconds: seed.seconds,
    list: { ours: listOurs, floor: listFloor, rendered, firstRow },
    nextPage: { prefetched: nextWith, noPrefetch: nextWithout },
    openDetail: { atOnce: openAtOnce, pointed: openPointed, pointMs: POINT_MS },
    detail: { ours: detailOurs, floor: detailFloor },
    heap,
    compare,
    api: { list: apiList, detail: apiDetail, largeDetail: apiLarge },
  };
  mkdirSync('bench-results', { recursive: true });
  const json = JSON.stringify(result, null, 2);
  writeFileSync(join('bench-results', `bench-${when.replace(/[:.]/g, '-')}.json`), json);
  writeFileSync(join('bench-results', 'latest.json'), json);
  writeReadmeTable('bench', table, '\n', DOC);
}

runScript(main, scratch);
