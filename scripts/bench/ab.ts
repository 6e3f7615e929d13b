/**
 * Two builds of the app side by side: cold loads of the demo project's list, taking A and B in turn in
 * each round (so a machine that slows down weighs on both alike), until the first row is visible. For a
 * change too small for `npm run bench` to tell from the machine's noise: the median of the paired
 * differences (B − A, one pair per round) is the figure to read.
 *
 *   npx vite build --outDir /tmp/a   (on the "before" tree)
 *   npx vite build --outDir /tmp/b   (on the "after" tree)
 *   BENCH_A=/tmp/a BENCH_B=/tmp/b npm run bench:ab        (BENCH_RUNS rounds, default 15)
 *
 * Each build is served by this tree's server in sandbox mode (scripts/e2e-server.mjs) on a fresh data
 * directory of its own; both hold the same demo data.
 */
import { spawn } from 'node:child_process';
import { freshPage, launch, seenAt } from './browser';
import { median } from './stats';

const A = process.env.BENCH_A;
const B = process.env.BENCH_B;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PORTS = { A: 4501, B: 4502 } as const;
const LIST = '/projects/yaml-demo/releases';
/** The demo project's newest version: the list's first row. */
const FIRST_ROW = 'v1.11.0';

if (!A || !B) {
  console.error('BENCH_A and BENCH_B must name two built apps (directories with index.html)');
  process.exit(2);
}

const servers = (Object.entries({ A, B }) as Array<['A' | 'B', string]>).map(([name, dir]) =>
  spawn(process.execPath, ['scripts/e2e-server.mjs', 'sandbox', String(PORTS[name])], {
    env: { ...process.env, E2E_STATIC_DIR: dir },
    stdio: 'ignore',
  }),
);
const stop = () => servers.forEach((s) => s.kill('SIGTERM'));

async function ready(port: number) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server on port ${port} did not start`);
}

try {
  await Promise.all(Object.values(PORTS).map(ready));
  const browser = await launch();
  const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
  // The app's own first row (later than the first row on a list the server rendered into the page).
  const appTimes: Record<'A' | 'B', number[]> = { A: [], B: [] };
  // Round 0 warms both servers' compressed-file caches and is not counted.
  for (let round = 0; round <= RUNS; round++) {
    for (const name of ['A', 'B'] as const) {
      const { context, page } = await freshPage(browser, `http://127.0.0.1:${PORTS[name]}`, [FIRST_ROW]);
      await page.goto(LIST);
      const ms = await seenAt(page, FIRST_ROW);
      const appMs = await seenAt(page, FIRST_ROW, 60_000, '__app');
      if (round > 0) times[name].push(ms);
      if (round > 0) appTimes[name].push(appMs);
      await context.close();
    }
  }
  await browser.close();
  const paired = times.A.map((a, i) => times.B[i]! - a);
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `List first row, cold, median of ${RUNS} rounds: A ${ms(median(times.A))}, B ${ms(median(times.B))}`,
  );
  console.log(`B − A, median of the paired differences: ${ms(median(paired))}`);
  const appPaired = appTimes.A.map((a, i) => appTimes.B[i]! - a);
  console.log(
    `The app's own first row: A ${ms(median(appTimes.A))}, B ${ms(median(appTimes.B))}, B − A paired ${ms(median(appPaired))}`,
  );
  console.log(`A: ${times.A.map(Math.round).join(' ')}`);
  console.log(`B: ${times.B.map(Math.round).join(' ')}`);
} finally {
  stop();
}
