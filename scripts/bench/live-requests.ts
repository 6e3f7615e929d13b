/**
 * `npm run bench:live`: requests per minute that reach Zadig while a user watches a live version, in a
 * project of 10,000 versions. Starts the test Zadig (e2e/proxy/fake-zadig: real-server routes, deep
 * pages cost more, requests counted per project) and the console in proxy mode in front of it, seeds
 * 10,000 versions with the newest one `creating` (it stays so), and in Chromium:
 * - filtered list: opens the list filtered on `failed`, waits for a failed version beyond the first
 *   1,000 and for the first reading to end, then counts what reaches Zadig for BENCH_LIVE_SECONDS;
 * - detail: opens the live version's page and counts the same way.
 * Prints a Markdown table and writes bench-results/live-requests.json.
 *
 * Env: BENCH_DIST (a built app; without it the app is built afresh into a temp dir), BENCH_LIVE_PORT
 * (4320; the test Zadig listens on the next port), BENCH_LIVE_SECONDS (60).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { bigVersionName } from '../../e2e/proxy/fake-zadig/big-project';
import { FAKE_TOKEN } from '../../e2e/proxy/fake-zadig/tokens';
import { freshBuild } from '../fresh-build';
import { runScript, Scratch, waitForOk } from '../harness';
import { launch } from './browser';

const PORT = Number(process.env.BENCH_LIVE_PORT ?? 4320);
const FAKE_PORT = PORT + 1;
const SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 60);
const BASE = `http://127.0.0.1:${PORT}`;
const FAKE = `http://127.0.0.1:${FAKE_PORT}`;
const PROJECT = 'live-bench';
const COUNT = 10_000;
const FAILED_DEEP = 1_500;

const scratch = new Scratch('live');

interface Counts {
  total: number;
  byRoute: Record<string, number>;
  listPageSizes: Record<string, number>;
  notFound: number;
}

async function counts(): Promise<Counts> {
  return (await (await fetch(`${FAKE}/__fake/counts?projectKey=${PROJECT}`)).json()) as Counts;
}
async function resetCounts(): Promise<void> {
  await fetch(`${FAKE}/__fake/requests/reset?projectKey=${PROJECT}`, { method: 'POST' });
}

async function main() {
  const dist = freshBuild(process.env.BENCH_DIST, () => scratch.dir('build'));
  scratch.run('e2e/proxy/fake-zadig/main.ts', { FAKE_ZADIG_PORT: String(FAKE_PORT) });
  await waitForOk(`${FAKE}/__fake/health`);
  // The browser signs in, as a user would: no token held by the server.
  scratch.run(
    'server/main.ts',
    {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      STATIC_DIR: dist,
      DATA_DIR: scratch.dir('data'),
      ZADIG_URL: FAKE,
    },
    { withoutToken: true },
  );
  await waitForOk(`${BASE}/api/health`);
  const seeded = await fetch(`${FAKE}/__fake/projects`, {
    method: 'POST',
    body: JSON.stringify({ projectKey: PROJECT, count: COUNT, failed: [FAILED_DEEP, 4_200], creating: [0] }),
  });
  if (!seeded.ok) throw new Error('could not seed the test Zadig');
  const live = (await (
    await fetch(`${FAKE}/__fake/versions?projectKey=${PROJECT}&versionName=${bigVersionName(COUNT, 0)}`)
  ).json()) as { id: string; version: string };

  const browser = await launch();
  const rows: { scenario: string; toFirst: Counts; watching: Counts }[] = [];
  const scenarios = [
    {
      scenario: 'filtered list (status: failed)',
      path: `/projects/${PROJECT}/releases?status=failed`,
      ready: bigVersionName(COUNT, FAILED_DEEP),
      firstPass: true,
    },
    {
      scenario: 'detail of the live version',
      path: `/projects/${PROJECT}/releases/${live.id}?name=${live.version}`,
      ready: 'cart',
      firstPass: false,
    },
  ];
  for (const { scenario, path, ready, firstPass } of scenarios) {
    const context = await browser.newContext({ baseURL: BASE, locale: 'en-US' });
    await context.addInitScript((token) => {
      localStorage.setItem('zrc.locale', 'en-US');
      sessionStorage.setItem('zrc.token', token);
      sessionStorage.setItem('zrc.token.set', '1');
    }, FAKE_TOKEN);
    const page = await context.newPage();
    await resetCounts();
    await page.goto(path);
    await page.getByText(ready, { exact: true }).first().waitFor({ timeout: 120_000 });
    const toFirst = await counts();
    // Watching starts once the page has read what it reads once (a filter's first pass).
    if (firstPass) await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 120_000 });
    await resetCounts();
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    const watching = await counts();
    rows.push({ scenario, toFirst, watching });
    await context.close();
  }
  await browser.close();

  const perMinute = (c: Counts) => Math.round((c.total * 60) / SECONDS);
  const table = [
    `| Watching a live version, ${COUNT.toLocaleString('en-US')} versions | requests to first view | requests per minute to Zadig | of them 404 |`,
    '| --- | ---: | ---: | ---: |',
    ...rows.map(
      (r) => `| ${r.scenario} | ${r.toFirst.total} | ${perMinute(r.watching)} | ${r.watching.notFound} |`,
    ),
  ].join('\n');
  console.log(table);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/live-requests.json',
    JSON.stringify({ at: new Date().toISOString(), seconds: SECONDS, rows }, null, 2),
  );
}

runScript(main, scratch);
